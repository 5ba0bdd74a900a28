/**
 * Hostile or broken servers, one answer each, with the code the SDK must report. The cases already
 * in test/transport.test.ts and test/normalize.test.ts (requestReset/changePassword) are not
 * repeated: here they are met by `resetPassword` carrying a token (which must never leak into the
 * error) and by `getResetCooldown`, plus what those files do not cover.
 */
import { http, HttpResponse, delay } from 'msw';
import { describe, expect, it } from 'vitest';
import { WebAuth, WebAuthError } from '../../src/index';
import { ORIGIN, failure, useNetwork } from '../support/network';
import { errorSurfaces, leaks, revokedProxy, throwingGetter, trapProxy } from './support';

const { server, sent } = useNetwork();
const RESET = `${ORIGIN}/api/auth/password/reset`;
const COOLDOWN = `${ORIGIN}/api/auth/password/reset/cooldown`;
const REQUEST = `${ORIGIN}/api/auth/password/reset-request`;
const EVIL = 'https://evil.example';
const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyLTEiLCJleHAiOjQxMDI0NDQ4MDB9.SECRET-signature_x';

const webAuth = (options: object = {}) => new WebAuth({ domain: ORIGIN, ...options });
const reset = (options: object = {}) => webAuth(options).resetPassword({ password: 'S3cure!pass', token: TOKEN });
const cooldown = (options: object = {}) => webAuth(options).getResetCooldown({ email: 'ada@example.com' });

/** The reset's error, with the checks every failure of a call carrying the token must pass. */
async function resetFailure(options: object = {}): Promise<WebAuthError> {
  const error = await failure<WebAuthError>(reset(options));
  expect(leaks(errorSurfaces(error), TOKEN)).toEqual([]);
  expect(error.description.length).toBeGreaterThan(0);
  return error;
}

const text = (body: string, status = 200, type = 'text/plain') => () => new HttpResponse(body, { status, headers: { 'Content-Type': type } });

describe('2xx answers that are not a result: invalid_response', () => {
  it.each([
    ['an empty 200', () => new HttpResponse(null, { status: 200 })],
    ['an empty 204', () => new HttpResponse(null, { status: 204 })],
    ['invalid JSON', text('{"success": tru', 200, 'application/json')],
    ['JSON null', () => HttpResponse.json(null)],
    ['JSON true', () => HttpResponse.json(true)],
    ['{"success": "true"}', () => HttpResponse.json({ success: 'true' })],
    ['{"success": 1}', () => HttpResponse.json({ success: 1 })],
    ['[{"success": true}]', () => HttpResponse.json([{ success: true }])],
    ['{"data": {"success": true}}', () => HttpResponse.json({ data: { success: true } })],
    ['a proto-polluting body', text('{"__proto__": {"success": true}}', 200, 'application/json')],
    ['a 2xx HTML page', () => HttpResponse.html('<!doctype html><h1>Password changed</h1>')],
    ['JSON labelled as HTML', text('{"success": true}', 200, 'text/html; charset=utf-8')],
    ['an HTML page labelled as JSON', text('<html>{"success": true}</html>', 200, 'application/json')],
    ['a 206 partial body', text('{"succ', 206, 'application/json')],
  ])('resetPassword with %s', async (_, response) => {
    server.use(http.post(RESET, response));
    const error = await resetFailure();
    expect(error.code).toBe('invalid_response');
    expect(sent).toHaveLength(1);
  });

  it.each([
    ['an empty 200', () => new HttpResponse(null, { status: 200 })],
    ['invalid JSON', text('{"remaining":', 200, 'application/json')],
    ['a string number', () => HttpResponse.json({ remaining: '5' })],
    ['a negative number', () => HttpResponse.json({ remaining: -1 })],
    ['null', () => HttpResponse.json({ remaining: null })],
    ['the other API\'s key', () => HttpResponse.json({ cooldown: 5 })],
    ['a 2xx HTML page', () => HttpResponse.html('<html><body>Sign in</body></html>')],
  ])('getResetCooldown with %s', async (_, response) => {
    server.use(http.get(COOLDOWN, response));
    const error = await failure<WebAuthError>(cooldown());
    expect(error).toMatchObject({ code: 'invalid_response', statusCode: (response().status) });
  });

  it('a number beyond JSON\'s range (1e999 parses to Infinity) is not a number of seconds', async () => {
    server.use(http.post(REQUEST, text('{"cooldown": 1e999}', 200, 'application/json')));
    const error = await failure<WebAuthError>(webAuth().requestReset({ email: 'ada@example.com' }));
    expect(error.code).toBe('invalid_response');
  });
});

