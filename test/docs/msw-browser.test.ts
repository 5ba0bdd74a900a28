// @vitest-environment node
// The testing guide's "MSW in the browser" recipe, run as written: its two files are bundled with
// esbuild next to a page that completes a reset through them, and served with MSW's worker script
// to real Chromium. The API origin does not exist: every answer comes from the service worker.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.js';
import { ROOT, blocks } from './markdown';

const GUIDE = 'docs/guides/testing.md';
const FILES = ['src/mocks/browser.ts', 'src/main.ts'];

/** The guide's block for each file, found by the `// <path>` comment it opens with. */
function recipe(): Record<string, string> {
  const found = Object.fromEntries(
    blocks(GUIDE)
      .map((block) => [/^\/\/ (\S+)/.exec(block.code)?.[1], block.code] as const)
      .filter(([path]) => path && FILES.includes(path)),
  );
  expect(Object.keys(found).sort(), `${GUIDE} shows ${FILES.join(' and ')}`).toEqual([...FILES].sort());
  return found as Record<string, string>;
}

/** What the test adds: a page that sends a reset email, follows it, and reports. */
const CHECK = `
import './main';
import { WebAuth } from 'pwflow';
import { API, reference } from './mocks/browser';

const report = (outcome: unknown) => Object.assign(window, { __outcome: outcome });
try {
  const webAuth = new WebAuth({ domain: API });
  const sent = await webAuth.requestReset({ email: 'demo@example.com' });
  const email = reference.outbox.at(-1)!;
  const result = await webAuth.resetPassword({ password: 'Fresh-Passw0rd!', token: email.token! });
  report({ sent, result, link: email.link, changed: reference.checkPassword('demo@example.com', 'Fresh-Passw0rd!') });
} catch (error) {
  report({ error: String(error) });
}
`;

const SOURCES: Record<string, string> = {
  pwflow: 'src/index.ts',
  'pwflow/mock-server': 'mock-server/index.ts',
  'pwflow/mock-server/msw': 'mock-server/msw.ts',
};

let browser: Browser;
let site: Server;
let origin: string;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pwflow-msw-browser-'));
  for (const [path, code] of Object.entries({ ...recipe(), 'src/check.ts': CHECK })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), code);
  }
  const { outputFiles } = await build({
    entryPoints: [join(dir, 'src/check.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    outfile: join(dir, 'app.js'),
    nodePaths: [join(ROOT, 'node_modules')],
    plugins: [
      {
        name: 'pwflow-from-source',
        setup(context) {
          context.onResolve({ filter: /^pwflow(\/.*)?$/ }, ({ path }) => ({ path: join(ROOT, SOURCES[path] ?? path) }));
        },
      },
    ],
    logLevel: 'silent',
  });
  const files: Record<string, [string, string | Buffer]> = {
    '/': ['text/html', '<!doctype html><title>app</title><script type="module" src="/app.js"></script>'],
    '/app.js': ['text/javascript', Buffer.from(outputFiles[0]!.contents)],
    '/mockServiceWorker.js': ['text/javascript', readFileSync(join(ROOT, 'node_modules/msw/lib/mockServiceWorker.js'))],
  };
  site = createServer((request, response) => {
    const file = files[new URL(request.url ?? '/', 'http://x').pathname];
    if (!file) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': file[0] }).end(file[1]);
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await Promise.all([browser?.close(), new Promise((resolve) => site?.close(resolve))]);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

it("the guide's setupWorker + mswHandlers recipe completes a reset in Chromium", async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const network: string[] = [];
    // Requests that left the browser for the API origin (the service worker answers them instead).
    page.on('requestfailed', (request) => network.push(`${request.method()} ${request.url()} ${request.failure()?.errorText}`));
    await page.goto(origin);
    const outcome = await page.waitForFunction(() => (window as { __outcome?: unknown }).__outcome, undefined, { timeout: 20_000 })
      .then((handle) => handle.jsonValue());
    expect(outcome).toEqual({
      sent: { cooldown: 60, rateLimit: expect.objectContaining({ limit: 30, remaining: 29 }) },
      result: { success: true, rateLimit: expect.objectContaining({ limit: 30 }) },
      link: expect.stringMatching(new RegExp(`^${origin}/reset-password\\?token=`)),
      changed: true,
    });
    expect(network).toEqual([]);
  } finally {
    await context.close();
  }
});
