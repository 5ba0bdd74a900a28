// @vitest-environment node
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReferenceServer } from '../../mock-server/index';
import { startReferenceServer } from '../../mock-server/node';
import type { RunningReferenceServer } from '../../mock-server/node';

const ROOT = resolve(__dirname, '../..');
const DIST = join(ROOT, 'dist');
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

let dir: string;
let running: RunningReferenceServer;

/** A raw HTTP request, so the path goes out exactly as written (fetch would normalise `..`). */
function raw(path: string, method = 'GET'): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  const { hostname, port } = new URL(running.url);
  return new Promise((done, fail) => {
    const req = httpRequest({ host: hostname, port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', fail);
    req.end();
  });
}

function expectSecurityHeaders(response: Response): void {
  expect(response.headers.get('content-security-policy')).toBe(CSP);
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pwflow-node-'));
  const site = join(dir, 'site');
  await mkdir(join(site, 'sub'), { recursive: true });
  await writeFile(join(dir, 'secret.txt'), 'TOP SECRET');
  await writeFile(join(site, 'index.html'), '<!doctype html><title>Example app</title>');
  await writeFile(join(site, 'reset-password.html'), '<!doctype html><title>Choose a new password</title>');
  await writeFile(join(site, 'app.js'), 'export {};');
  await writeFile(join(site, 'app.mjs'), 'export {};');
  await writeFile(join(site, 'style.css'), 'body{}');
  await writeFile(join(site, 'data.json'), '{}');
  await writeFile(join(site, 'app.js.map'), '{}');
  await writeFile(join(site, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(join(site, 'logo.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
  await writeFile(join(site, 'sub', 'index.html'), 'sub index');
  await writeFile(join(site, '.env'), 'SECRET=1');
  await symlink(join(dir, 'secret.txt'), join(site, 'link.txt'));
  running = await startReferenceServer({ port: 0, static: site });
});

afterAll(async () => {
  await running?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('startReferenceServer', () => {
  it('listens on the real port and points reset links at its own /reset-password', async () => {
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(running.url).not.toBe('http://127.0.0.1:0');
    const response = await fetch(`${running.url}/api/auth/password/reset-request`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'demo@example.com' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ cooldown: 60 });
    expect(response.headers.get('x-ratelimit-remaining')).toBe('29');
    expectSecurityHeaders(response);
    const mail = running.server.outbox.at(-1)!;
    expect(mail.link).toBe(`${running.url}/reset-password?token=${mail.token}`);
    const page = await fetch(mail.link!);
    expect(await page.text()).toContain('Choose a new password');
  });

  it('answers a CORS preflight', async () => {
    const response = await fetch(`${running.url}/dbconnections/change_password`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://app.example.com', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    expect(response.headers.get('access-control-allow-headers')).toContain('Content-Type');
    expectSecurityHeaders(response);
  });

  it('lists the emails at /mailbox, newest first, escaped, with clickable links and no inline script or style', async () => {
    await fetch(`${running.url}/api/auth/password/reset-request?locale=de`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: '<i>x</i>@example.com' }),
    });
    const response = await fetch(`${running.url}/mailbox`);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expectSecurityHeaders(response);
    const html = await response.text();
    const reset = running.server.outbox.find((mail) => mail.kind === 'reset')!;
    expect(html).toContain(`<a class="link" href="${reset.link}">`);
    expect(html).toContain('&#60;i&#62;x&#60;/i&#62;@example.com');
    expect(html).not.toContain('<i>x</i>');
    expect(html.indexOf('Passwort-Zurücksetzung angefordert')).toBeLessThan(html.indexOf('Reset your password'));
    // No inline script or style: the one script is a file.
    expect(html.replace('<script type="module" src="/mailbox.js"></script>', '')).not.toMatch(/<script|<style|\sstyle=|\son\w+=/i);
    expect(html).toContain('<link rel="stylesheet" href="/mailbox.css">');
    const css = await fetch(`${running.url}/mailbox.css`);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    // A readable time before the script shows it in local time, and a favicon so no 404.
    expect(html).toMatch(new RegExp(`<time datetime="${reset.sentAt}">\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC</time>`));
    expect((await fetch(`${running.url}/mailbox.js`)).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const icon = await fetch(`${running.url}/favicon.ico`);
    expect([icon.status, icon.headers.get('content-type')]).toEqual([200, 'image/svg+xml']);
  });

  it('serves the outbox at /mailbox.json, newest last', async () => {
    const response = await fetch(`${running.url}/mailbox.json`);
    expect(response.headers.get('content-type')).toBe('application/json');
    expectSecurityHeaders(response);
    expect(await response.json()).toEqual(running.server.outbox);
    expect(running.server.outbox.at(-1)?.kind).toBe('no-account');
  });

  it('serves static files with their content types, folders by index.html, and 404 otherwise', async () => {
    const types: [string, string][] = [
      ['/', 'text/html; charset=utf-8'],
      ['/app.js', 'text/javascript; charset=utf-8'],
      ['/app.mjs', 'text/javascript; charset=utf-8'],
      ['/style.css', 'text/css; charset=utf-8'],
      ['/data.json', 'application/json'],
      ['/app.js.map', 'application/json'],
      ['/logo.svg', 'image/svg+xml'],
      ['/logo.png', 'image/png'],
      ['/sub/', 'text/html; charset=utf-8'],
    ];
    for (const [path, type] of types) {
      const response = await fetch(running.url + path);
      expect([path, response.status, response.headers.get('content-type')]).toEqual([path, 200, type]);
      expectSecurityHeaders(response);
    }
    expect(await (await fetch(`${running.url}/`)).text()).toContain('Example app');
    const folder = await fetch(`${running.url}/sub`, { redirect: 'manual' });
    expect([folder.status, folder.headers.get('location')]).toEqual([301, 'sub/']);
    expect(await (await fetch(`${running.url}/sub`)).text()).toBe('sub index');
    const missing = await fetch(`${running.url}/missing.html`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Not found');
    expectSecurityHeaders(missing);
    const head = await raw('/app.js', 'HEAD');
    expect([head.status, head.body, head.headers['content-length']]).toEqual([200, '', '10']);
    const post = await fetch(`${running.url}/app.js`, { method: 'POST', body: 'x' });
    expect([post.status, post.headers.get('allow')]).toEqual([405, 'GET, HEAD']);
  });

  it('refuses directory traversal, dotfiles and symlinks out of the folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/sub/../../secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/sub/..%2f..%2fsecret.txt',
      '/dist/..%2f..%2fpackage.json',
      '/.env',
      '/link.txt',
      '/app.js%00.png',
      '/%E0%A4%A',
    ]) {
      const response = await raw(path);
      expect([path, response.status]).toEqual([path, 404]);
      expect(response.body).not.toContain('TOP SECRET');
      expect(response.body).not.toContain('"name": "pwflow"');
      expect(response.headers['content-security-policy']).toBe(CSP);
    }
  });

  it('answers an oversized API body with 400, like the in-memory server', async () => {
    const response = await fetch(`${running.url}/api/auth/password/reset-request`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'a@example.com', pad: 'x'.repeat(100_000) }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'INVALID_REQUEST' });
  });

  it('drops the connection mid-answer for failNext("network"), once', async () => {
    running.server.failNext('network');
    const url = `${running.url}/api/auth/password/reset/cooldown?email=a%40example.com`;
    // Cut after the status line, so a browser cannot take it for a stale connection and resend.
    await expect(fetch(url).then((response) => response.text())).rejects.toThrow(TypeError);
    expect((await fetch(url)).status).toBe(200);
  });

  it.skipIf(!existsSync(join(DIST, 'pwflow.min.js')))('serves the built SDK at /dist/pwflow.min.js (needs `npm run build`)', async () => {
    const response = await fetch(`${running.url}/dist/pwflow.min.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expectSecurityHeaders(response);
    expect((await response.text()).length).toBeGreaterThan(1000);
  });

  it('keeps a given server (and its appUrl), shows a built-in index without a static folder, and closes', async () => {
    const server = createReferenceServer({ appUrl: 'https://app.example.com/reset' });
    const other = await startReferenceServer({ port: 0, server, dist: dir });
    try {
      expect(other.server).toBe(server);
      const index = await fetch(`${other.url}/`);
      expect(index.status).toBe(200);
      expect(await index.text()).toContain('href="/mailbox"');
      expect((await fetch(`${other.url}/reset-password`)).status).toBe(404);
      expect((await fetch(`${other.url}/dist/secret.txt`)).status).toBe(200); // the dist option
      await fetch(`${other.url}/api/auth/password/reset-request`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"email":"demo@example.com"}' });
      expect(server.outbox[0]!.link).toMatch(/^https:\/\/app\.example\.com\/reset\?token=/);
    } finally {
      await other.close();
    }
    await expect(fetch(`${other.url}/`)).rejects.toThrow();
  });
});

describe.skipIf(!existsSync(join(DIST, 'mock-server', 'node.js')))('the built Node server (needs `npm run build`)', () => {
  it.each([
    ['ESM', () => import(pathToFileURL(join(DIST, 'mock-server', 'node.js')).href)],
    ['CJS', async () => createRequire(__filename)(join(DIST, 'mock-server', 'node.cjs'))],
  ])('%s build finds dist/ beside itself', async (_, load) => {
    const { startReferenceServer: start } = (await load()) as typeof import('../../mock-server/node');
    const built = await start({ port: 0 });
    try {
      expect((await fetch(`${built.url}/dist/pwflow.min.js`)).status).toBe(200);
      expect((await fetch(`${built.url}/dist/mock-server/node.js`)).status).toBe(200);
    } finally {
      await built.close();
    }
  });

  it('npm start (scripts/start.js) prints its URLs, serves, and exits 0 on SIGTERM', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts', 'start.js')], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const url = await new Promise<string>((done, fail) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const found = /Mailbox:\s+(http:\/\/127\.0\.0\.1:\d+)\/mailbox/.exec(out);
        if (found) done(found[1]!);
      });
      child.once('exit', (code) => fail(new Error(`exited ${code}: ${out}`)));
    });
    expect(out).toContain(`App:       ${url}/`);
    expect(out).toContain(`API base:  ${url}`);
    expect((await fetch(`${url}/mailbox.json`)).status).toBe(200);
    const exited = new Promise<number | null>((done) => child.once('exit', done));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});

describe('npm start on a busy port', () => {
  it('says which port is taken and how to pick another, and exits 1', async () => {
    const taken = await startReferenceServer({ port: 0 });
    try {
      const { port } = new URL(taken.url);
      const child = spawn(process.execPath, [join(ROOT, 'scripts', 'start.js'), '--port', port], { stdio: ['ignore', 'pipe', 'pipe'] });
      let err = '';
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
      const code = await new Promise<number | null>((done) => child.once('exit', done));
      expect(code).toBe(1);
      expect(err).toContain(`could not listen on 127.0.0.1:${port}`);
      expect(err).toContain('npm start -- --port 3001 (or PORT=3001 npm start)');
    } finally {
      await taken.close();
    }
  });
});

describe('request targets', () => {
  it('keeps a scheme-relative or absolute-form target on this server', async () => {
    const running = await startReferenceServer({ port: 0 });
    try {
      const { hostname, port } = new URL(running.url);
      const status = (path: string) =>
        new Promise<number>((done, fail) => {
          const req = httpRequest({ host: hostname, port, path, method: 'GET' }, (res) => {
            res.resume();
            done(res.statusCode ?? 0);
          });
          req.on('error', fail);
          req.end();
        });
      expect(await status('//evil.example/mailbox')).toBe(404);
      expect(await status('http://evil.example/mailbox')).toBe(200); // our own /mailbox
      expect(await status('http://evil.example/nothing')).toBe(404);
    } finally {
      await running.close();
    }
  });
});