describe('redirects: never followed, the token never travels', () => {
  it.each([301, 302, 303, 307, 308])('%i to another origin', async (status) => {
    const evil: Request[] = [];
    server.use(
      http.post(RESET, () => new HttpResponse('{"success": true}', { status, headers: { Location: `${EVIL}/steal`, 'Content-Type': 'application/json' } })),
      http.all(`${EVIL}/*`, ({ request }) => {
        evil.push(request);
        return HttpResponse.json({ success: true });
      }),
    );
    const error = await resetFailure();
    expect(error.code).toBe('network_error');
    expect(evil).toHaveLength(0);
    expect(sent.map((request) => new URL(request.url).origin)).toEqual([ORIGIN]);
  });

  it('a redirect to the same origin is not followed either (the token would travel again)', async () => {
    server.use(
      http.post(RESET, ({ request }) =>
        new URL(request.url).searchParams.has('again')
          ? HttpResponse.json({ success: true })
          : new HttpResponse(null, { status: 307, headers: { Location: `${RESET}?again=1&token=${TOKEN}` } }),
      ),
    );
    expect((await resetFailure()).code).toBe('network_error');
    expect(sent).toHaveLength(1);
  });
});

describe('bodies that never end or never stop', () => {
  it('a 200 whose body never ends: timeout, token-free', async () => {
    server.use(
      http.post(RESET, () => new HttpResponse(new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('{"success":')) }), { status: 200 })),
    );
    expect((await resetFailure({ timeout: 100 })).code).toBe('timeout');
  });

  it('headers that never come: timeout, token-free', async () => {
    server.use(http.post(RESET, () => delay('infinite')));
    expect((await resetFailure({ timeout: 100 })).code).toBe('timeout');
  });

  /** A 10 MB body produced on demand, counting what the SDK pulled. */
  function endless(status: number, type = 'application/json') {
    const stats = { pulled: 0, cancelled: false };
    const chunk = new TextEncoder().encode(' '.repeat(64 * 1024));
    server.use(
      http.post(RESET, () =>
        new HttpResponse(
          new ReadableStream({
            pull(controller) {
              if (stats.pulled >= 10 * 1024 * 1024) return controller.close();
              stats.pulled += chunk.byteLength;
              controller.enqueue(chunk);
            },
            cancel() {
              stats.cancelled = true;
            },
          }),
          { status, headers: { 'Content-Type': type } },
        ),
      ),
    );
    return stats;
  }

  it('a 10 MB 200: invalid_response, read only in part, and quickly', async () => {
    const stats = endless(200);
    const started = performance.now();
    const error = await resetFailure();
    expect(error.code).toBe('invalid_response');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(stats.pulled).toBeLessThan(1024 * 1024);
  });

  it('a 502 with a 10 MB error page is still a server_error with its status', async () => {
    endless(502, 'text/html');
    const error = await resetFailure();
    expect(error).toMatchObject({ code: 'server_error', statusCode: 502 });
  });
});

