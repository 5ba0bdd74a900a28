// @vitest-environment node
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createReferenceServer } from '../../mock-server/index';
import { mswHandlers } from '../../mock-server/msw';

const ORIGIN = 'https://auth.example.com';
const server = createReferenceServer();
const network = setupServer(...mswHandlers(server, `${ORIGIN}/ignored/path`));

beforeAll(() => network.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.reset());
afterAll(() => network.close());

describe('mswHandlers', () => {
  it('answers fetch calls to the origin from the reference server', async () => {
    const response = await fetch(`${ORIGIN}/api/auth/password/reset-request?locale=de`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'https://app.example.com' },
      body: JSON.stringify({ email: 'demo@example.com' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ cooldown: 60 });
    expect(response.headers.get('x-ratelimit-limit')).toBe('30');
    expect(response.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    expect(server.outbox).toMatchObject([{ kind: 'reset', locale: 'de', to: 'demo@example.com' }]);

    const token = server.outbox[0]!.token!;
    const reset = await fetch(`${ORIGIN}/api/auth/password/reset?token=${token}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ newPassword: 'New-Passw0rd!' }),
    });
    expect(await reset.json()).toEqual({ success: true });
    expect(server.checkPassword('demo@example.com', 'New-Passw0rd!')).toBe(true);
  });

  it('passes errors, unknown paths and OPTIONS through', async () => {
    server.failNext('EMAIL_DISABLED');
    const failed = await fetch(`${ORIGIN}/api/auth/password/reset/cooldown?email=a%40example.com`);
    expect(failed.status).toBe(503);
    expect(await failed.json()).toMatchObject({ code: 'EMAIL_DISABLED' });
    expect((await fetch(`${ORIGIN}/nowhere`)).status).toBe(404);
    const options = await fetch(`${ORIGIN}/dbconnections/change_password`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://app.example.com', 'Access-Control-Request-Method': 'POST' },
    });
    expect(options.status).toBe(204);
    expect(options.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS');
  });

  it('turns failNext("network") into a network error', async () => {
    server.failNext('network');
    await expect(fetch(`${ORIGIN}/api/auth/password/reset/cooldown?email=a%40example.com`)).rejects.toThrow(TypeError);
  });

  it('is one handler for every method and path of the origin alone', async () => {
    const handlers = mswHandlers(server, 'https://auth.example.com:443/some/path?q=1');
    expect(handlers).toHaveLength(1);
    const pattern = (handlers[0]!.info as { path?: unknown }).path as RegExp;
    expect(pattern.test('https://auth.example.com/api/x')).toBe(true);
    for (const other of ['https://auth.example.com.evil.example/x', 'https://authXexample.com/x', 'http://auth.example.com/x', 'https://auth.example.com:8443/x']) {
      expect(pattern.test(other), other).toBe(false);
    }
    expect(() => mswHandlers(server, 'auth.example.com')).toThrow(TypeError);
    // Over the network: another origin is not answered (onUnhandledRequest: 'error' makes it fail).
    await expect(fetch('https://auth.example.com.evil.example/api/auth/password/reset/cooldown?email=a%40example.com')).rejects.toThrow();
  });

  it('answers an IPv6 loopback origin such as http://[::1]:3000 (MSW would read its colons as parameters)', async () => {
    const local = createReferenceServer();
    network.use(...mswHandlers(local, 'http://[::1]:3000'));
    try {
      const response = await fetch('http://[::1]:3000/api/auth/password/reset-request', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'demo@example.com' }),
      });
      expect(response.status).toBe(200);
      expect(local.outbox).toMatchObject([{ kind: 'reset', to: 'demo@example.com' }]);
      expect((await fetch('http://[::1]:3000/api/auth/password/reset/cooldown?email=demo%40example.com')).status).toBe(200);
      await expect(fetch('http://[::1]:3001/api/auth/password/reset/cooldown?email=a%40example.com')).rejects.toThrow();
    } finally {
      network.resetHandlers();
    }
  });
});
