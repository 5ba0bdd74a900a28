// @vitest-environment node
// (happy-dom, like a browser, drops forbidden request headers such as Origin; these tests need to send them.)
import { describe, expect, it } from 'vitest';
import { createReferenceServer } from '../../mock-server/index';
import { BASE, COOLDOWN, get, post, REQUEST } from './helpers';

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
    const foreign = await post(server, REQUEST, { email: 'b@example.com' }, { Origin: 'https://evil.example' });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    expect(foreign.headers.get('access-control-expose-headers')).toBe(EXPOSED);
  });
});