describe('429 and 503 with wait hints the SDK must not obey', () => {
  const limited = (headers: Record<string, string>, status = 429) =>
    server.use(http.post(RESET, () => HttpResponse.json({ code: 'IP_RATE_LIMIT_EXCEEDED', message: 'Slow down' }, { status, headers })));

  it.each([
    ['an HTTP date in year 9999', { 'Retry-After': 'Fri, 31 Dec 9999 23:59:59 GMT' }, 429],
    ['20 digits of seconds', { 'Retry-After': '99999999999999999999' }, 429],
    ['an hour, on a 503', { 'Retry-After': '3600' }, 503],
    ['a rate-limit reset in year 3000', { 'X-RateLimit-Limit': '5', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': '32503680000' }, 429],
    ['a structured reset of a day', { RateLimit: 'limit=5, remaining=0, reset=86400' }, 429],
  ])('far in the future (%s): one request, no wait', async (_, headers, status) => {
    limited(headers, status);
    // Obeying would make this test time out; a retry would show as a second request.
    const error = await resetFailure({ retry: 10 });
    expect(error).toMatchObject({ code: 'IP_RATE_LIMIT_EXCEEDED', statusCode: status });
    expect(sent).toHaveLength(1);
  });

  it('a hint just beyond maxRetryWait: one request', async () => {
    limited({ 'Retry-After': '2' });
    expect((await resetFailure({ retry: 5, maxRetryWait: 1999 })).retryAfter).toBe(2);
    expect(sent).toHaveLength(1);
  });

  it.each(['1e400', 'Infinity', 'NaN', 'soon', '5 apples', '0,0', 'Fri, 99 Foo 2026'])('a Retry-After of %j is no hint: not retried', async (value) => {
    limited({ 'Retry-After': value });
    const error = await resetFailure({ retry: 3 });
    expect(error.retryAfter).toBeUndefined();
    expect(sent).toHaveLength(1);
  });

  it('malformed Retry-After values ("-5", "1 2", "0x0", "+0") are no hint either', async () => {
    for (const value of ['-5', '1 2', '0x0', '+0']) {
      sent.length = 0;
      limited({ 'Retry-After': value });
      await resetFailure({ retry: 3 });
      expect(sent, value).toHaveLength(1);
    }
  });

  it('limit and remaining without a readable reset are no hint: not retried', async () => {
    limited({ 'X-RateLimit-Limit': '5', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': 'garbage' });
    await resetFailure({ retry: 3 });
    expect(sent).toHaveLength(1);
  });
});

describe('a dropped connection', () => {
  it('is network_error, with no status and no token anywhere (original included)', async () => {
    server.use(http.post(RESET, () => HttpResponse.error()));
    const error = await resetFailure();
    expect(error.code).toBe('network_error');
    expect(error.statusCode).toBeUndefined();
  });

  it('after a partial body: network_error or invalid_response, never a result', async () => {
    server.use(
      http.post(RESET, () =>
        new HttpResponse(
          new ReadableStream({
            start(controller) {
              controller.enqueue(new TextEncoder().encode('{"success":'));
              setTimeout(() => controller.error(new TypeError(`socket hang up ${RESET}?token=${TOKEN}`)), 10);
            },
          }),
          { status: 200, headers: { 'Content-Type': 'application/json' } },
        ),
      ),
    );
    expect((await resetFailure()).code).toBe('network_error');
  });
});

describe('whatever a custom fetch throws or rejects with ends as a WebAuthError', () => {
  const lookalike = { name: 'WebAuthError', code: 'PASSWORD_RESET_TOKEN_EXPIRED', description: `Expired: ${TOKEN}`, message: TOKEN };
  const thrown: [string, () => unknown][] = [
    ['a revoked proxy', revokedProxy],
    ['a proxy whose every trap throws (its prototype too)', trapProxy],
    [
      'an object whose getPrototypeOf throws',
      () =>
        new Proxy(
          {},
          {
            getPrototypeOf: () => {
              throw new Error('hostile');
            },
          },
        ),
    ],
    ['an error whose message, name and cause getters throw', () => throwingGetter('cause', throwingGetter('name', throwingGetter('message', new TypeError('x'))))],
    ['an object on WebAuthError.prototype with no fields', () => Object.create(WebAuthError.prototype)],
    ['a WebAuthError look-alike naming the token', () => lookalike],
    ['a Symbol', () => Symbol('thrown')],
    ['null', () => null],
    ['undefined', () => undefined],
  ];

  it.each(thrown)('%s: network_error, thrown or rejected, with a token or without', async (_, make) => {
    const fetches: [string, typeof globalThis.fetch][] = [
      [
        'thrown',
        () => {
          throw make();
        },
      ],
      [
        'rejected',
        async () => {
          throw make();
        },
      ],
    ];
    for (const [how, fetch] of fetches) {
      for (const [call, secret] of [[reset, true], [cooldown, false]] as const) {
        const error = await failure(call({ fetch }));
        expect(error, how).toBeInstanceOf(WebAuthError);
        expect((error as WebAuthError).code, how).toBe('network_error');
        if (secret) expect(leaks(errorSurfaces(error), TOKEN)).toEqual([]);
      }
    }
  });

  it.each(thrown)('%s as the answer of a custom fetch: a WebAuthError too', async (_, make) => {
    const fetch = (async () => make()) as unknown as typeof globalThis.fetch;
    for (const [call, secret] of [[reset, true], [cooldown, false]] as const) {
      const error = await failure(call({ fetch }));
      expect(error).toBeInstanceOf(WebAuthError);
      expect(['network_error', 'invalid_response']).toContain((error as WebAuthError).code);
      if (secret) expect(leaks(errorSurfaces(error), TOKEN)).toEqual([]);
    }
  });
});
