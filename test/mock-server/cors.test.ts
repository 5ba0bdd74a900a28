// @vitest-environment node
// (happy-dom, like a browser, drops forbidden request headers such as Origin; these tests need to send them.)
import { describe, expect, it } from 'vitest';
import { createReferenceServer } from '../../mock-server/index';
import { A, BASE, COOLDOWN, get, post, REQUEST, RESET } from './helpers';

const EXPOSED = 'X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, RateLimit, RateLimit-Policy, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After';

function preflight(server: ReturnType<typeof createReferenceServer>, origin: string | null, requestHeaders?: string) {
  const headers: Record<string, string> = { 'Access-Control-Request-Method': 'POST' };
  if (origin !== null) headers.Origin = origin;
  if (requestHeaders !== undefined) headers['Access-Control-Request-Headers'] = requestHeaders;
  return server.handle(new Request(BASE + REQUEST, { method: 'OPTIONS', headers }));
}

function corsOf(response: Response) {
  return Object.fromEntries([...response.headers].filter(([name]) => name.startsWith('access-control-') || name === 'vary'));
}

describe('CORS', () => {
  it('grants a preflight from any origin by default, echoing it and the requested headers', async () => {
    const server = createReferenceServer();
    const response = await preflight(server, 'https://app.example.com', 'content-type, x-custom-trace, auth0-client, bad header!');
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect(corsOf(response)).toEqual({
      'access-control-allow-origin': 'https://app.example.com',
      'access-control-allow-methods': 'GET, POST, OPTIONS',
      'access-control-allow-headers': 'Content-Type, Auth0-Client, Authorization, X-Requested-With, x-custom-trace',
      'access-control-max-age': '600',
      'access-control-expose-headers': EXPOSED,
      vary: 'Origin',
    });
  });

  it('refuses a preflight from an origin not in allowOrigins with 403 and no CORS header', async () => {
    const server = createReferenceServer({ allowOrigins: ['https://app.example.com'] });
    expect((await preflight(server, 'https://app.example.com')).status).toBe(204);
    const refused = await preflight(server, 'https://evil.example');
    expect(refused.status).toBe(403);
    expect(Object.keys(corsOf(refused))).toEqual(['vary']);
  });

  it('allows any origin with "*" in allowOrigins', async () => {
    const server = createReferenceServer({ allowOrigins: ['*'] });
    const response = await preflight(server, 'https://anywhere.example');
    expect(response.headers.get('access-control-allow-origin')).toBe('https://anywhere.example');
  });

  it('answers OPTIONS without Origin with 204 and Allow', async () => {
    const response = await preflight(createReferenceServer(), null);
    expect(response.status).toBe(204);
    expect(response.headers.get('allow')).toBe('GET, POST, OPTIONS');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('does not spend a queued failure or the rate limit on a preflight', async () => {
    const server = createReferenceServer({ rateLimit: 1 });
    server.failNext('DATABASE_FAILURE');
    expect((await preflight(server, 'https://app.example.com')).status).toBe(204);
    expect((await get(server, `${COOLDOWN}?email=a%40example.com`)).status).toBe(500);
  });

  it('exposes the rate-limit headers and grants the origin on every API answer, errors included', async () => {
    const server = createReferenceServer({ allowOrigins: ['https://app.example.com'] });
    const origin = { Origin: 'https://app.example.com' };
    for (const response of [
      await post(server, REQUEST, { email: 'a@example.com' }, origin),
      await post(server, REQUEST, { email: 'bad' }, origin),
      await get(server, '/nowhere', origin),
    ]) {
      expect(corsOf(response)).toEqual({
        'access-control-allow-origin': 'https://app.example.com',
        'access-control-expose-headers': EXPOSED,
        vary: 'Origin',
      });
    }
  });
});

describe('a refused origin changes nothing', () => {
  const ALLOWED = { Origin: 'https://app.example.com' };
  const FOREIGN = 'https://evil.example';

  /** What a page on another site can send without a preflight: a form-like text/plain POST. */
  function simplePost(server: ReturnType<typeof createReferenceServer>, path: string, body: unknown) {
    return server.handle(new Request(BASE + path, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain;charset=UTF-8', Origin: FOREIGN },
      body: JSON.stringify(body),
    }));
  }

  it('a text/plain simple POST from a foreign origin gets 403 and sends no email, starts no cooldown, spends nothing', async () => {
    const server = createReferenceServer({ allowOrigins: ['https://app.example.com'], rateLimit: 5 });
    server.failNext('DATABASE_FAILURE');
    const refused = await simplePost(server, REQUEST, { email: 'demo@example.com' });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ error: 'origin_not_allowed', error_description: 'Origin https://evil.example is not allowed' });
    expect(corsOf(refused)).toEqual({ vary: 'Origin' });
    const asJson = await post(server, REQUEST, { email: 'demo@example.com' }, { Origin: FOREIGN });
    expect(asJson.status).toBe(403);
    expect(server.outbox).toEqual([]);
    // The queued failure and the rate limit are still there for the next real request.
    expect((await get(server, `${COOLDOWN}?email=demo%40example.com`, ALLOWED)).status).toBe(500);
    const cooldown = await get(server, `${COOLDOWN}?email=demo%40example.com`, ALLOWED);
    expect(await cooldown.json()).toEqual({ remaining: 0 });
    expect(cooldown.headers.get('x-ratelimit-remaining')).toBe('3');
  });

  it('refuses a foreign origin on every API route, API A and the reset itself included', async () => {
    const server = createReferenceServer({ allowOrigins: ['https://app.example.com'] });
    await post(server, REQUEST, { email: 'demo@example.com' }, ALLOWED);
    const token = server.outbox[0]!.token!;
    const reset = await simplePost(server, `${RESET}?token=${token}`, { newPassword: 'New-Passw0rd!' });
    expect(reset.status).toBe(403);
    expect(server.checkPassword('demo@example.com', 'Demo-Passw0rd!')).toBe(true);
    const a = await simplePost(server, A, { client_id: 'demo-client', email: 'demo@example.com', connection: 'Username-Password-Authentication' });
    expect(a.status).toBe(403);
    expect((await get(server, `${COOLDOWN}?email=demo%40example.com`, { Origin: FOREIGN })).status).toBe(403);
    expect(server.outbox).toHaveLength(1);
  });

  it('answers API B bodies that are not application/json with 415 and changes nothing, whatever the origin', async () => {
    const server = createReferenceServer({ allowOrigins: ['https://app.example.com'] });
    for (const type of ['text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', null]) {
      const headers: Record<string, string> = { ...ALLOWED };
      if (type !== null) headers['Content-Type'] = type;
      const request = new Request(BASE + REQUEST, { method: 'POST', headers, body: new TextEncoder().encode('{"email":"demo@example.com"}') });
      const response = await server.handle(request);
      expect(response.status, String(type)).toBe(415);
      expect(await response.json()).toEqual({
        timestamp: expect.stringMatching(/Z$/),
        status: 415,
        error: 'Unsupported Media Type',
        message: type === null ? 'Content-Type is missing' : `Content-Type '${type}' is not supported`,
        path: REQUEST,
      });
      expect(response.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    }
    expect(server.outbox).toEqual([]);
    const ok = await post(server, REQUEST, { email: 'demo@example.com' }, { ...ALLOWED, 'Content-Type': 'Application/JSON; charset=utf-8' });
    expect(ok.status).toBe(200);
    expect(server.outbox).toHaveLength(1);
  });

  it('still serves requests without an Origin (curl, server to server) and any origin without allowOrigins', async () => {
    expect((await post(createReferenceServer({ allowOrigins: ['https://app.example.com'] }), REQUEST, { email: 'a@example.com' })).status).toBe(200);
    expect((await post(createReferenceServer(), REQUEST, { email: 'a@example.com' }, { Origin: FOREIGN })).status).toBe(200);
  });
});
