import { describe, expect, it } from 'vitest';
import { CHANGE_PASSWORD_ERRORS, RESET_ERRORS } from '../../src/codes';
import { createReferenceServer } from '../../mock-server/index';
import { A, answer, bError, COOLDOWN, DEMO, get, NEW_PASSWORD, post, REQUEST, RESET, withToken } from './helpers';

const cooldown = `${COOLDOWN}?email=a%40example.com`;
const validA = { client_id: 'demo-client', email: DEMO.email, connection: 'Username-Password-Authentication' };

describe('failNext', () => {
  it.each(Object.entries(RESET_ERRORS))('answers %s with its status and the API B body', async (code, [status, error, message]) => {
    const server = createReferenceServer();
    server.failNext(code);
    const response = await post(server, REQUEST, { email: DEMO.email });
    expect(await answer(response)).toEqual({ status, type: 'application/json', body: bError(code, status, error, message, REQUEST) });
    expect(response.headers.get('retry-after')).toBe(status === 429 ? '1' : null);
    expect(response.headers.get('x-ratelimit-limit')).toBe('30');
    expect(server.outbox).toHaveLength(0);
    // only once
    expect((await post(server, REQUEST, { email: DEMO.email })).status).toBe(200);
  });

  it.each(Object.entries(CHANGE_PASSWORD_ERRORS))('answers %s in its API A shape', async (code, [status, shape, description]) => {
    const server = createReferenceServer();
    server.failNext(code);
    const expected =
      shape === 'bare' ? { error: code }
      : shape === 'code' ? { name: 'BadRequestError', code, description, statusCode: status }
      : { error: code, error_description: description };
    expect(await answer(await post(server, A, validA))).toEqual({ status, type: 'application/json', body: expected });
  });

  it('answers a B code on an A route with the B body (the path is the route called)', async () => {
    const server = createReferenceServer();
    server.failNext('EMAIL_DISABLED');
    expect(await answer(await post(server, A, validA))).toMatchObject({ status: 503, body: { code: 'EMAIL_DISABLED', path: A } });
  });

  it('queues failures, one per request, and takes a Retry-After', async () => {
    const server = createReferenceServer();
    server.failNext('IP_RATE_LIMIT_EXCEEDED', { retryAfter: 7 });
    server.failNext('EMAIL_DISABLED', { retryAfter: 30 });
    server.failNext('DATABASE_FAILURE');
    const first = await get(server, cooldown);
    const second = await get(server, cooldown);
    const third = await get(server, cooldown);
    expect([first.status, first.headers.get('retry-after')]).toEqual([429, '7']);
    expect([second.status, second.headers.get('retry-after')]).toEqual([503, '30']);
    expect([third.status, third.headers.get('retry-after')]).toEqual([500, null]);
    expect((await get(server, cooldown)).status).toBe(200);
  });

  it('has non-JSON kinds: html (502 proxy page), text (503 plain text), network (a network error)', async () => {
    const server = createReferenceServer();
    server.failNext('html');
    server.failNext('text');
    server.failNext('network');
    const html = await get(server, cooldown);
    expect(html.status).toBe(502);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await html.text()).toContain('<h1>502 Bad Gateway</h1>');
    expect(await answer(await get(server, cooldown))).toEqual({ status: 503, body: 'Service Unavailable', type: 'text/plain; charset=utf-8' });
    const network = await get(server, cooldown);
    expect(network.type).toBe('error');
    expect(network.status).toBe(0);
  });

  it('throws a TypeError at once for an unknown code', () => {
    const server = createReferenceServer();
    expect(() => server.failNext('NOT_A_CODE')).toThrow(TypeError);
    expect(() => server.failNext('not_found')).toThrow(/does not know the code "not_found"/);
  });

  it('POST_COMMIT_SIDE_EFFECT_FAILURE on reset changes the password, then answers 500', async () => {
    const { server, token } = await withToken();
    server.failNext('POST_COMMIT_SIDE_EFFECT_FAILURE');
    const response = await post(server, `${RESET}?token=${token}`, { newPassword: NEW_PASSWORD });
    expect(await answer(response)).toMatchObject({ status: 500, body: { code: 'POST_COMMIT_SIDE_EFFECT_FAILURE', path: RESET } });
    expect(server.checkPassword(DEMO.email, NEW_PASSWORD)).toBe(true);
    expect((await post(server, `${RESET}?token=${token}`, { newPassword: NEW_PASSWORD })).status).toBe(401);
  });

  it('POST_COMMIT_SIDE_EFFECT_FAILURE on reset with a bad token answers the real error', async () => {
    const server = createReferenceServer();
    server.failNext('POST_COMMIT_SIDE_EFFECT_FAILURE');
    const response = await post(server, `${RESET}?token=a.b.c`, { newPassword: NEW_PASSWORD });
    expect((await answer(response)).body).toMatchObject({ code: 'PASSWORD_RESET_TOKEN_INVALID' });
  });

  it('is not used up by a request the rate limit refused', async () => {
    const server = createReferenceServer({ rateLimit: 1 });
    await get(server, cooldown);
    server.failNext('HASH_FAILURE');
    expect((await answer(await get(server, cooldown))).body).toMatchObject({ code: 'IP_RATE_LIMIT_EXCEEDED' });
    server.advanceTime(60_000);
    expect((await answer(await get(server, cooldown))).body).toMatchObject({ code: 'HASH_FAILURE' });
  });
});
