// @vitest-environment node
// (streamed request bodies need Node's Request)
import { describe, expect, it } from 'vitest';
import { createReferenceServer } from '../../mock-server/index';
import { A, answer, BASE, COOLDOWN, get, post, REQUEST, RESET, withToken } from './helpers';

const big = JSON.stringify({ email: 'a@example.com', padding: 'x'.repeat(10 * 1024) });

describe('robustness', () => {
  it('refuses bodies over 10 KiB with 400 in each API shape', async () => {
    const server = createReferenceServer();
    expect(await answer(await post(server, REQUEST, big))).toMatchObject({ status: 400, body: { code: 'INVALID_REQUEST', path: REQUEST } });
    expect(await answer(await post(server, A, big))).toMatchObject({ status: 400, body: { code: 'invalid_parameter', statusCode: 400 } });
    const { server: withUser, token } = await withToken();
    expect(await answer(await post(withUser, `${RESET}?token=${token}`, big))).toMatchObject({ status: 400, body: { code: 'INVALID_REQUEST' } });
    expect(server.outbox).toHaveLength(0);
  });

  it('stops reading a streamed body without Content-Length once it passes 10 KiB', async () => {
    const server = createReferenceServer();
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new TextEncoder().encode(' '.repeat(1024)));
      },
    });
    const request = new Request(BASE + REQUEST, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: endless, duplex: 'half' } as RequestInit);
    expect(request.headers.get('content-length')).toBeNull();
    const response = await server.handle(request);
    expect(response.status).toBe(400);
    expect(pulled).toBeLessThan(20);
  });

  it('accepts a body of exactly 10 KiB', async () => {
    const server = createReferenceServer();
    const base = JSON.stringify({ email: 'a@example.com', padding: '' });
    const exact = JSON.stringify({ email: 'a@example.com', padding: 'x'.repeat(10 * 1024 - base.length) });
    expect(new TextEncoder().encode(exact).length).toBe(10 * 1024);
    expect((await post(server, REQUEST, exact)).status).toBe(200);
  });

  it('refuses non-JSON, non-UTF-8, and JSON that is not an object with 400', async () => {
    const server = createReferenceServer();
    const bodies: BodyInit[] = ['', 'email=a@example.com', '{', '[]', 'null', '1', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])];
    for (const body of bodies) {
      const response = await server.handle(new Request(BASE + REQUEST, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body }));
      expect(await answer(response)).toMatchObject({ status: 400, body: { code: 'INVALID_REQUEST' } });
    }
  });

  it('answers an unknown path with 404 JSON and a wrong method with 405 and Allow', async () => {
    const server = createReferenceServer();
    expect(await answer(await get(server, '/api/auth/password/nothing'))).toEqual({
      status: 404,
      type: 'application/json',
      body: { error: 'not_found', error_description: 'No route for /api/auth/password/nothing' },
    });
    const wrong = await get(server, REQUEST);
    expect(wrong.headers.get('allow')).toBe('POST, OPTIONS');
    expect(await answer(wrong)).toEqual({
      status: 405,
      type: 'application/json',
      body: { error: 'method_not_allowed', error_description: 'Use POST' },
    });
    const put = await server.handle(new Request(BASE + COOLDOWN, { method: 'PUT', body: '{}' }));
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
  });

  it('never rejects and never answers 5xx for odd input', async () => {
    const server = createReferenceServer({ rateLimit: 1000 });
    const methods = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD'];
    const paths = [A, REQUEST, COOLDOWN, RESET, `${RESET}?token=a.b.c`, `${COOLDOWN}?email=%E0%A4%A`, '/', '/%ff', '/api/../dbconnections/change_password'];
    const bodies = ['{"email":{"toString":1}}', '{"__proto__":{"x":1},"email":"a@example.com"}', '\u0000', '{"newPassword":["A1!aaaaaa"]}'];
    for (const method of methods) {
      for (const path of paths) {
        for (const body of bodies) {
          const withBody = method !== 'GET' && method !== 'HEAD';
          const response = await server.handle(new Request(BASE + path, { method, body: withBody ? body : null }));
          expect(response.status, `${method} ${path} ${body}`).toBeLessThan(500);
        }
      }
    }
  });

  it('marks API answers Cache-Control: no-store', async () => {
    const server = createReferenceServer();
    expect((await post(server, REQUEST, { email: 'a@example.com' })).headers.get('cache-control')).toBe('no-store');
    expect((await get(server, '/nowhere')).headers.get('cache-control')).toBe('no-store');
  });
});
