import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { RESET_ERRORS } from '../src/codes';
import { WebAuth, WebAuthError } from '../src/index';
import { ORIGIN, failure, useNetwork } from './support/network';

const { server } = useNetwork();
const webAuth = new WebAuth({ domain: ORIGIN, clientID: 'demo-client' });
const A = `${ORIGIN}/dbconnections/change_password`;
const B = `${ORIGIN}/api/auth/password/reset-request`;
const changePassword = () => webAuth.changePassword({ connection: 'Username-Password-Authentication', email: 'ada@example.com' });
const requestReset = () => webAuth.requestReset({ email: 'ada@example.com' });
const answer = (url: string, response: () => Response) => server.use(http.post(url, response));

describe('API A error bodies (PROTOCOL.md §A)', () => {
  it('reads {error, error_description}', async () => {
    answer(A, () => HttpResponse.json({ error: 'bad.connection', error_description: 'The connection does not exist' }, { status: 400 }));
    const error = await failure<WebAuthError>(changePassword());
    expect(error).toBeInstanceOf(WebAuthError);
    expect(error).toMatchObject({ name: 'WebAuthError', code: 'bad.connection', description: 'The connection does not exist', statusCode: 400 });
    expect(error.original).toEqual({ error: 'bad.connection', error_description: 'The connection does not exist' });
  });

  it('reads {name, code, description, statusCode}', async () => {
    const body = { name: 'BadRequestError', code: 'invalid_parameter', description: 'Invalid email', statusCode: 400 };
    answer(A, () => HttpResponse.json(body, { status: 400 }));
    expect(await failure(changePassword())).toMatchObject({ code: 'invalid_parameter', description: 'Invalid email', statusCode: 400 });
  });

  it('reads a bare {error} message as code and description', async () => {
    answer(A, () => HttpResponse.json({ error: 'password is not allowed' }, { status: 400 }));
    expect(await failure(changePassword())).toMatchObject({ code: 'password is not allowed', description: 'password is not allowed' });
  });

  it('reads a plain-text error', async () => {
    answer(A, () => new HttpResponse('Connection is disabled', { status: 400, headers: { 'content-type': 'text/plain' } }));
    expect(await failure(changePassword())).toMatchObject({ code: 'request_failed', description: 'Connection is disabled', statusCode: 400 });
  });

  it('never shows a proxy HTML page as a description', async () => {
    answer(A, () => HttpResponse.html('<html><body><h1>502 Bad Gateway</h1></body></html>', { status: 502 }));
    const error = await failure<WebAuthError>(changePassword());
    expect(error).toMatchObject({ code: 'server_error', statusCode: 502, description: 'The server answered with HTTP status 502' });
  });

  it('reads the 429 body and the rate-limit headers', async () => {
    const reset = Math.ceil(Date.now() / 1000) + 30;
    answer(A, () =>
      HttpResponse.json(
        { error: 'too_many_requests', error_description: 'Global limit has been reached' },
        { status: 429, headers: { 'X-RateLimit-Limit': '30', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': String(reset), 'Retry-After': '30' } },
      ),
    );
    const error = await failure<WebAuthError>(changePassword());
    expect(error).toMatchObject({ code: 'too_many_requests', description: 'Global limit has been reached', statusCode: 429, retryAfter: 30 });
    expect(error.rateLimit).toEqual({ limit: 30, remaining: 0, reset: new Date(reset * 1000), retryAfter: 30 });
  });
});

describe('API B error body (PROTOCOL.md §B)', () => {
  it.each(Object.entries(RESET_ERRORS))('reads %s', async (code, [status, label, message]) => {
    const body = { timestamp: '2026-11-22T10:00:00Z', status, code, error: label, message, path: '/api/auth/password/reset-request' };
    answer(B, () => HttpResponse.json(body, { status }));
    const error = await failure<WebAuthError>(requestReset());
    expect(error).toMatchObject({ code, description: message, statusCode: status, rateLimit: null });
    expect(error.original).toEqual(body);
  });
});

describe('status fallbacks (CONTRACT.md)', () => {
  it.each([
    [429, 'too_many_requests'],
    [500, 'server_error'],
    [503, 'server_error'],
    [404, 'request_failed'],
    [401, 'request_failed'],
  ])('%i without a code is %s', async (status, code) => {
    answer(B, () => new HttpResponse(null, { status }));
    const error = await failure<WebAuthError>(requestReset());
    expect(error).toMatchObject({ code, statusCode: status, description: `The server answered with HTTP status ${status}` });
  });

  it.each([
    [500, 'Internal Server Error', 'server_error'],
    [503, 'Service Unavailable', 'server_error'],
    [429, 'Too Many Requests', 'too_many_requests'],
    [404, 'Not Found', 'request_failed'],
  ])("API B %i with only the status text (%s) in `error` and no code is %s", async (status, label, code) => {
    // A framework's default error body (Spring's), or an API B error without its `code`.
    const body = { timestamp: '2026-11-22T10:00:00Z', status, error: label, path: '/api/auth/password/reset-request' };
    answer(B, () => HttpResponse.json(body, { status }));
    expect(await failure(requestReset())).toMatchObject({ code, description: label, statusCode: status });
  });
});

describe('2xx bodies that do not fit: invalid_response', () => {
  it.each([
    ['an empty body', () => new HttpResponse(null, { status: 200 })],
    ['invalid JSON', () => new HttpResponse('{"cooldown":', { status: 200, headers: { 'content-type': 'application/json' } })],
    ['the wrong type', () => HttpResponse.json({ cooldown: '60' })],
    ['a negative number', () => HttpResponse.json({ cooldown: -1 })],
    ['an HTML page', () => HttpResponse.html('<html>Welcome</html>')],
    ['a JSON array', () => HttpResponse.json([60])],
  ])('requestReset with %s', async (_, response) => {
    answer(B, response);
    const error = await failure<WebAuthError>(requestReset());
    expect(error).toMatchObject({ code: 'invalid_response', statusCode: 200 });
    expect(error.description).toBeTruthy();
  });

  it.each([
    ['an empty body', () => new HttpResponse('', { status: 200 })],
    ['a JSON object', () => HttpResponse.json({ message: 'ok' })],
    ['an HTML page', () => new HttpResponse('<!doctype html><p>Login</p>', { status: 200, headers: { 'content-type': 'text/plain' } })],
  ])('changePassword with %s', async (_, response) => {
    answer(A, response);
    expect(await failure(changePassword())).toMatchObject({ code: 'invalid_response' });
  });

  it('changePassword takes the sentence as plain text, text/html (as auth0.js does) or a JSON string', async () => {
    const sentence = "We've just sent you an email to reset your password.";
    answer(A, () => HttpResponse.text(sentence));
    expect((await changePassword()).message).toBe(sentence);
    answer(A, () => new HttpResponse(sentence, { headers: { 'Content-Type': 'text/html; charset=utf-8' } }));
    expect((await changePassword()).message).toBe(sentence);
    answer(A, () => HttpResponse.json(sentence));
    expect((await changePassword()).message).toBe(sentence);
  });
});

describe('WebAuthError', () => {
  it('serialises without the original body', () => {
    const error = new WebAuthError({ code: 'server_error', description: 'Boom', statusCode: 500, original: { secret: 1 } });
    expect(JSON.parse(JSON.stringify(error))).toEqual({ name: 'WebAuthError', code: 'server_error', description: 'Boom', statusCode: 500 });
    expect(error.message).toBe('Boom');
    expect(error).toBeInstanceOf(Error);
  });
});

describe('network_error: what to check when the browser gives no reason', () => {
  const fetchThrowing = (error: unknown) => new WebAuth({
    domain: ORIGIN,
    fetch: async () => {
      throw error;
    },
  });

  it.each([
    ['Chromium', 'Failed to fetch'],
    ['Firefox', 'NetworkError when attempting to fetch resource.'],
    ['Safari', 'Load failed'],
  ])("%s's bare TypeError: the description names CSP connect-src and CORS", async (_, message) => {
    const error = await failure<WebAuthError>(fetchThrowing(new TypeError(message)).requestReset({ email: 'ada@example.com' }));
    expect(error.code).toBe('network_error');
    expect(error.description).toMatch(/^The server could not be reached \(.*CSP connect-src.*CORS.*\)$/);
  });

  it('an error that says why (Node\'s fetch with a cause, any other error) keeps the plain description', async () => {
    const why = [new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) }), new Error('socket hang up'), 'down'];
    for (const thrown of why) {
      const error = await failure<WebAuthError>(fetchThrowing(thrown).requestReset({ email: 'ada@example.com' }));
      expect(error).toMatchObject({ code: 'network_error', description: 'The server could not be reached' });
    }
  });
});
