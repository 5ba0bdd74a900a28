// @vitest-environment node
// pwflow/mock-server/playwright in real Chromium: a page on one origin calls an API origin that
// routeReferenceServer answers from a reference server held by the test.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createReferenceServer } from '../../mock-server/index';
import type { ReferenceServer } from '../../mock-server/index';
import { type RunningReferenceServer, startReferenceServer } from '../../mock-server/node';
import { routeReferenceServer } from '../../mock-server/playwright';
import { launchChromium } from '../../scripts/chromium.js';

const API = 'https://auth.example.test';

interface Seen {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** A real reference server whose `handle` also notes every request it is given. */
function recording(options: Parameters<typeof createReferenceServer>[0] = {}): { server: ReferenceServer; seen: Seen[] } {
  const inner = createReferenceServer(options);
  const seen: Seen[] = [];
  const server: ReferenceServer = Object.create(inner, {
    handle: {
      value: async (request: Request) => {
        seen.push({
          method: request.method,
          url: request.url,
          headers: Object.fromEntries(request.headers),
          body: await request.clone().text(),
        });
        return inner.handle(request);
      },
    },
  });
  return { server, seen };
}

/**
 * The app: a blank page on a loopback origin of its own, with no CSP in the way. (Loopback, so that
 * Chromium lets it reach the loopback reference server once the route is gone.)
 */
async function startApp(): Promise<{ url: string; close(): Promise<void> }> {
  const app: Server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>app</title>');
  });
  await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
  const { port } = app.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => app.close(() => resolve())) };
}

/** fetch() from the page; what the page got: status, headers it may read, and the body's bytes. */
function call(page: Page, url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return page.evaluate(async ({ url, init }) => {
    const response = await fetch(url, init);
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { status: response.status, headers: Object.fromEntries(response.headers), bytes: [...bytes] };
  }, { url, init });
}

describe('routeReferenceServer (Chromium)', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let app: Awaited<ReturnType<typeof startApp>>;

  beforeAll(async () => {
    [browser, app] = await Promise.all([launchChromium(), startApp()]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([browser?.close(), app?.close()]);
  });
  beforeEach(async () => {
    context = await browser.newContext();
    page = await context.newPage();
    await page.goto(app.url);
    return () => context.close();
  }, 30_000);

  it('passes method, URL, headers and body on unchanged, CORS preflight included, and hands back exactly what the server answered', async () => {
    const { server, seen } = recording();
    await routeReferenceServer(page, server, API);
    const body = JSON.stringify({ email: 'demo@example.com' });

    // JSON and a custom header: the browser sends a preflight first, then the POST.
    const sent = await call(page, `${API}/api/auth/password/reset-request?locale=de`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'r-42' },
      body,
    });

    const post = seen.find((request) => request.method === 'POST')!;
    expect(post.url).toBe(`${API}/api/auth/password/reset-request?locale=de`);
    expect(post.headers).toMatchObject({ 'content-type': 'application/json', 'x-request-id': 'r-42', origin: app.url });
    expect(post.body).toBe(body);
    expect(sent.status).toBe(200);
    expect(server.outbox.map((email) => [email.to, email.kind, email.locale])).toEqual([['demo@example.com', 'reset', 'de']]);

    // The same request answered by the server directly: the page got the same status and bytes.
    const direct = await createReferenceServer().handle(new Request(post.url, { method: 'POST', headers: post.headers, body }));
    const expected = [...new Uint8Array(await direct.arrayBuffer())];
    expect(sent.bytes).toEqual(expected);
    expect(sent.headers['content-length']).toBe(String(expected.length));
    expect(sent.headers['x-ratelimit-remaining']).toBe(direct.headers.get('x-ratelimit-remaining'));

    // A GET with a query.
    const cooldown = await call(page, `${API}/api/auth/password/reset/cooldown?email=demo%40example.com`);
    expect(cooldown.status).toBe(200);
    expect(JSON.parse(String.fromCharCode(...cooldown.bytes))).toMatchObject({ remaining: expect.any(Number) });
    expect(seen.at(-1)).toMatchObject({ method: 'GET', url: `${API}/api/auth/password/reset/cooldown?email=demo%40example.com`, body: '' });
  });

  it('leaves other origins to the network', async () => {
    const { server, seen } = recording();
    await routeReferenceServer(page, server, API);
    const error = await page.evaluate(() => fetch('https://elsewhere.example.test/api/x').then(() => 'answered', (e) => String(e)));
    expect(error).toMatch(/Failed to fetch/);
    expect(seen).toEqual([]);
  });

  it('removing the route restores the network: the same URL then reaches the real server there', async () => {
    const real: RunningReferenceServer = await startReferenceServer({ port: 0 });
    try {
      const { server } = recording();
      const remove = await routeReferenceServer(page, server, real.url);
      const request = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'demo@example.com' }) };

      expect((await call(page, `${real.url}/api/auth/password/reset-request`, request)).status).toBe(200);
      expect([server.outbox.length, real.server.outbox.length]).toEqual([1, 0]);

      await remove();
      expect((await call(page, `${real.url}/api/auth/password/reset-request`, request)).status).toBe(200);
      expect([server.outbox.length, real.server.outbox.length]).toEqual([1, 1]);
    } finally {
      await real.close();
    }
  });

  it('routes a whole browser context, pages opened later included', async () => {
    const { server } = recording();
    await routeReferenceServer(context, server, API);
    const later = await context.newPage();
    await later.goto(app.url);
    server.failNext('EMAIL_DISABLED');
    const answer = await call(later, `${API}/api/auth/password/reset-request`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'demo@example.com' }),
    });
    expect(answer.status).toBe(503);
    expect(JSON.parse(String.fromCharCode(...answer.bytes))).toMatchObject({ code: 'EMAIL_DISABLED' });
  });
});
