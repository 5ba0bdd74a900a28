// @vitest-environment node
// DNS rebinding: a page on evil.example whose name now resolves to 127.0.0.1 sends `Host: evil.example:port`.
// The Node server must answer nothing but 403 to it — above all not /mailbox.json with live reset links.
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReferenceServer } from '../../mock-server/node';
import type { RunningReferenceServer } from '../../mock-server/node';

let running: RunningReferenceServer;
let withAllowed: RunningReferenceServer;

beforeAll(async () => {
  running = await startReferenceServer({ port: 0, static: 'docs/examples' });
  withAllowed = await startReferenceServer({ port: 0, allowedHosts: ['Dev.Example.test'] });
  for (const server of [running, withAllowed]) {
    await fetch(`${server.url}/api/auth/password/reset-request`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'demo@example.com' }),
    });
  }
});
afterAll(async () => {
  await running?.close();
  await withAllowed?.close();
});

/** A real HTTP request with a forged Host header (fetch would not let us set it). */
function withHost(server: RunningReferenceServer, host: string, path: string, method = 'GET', body?: string) {
  const { hostname, port } = new URL(server.url);
  return new Promise<{ status: number; body: string }>((done, fail) => {
    const headers: Record<string, string> = { Host: host };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const req = httpRequest({ host: hostname, port, path, method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', fail);
    req.end(body);
  });
}

describe('Host header check (DNS rebinding)', () => {
  it('refuses a foreign Host with 403 on every path: no mailbox, no API, no page', async () => {
    const port = new URL(running.url).port;
    for (const host of [`evil.example:${port}`, 'evil.example', `127.0.0.1.evil.example:${port}`, `localhost.evil.example:${port}`]) {
      for (const path of ['/mailbox.json', '/mailbox', '/', '/dist/pwflow.min.js', '/api/auth/password/reset/cooldown?email=demo%40example.com']) {
        const answer = await withHost(running, host, path);
        expect(answer.status, `${host} ${path}`).toBe(403);
        expect(answer.body, `${host} ${path}`).not.toContain('token=');
        expect(answer.body, `${host} ${path}`).toContain('Blocked request');
      }
    }
    const before = running.server.outbox.length;
    const post = await withHost(running, `evil.example:${port}`, '/api/auth/password/reset-request', 'POST', '{"email":"demo@example.com"}');
    expect(post.status).toBe(403);
    expect(running.server.outbox.length).toBe(before);
  });

  it('serves its own host, localhost, 127.0.0.1 and [::1] (with the port)', async () => {
    const port = new URL(running.url).port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`, `[::1]:${port}`, 'localhost', `app.localhost:${port}`]) {
      const answer = await withHost(running, host, '/mailbox.json');
      expect(answer.status, host).toBe(200);
      expect(answer.body, host).toContain('token=');
    }
  });

  it('serves the hosts given in allowedHosts, case-insensitively, and no others', async () => {
    const port = new URL(withAllowed.url).port;
    expect((await withHost(withAllowed, `dev.example.test:${port}`, '/mailbox.json')).status).toBe(200);
    expect((await withHost(withAllowed, 'DEV.EXAMPLE.TEST', '/mailbox.json')).status).toBe(200);
    expect((await withHost(withAllowed, `other.example.test:${port}`, '/mailbox.json')).status).toBe(403);
    expect((await withHost(running, `dev.example.test:${port}`, '/mailbox.json')).status).toBe(403);
  });
});
