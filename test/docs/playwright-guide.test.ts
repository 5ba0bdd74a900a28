// @vitest-environment node
// The testing guide's Playwright specs (```ts playwright blocks), run as a reader would run them: the
// real @playwright/test runner, `pwflow/mock-server/playwright` from the built package, and an app
// at http://localhost:5173 (the Vite dev server the specs assume) that mounts pwflow's ready-made
// screens under a strict CSP and calls an API origin only routeReferenceServer answers.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROOT, blocks } from './markdown';

const GUIDE = 'docs/guides/testing.md';
const APP_PORT = 5173;
const SPECS = join(ROOT, 'test/docs/.playwright');

/** The guide's specs, by the file each names on its first line (`// e2e/reset.spec.ts`). */
const specs = blocks(GUIDE)
  .filter((block) => block.flags.includes('playwright'))
  .map((block) => ({ block, file: /^\/\/ (?:\S+\/)?(\S+\.spec\.ts)/.exec(block.code)?.[1] }));

const PAGE = join(ROOT, 'test/docs/playwright-app/index.html');
const FILES: Record<string, [string, string]> = {
  '/app.js': ['text/javascript', join(ROOT, 'test/docs/playwright-app/app.js')],
  '/pwflow.min.js': ['text/javascript', join(ROOT, 'dist/pwflow.min.js')],
  '/pwflow-ui.min.js': ['text/javascript', join(ROOT, 'dist/pwflow-ui.min.js')],
  '/pwflow-ui.css': ['text/css', join(ROOT, 'dist/pwflow-ui.css')],
};
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src https://auth.example.com";

let app: Server;

beforeAll(async () => {
  app = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const [type, file] = FILES[path] ?? ['text/html', PAGE];
    if (!FILES[path] && !['/forgot-password', '/reset-password'].includes(path)) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'content-security-policy': CSP }).end(readFileSync(file));
  });
  await new Promise<void>((resolve, reject) => {
    app.once('error', (error) => reject(new Error(`the specs' app needs port ${APP_PORT} on localhost: ${error.message}`)));
    app.listen(APP_PORT, 'localhost', resolve);
  });
});

afterAll(async () => {
  await new Promise((resolve) => app?.close(resolve));
  rmSync(SPECS, { recursive: true, force: true });
});

it('the guide has Playwright specs, each naming its file', () => {
  expect(specs.length).toBeGreaterThanOrEqual(2);
  for (const { block, file } of specs) expect(file, `${GUIDE}:${block.line} opens with // e2e/<name>.spec.ts`).toBeTruthy();
});

it("the guide's Playwright specs pass with @playwright/test in Chromium", async () => {
  rmSync(SPECS, { recursive: true, force: true });
  mkdirSync(SPECS, { recursive: true });
  for (const { block, file } of specs) writeFileSync(join(SPECS, file!), block.code);
  // Not spawnSync: the app above is served from this process, which must keep answering meanwhile.
  const child = spawn(
    process.execPath,
    [join(ROOT, 'node_modules/@playwright/test/cli.js'), 'test', '--config', join(ROOT, 'test/docs/playwright.config.ts')],
    { cwd: ROOT, env: { ...process.env, CI: '1', FORCE_COLOR: '0' } },
  );
  const run = { stdout: '', stderr: '', status: null as number | null };
  child.stdout.on('data', (chunk: Buffer) => (run.stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (run.stderr += chunk));
  run.status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(run.status, `the guide's specs failed:\n${run.stdout}\n${run.stderr}`).toBe(0);
  // Every test of every spec ran and passed: none was skipped or filtered out.
  const tests = specs.reduce((sum, { block }) => sum + (block.code.match(/^test\(/gm)?.length ?? 0), 0);
  expect(run.stdout).toMatch(new RegExp(`\\b${tests} passed\\b`));
}, 240_000);
