/**
 * The reset token is a password-equivalent secret. It is never logged, never part of an error a
 * page may show or log, only ever sent to the configured origin (in the reset call's query), and
 * `parseResetToken({ clear: true })` leaves no copy in the address bar or in history.state.
 */
import { http, HttpResponse, delay } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createReferenceServer } from '../../mock-server/index';
import { mswHandlers } from '../../mock-server/msw';
import { WebAuth, WebAuthError, parseResetToken } from '../../src/index';
import { ORIGIN, failure, useNetwork } from '../support/network';
import { errorSurfaces, leaks, reachableStrings } from './support';

const USER = { email: 'ada@example.com', password: 'Old-Passw0rd!' };
const reference = createReferenceServer({ users: [USER], appUrl: 'http://localhost:3000/reset-password', rateLimit: 1000 });
const { server, sent } = useNetwork(...mswHandlers(reference, ORIGIN));
const RESET = `${ORIGIN}/api/auth/password/reset`;

/** Every console method, spied on and silenced. */
const consoleCalls: unknown[][] = [];
beforeEach(() => {
  consoleCalls.length = 0;
  for (const name of Object.keys(console) as (keyof Console)[]) {
    if (typeof console[name] !== 'function') continue;
    vi.spyOn(console, name as 'log').mockImplementation((...args: unknown[]) => void consoleCalls.push([name, ...args]));
  }
});
afterEach(() => {
  vi.restoreAllMocks();
  reference.reset();
  history.replaceState(null, '', 'http://localhost:3000/');
});

/** A real token from the reference server's outbox, and the page the email links to. */
async function mailedToken(): Promise<{ token: string; link: string }> {
  await new WebAuth({ domain: ORIGIN }).requestReset({ email: USER.email });
  const mail = reference.outbox.at(-1)!;
  expect(mail.kind).toBe('reset');
  return { token: mail.token!, link: mail.link! };
}

/** Asserts nothing the page could log or show carries the token, and nothing was logged with it. */
function expectNoLeak(token: string, ...errors: unknown[]) {
  for (const error of errors) {
    expect(error).toBeInstanceOf(WebAuthError);
    expect(leaks(errorSurfaces(error), token)).toEqual([]);
  }
  expect(leaks(consoleCalls.flatMap((args) => reachableStrings(args)), token)).toEqual([]);
}

/** Where the token went: every request that carried it, anywhere (URL, headers, body). */
async function carriers(token: string) {
  const found: string[] = [];
  for (const request of sent) {
    const parts = [request.url, ...[...request.headers].flat(), request.method === 'GET' ? '' : await request.clone().text()];
    if (leaks(parts, token).length) found.push(`${request.method} ${new URL(request.url).origin}${new URL(request.url).pathname}`);
  }
  return found;
}

describe('a full reset flow and its failures', () => {
  it('the happy path, from the link to the new password: the token goes once, in the reset query, to the origin', async () => {
    const { token, link } = await mailedToken();
    const { pathname, search } = new URL(link);
    history.replaceState(null, '', `${pathname}${search}`);
    const webAuth = new WebAuth({ domain: ORIGIN });
    expect(parseResetToken({ clear: true })).toBe(token);
    expect(location.href).toBe('http://localhost:3000/reset-password');
    expect(await webAuth.resetPassword({ password: 'New-Passw0rd!', token })).toMatchObject({ success: true });
    expect(reference.checkPassword(USER.email, 'New-Passw0rd!')).toBe(true);
    expect(await carriers(token)).toEqual([`POST ${RESET}`]);
    const query = new URL(sent.at(-1)!.url).searchParams;
    expect([...query.keys()]).toEqual(['token']);
    expect(query.get('token')).toBe(token);
    expectNoLeak(token);
  });

  it('the token taken from window.location by default is sent the same way, and only there', async () => {
    const { token, link } = await mailedToken();
    history.replaceState(null, '', new URL(link).pathname + new URL(link).search);
    await new WebAuth({ domain: ORIGIN }).resetPassword({ password: 'New-Passw0rd!' });
    expect(await carriers(token)).toEqual([`POST ${RESET}`]);
    expectNoLeak(token);
  });

  it('server refusals (used, expired, user gone, forced failures, weak password) never carry it', async () => {
    const webAuth = new WebAuth({ domain: ORIGIN });
    const errors: WebAuthError[] = [];
    const { token } = await mailedToken();
    await webAuth.resetPassword({ password: 'New-Passw0rd!', token });
    errors.push(await failure(webAuth.resetPassword({ password: 'Other-Passw0rd!', token }))); // used
    expect(errors.at(-1)).toMatchObject({ code: 'PASSWORD_RESET_TOKEN_INVALID', statusCode: 401 });

    reference.advanceTime(61_000);
    const second = await mailedToken();
    reference.advanceTime(16 * 60_000);
    errors.push(await failure(webAuth.resetPassword({ password: 'Other-Passw0rd!', token: second.token })));
    expect(errors.at(-1)).toMatchObject({ code: 'PASSWORD_RESET_TOKEN_EXPIRED' });

    reference.reset();
    const third = await mailedToken();
    for (const code of ['DATABASE_FAILURE', 'HASH_FAILURE', 'PASSWORD_RESET_TOKEN_SECRET_FAILURE', 'IP_RATE_LIMIT_EXCEEDED', 'EMAIL_DISABLED']) {
      reference.failNext(code);
      errors.push(await failure(webAuth.resetPassword({ password: 'Other-Passw0rd!', token: third.token })));
      expect(errors.at(-1)!.code).toBe(code);
    }
    errors.push(await failure(webAuth.resetPassword({ password: 'weak', token: third.token }))); // refused before sending
    expect(errors.at(-1)).toMatchObject({ code: 'invalid_request' });
    errors.push(await failure(new WebAuth({ domain: ORIGIN, passwordPolicy: false }).resetPassword({ password: 'weak', token: third.token })));
    expect(errors.at(-1)).toMatchObject({ code: 'INVALID_REQUEST', statusCode: 400 });
    reference.deleteUser(USER.email);
    errors.push(await failure(webAuth.resetPassword({ password: 'Other-Passw0rd!', token: third.token })));
    expect(errors.at(-1)).toMatchObject({ code: 'USER_NOT_FOUND' });
    for (const t of [token, second.token, third.token]) expectNoLeak(t, ...errors);
    expect(new Set(sent.map((request) => new URL(request.url).origin))).toEqual(new Set([ORIGIN]));
  });

  it('network failures, timeouts and aborts never carry it', async () => {
    const { token } = await mailedToken();
    const errors: WebAuthError[] = [];
    server.use(http.post(RESET, () => HttpResponse.error()));
    errors.push(await failure(new WebAuth({ domain: ORIGIN }).resetPassword({ password: 'New-Passw0rd!', token })));
    server.use(http.post(RESET, () => delay('infinite')));
    errors.push(await failure(new WebAuth({ domain: ORIGIN, timeout: 50 }).resetPassword({ password: 'New-Passw0rd!', token })));
    const controller = new AbortController();
    const pending = new WebAuth({ domain: ORIGIN }).resetPassword({ password: 'New-Passw0rd!', token, signal: controller.signal });
    setTimeout(() => controller.abort(new Error(`aborted ${RESET}?token=${token}`)), 20);
    errors.push(await failure(pending));
    expect(errors.map((error) => error.code)).toEqual(['network_error', 'timeout', 'aborted']);
    expectNoLeak(token, ...errors);
  });
});

describe('a fetch whose errors name the URL (node-fetch, undici, proxies, instrumentation)', () => {
  const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyLTEifQ.SIGNATURE_secret-part';
  const attempt = (fetch: typeof globalThis.fetch, timeout?: number) =>
    failure<WebAuthError>(new WebAuth({ domain: ORIGIN, fetch, timeout }).resetPassword({ password: 'New-Passw0rd!', token: TOKEN }));
  const urlOf = (input: RequestInfo | URL) => (input instanceof Request ? input.url : String(input));

  it('in the message (node-fetch: "request to <url> failed"): redacted', async () => {
    const error = await attempt(async (input) => {
      throw Object.assign(new TypeError(`request to ${urlOf(input)} failed, reason: socket hang up`), { code: 'ECONNRESET' });
    });
    expect(error.code).toBe('network_error');
    expect(leaks(errorSurfaces(error), TOKEN)).toEqual([]);
    expect(String((error.original as Error).message)).toContain('[redacted]');
  });

  it('in the message of an error thrown after the deadline: timeout, redacted', async () => {
    const error = await attempt(
      (input, init) =>
        new Promise((_, reject) => {
          const signal = (input instanceof Request ? input.signal : init?.signal)!;
          signal.addEventListener('abort', () => reject(new DOMException(`The operation to ${urlOf(input)} was aborted`, 'TimeoutError')));
        }),
      50,
    );
    expect(error.code).toBe('timeout');
    expect(leaks(errorSurfaces(error), TOKEN)).toEqual([]);
  });

  it('a thrown string naming the URL is not kept either', async () => {
    const error = await attempt(async (input) => {
      throw `GET ${urlOf(input)} failed`; // eslint-disable-line no-throw-literal
    });
    expect(error.code).toBe('network_error');
    expect(leaks(errorSurfaces(error), TOKEN)).toEqual([]);
  });

  it('in the cause or a property of the error: not kept in original', async () => {
    const error = await attempt(async (input) => {
      throw Object.assign(new TypeError('fetch failed', { cause: new Error(`connect ECONNREFUSED for ${urlOf(input)}`) }), { url: urlOf(input) });
    });
    expect(error.code).toBe('network_error');
    expect(leaks(errorSurfaces(error), TOKEN)).toEqual([]);
  });
});

describe('a server or proxy that echoes the request URL', () => {
  const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyLTEifQ.ECHOED_secret-part';
  const attempt = () => failure<WebAuthError>(new WebAuth({ domain: ORIGIN }).resetPassword({ password: 'New-Passw0rd!', token: TOKEN }));

  it('an HTML error page with the URL (Akamai, IIS): the description, message and JSON stay token-free', async () => {
    server.use(http.post(RESET, ({ request }) => HttpResponse.html(`<html><body>Access Denied: ${request.url}</body></html>`, { status: 403 })));
    const error = await attempt();
    expect(error).toMatchObject({ code: 'request_failed', statusCode: 403 });
    expect(leaks([String(error), error.description, error.message, JSON.stringify(error)], TOKEN)).toEqual([]);
  });

  it('a plain-text or JSON error that quotes the URL: redacted in the description and original', async () => {
    for (const answer of [
      (url: string) => HttpResponse.text(`Forbidden: POST ${url}`, { status: 403 }),
      (url: string) => HttpResponse.json({ code: 'PASSWORD_RESET_TOKEN_INVALID', message: `Bad token in ${url}` }, { status: 401 }),
    ]) {
      server.use(http.post(RESET, ({ request }) => answer(request.url)));
      expect(leaks(errorSurfaces(await attempt()), TOKEN)).toEqual([]);
    }
  });
});

describe('parseResetToken({ clear: true }) leaves no copy', () => {
  const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyLTEifQ.CLEAR_secret+/=part';
  const E = encodeURIComponent(TOKEN);

  it.each([
    ['the query', `/reset-password?lang=de&token=${E}&x=1#top`, '/reset-password?lang=de&x=1#top'],
    ['the query, twice, with an encoded name', `/reset-password?token=${E}&%74oken=${E}`, '/reset-password'],
    ['hash parameters', `/reset-password#token=${E}&lang=de`, '/reset-password#lang=de'],
    ['hash parameters, alone', `/reset-password#token=${E}`, '/reset-password'],
    ['a hash route', `/app/#/reset-password?token=${E}&lang=de`, '/app/#/reset-password?lang=de'],
    ['a hash route, alone', `/app/#/reset-password?token=${E}`, '/app/#/reset-password'],
    ['query and hash route at once', `/app/?token=${E}#/reset-password?token=${E}`, '/app/#/reset-password'],
  ])('in %s', (_, before, after) => {
    for (const state of [null, { router: { route: '/reset-password', scroll: 42 } }]) {
      history.replaceState(state, '', before);
      const length = history.length;
      expect(parseResetToken({ clear: true })).toBe(TOKEN);
      expect(location.href).toBe(`http://localhost:3000${after}`);
      expect(leaks([location.href, location.search, location.hash, document.URL], TOKEN)).toEqual([]);
      expect(history.state).toEqual(state); // kept, and holding no copy
      expect(leaks(reachableStrings(history.state), TOKEN)).toEqual([]);
      expect(history.length).toBe(length);
      expect(parseResetToken()).toBeNull();
    }
  });

  it('with a custom parameter name, removes only that one', () => {
    history.replaceState(null, '', `/reset?token=keep&code=${E}`);
    expect(parseResetToken({ param: 'code', clear: true })).toBe(TOKEN);
    expect(location.href).toBe('http://localhost:3000/reset?token=keep');
  });
});

it('a token that is no JWT is cut out in the encoded forms a URL quotes it in too', async () => {
  const token = "a b+c/d!'()*~é";
  const forms = [token, new URLSearchParams({ token }).toString().slice(6), encodeURIComponent(token)];
  expect(new Set(forms).size).toBe(3);
  const fetch = (async (input: RequestInfo | URL) => {
    const url = input instanceof Request ? input.url : String(input);
    return Response.json({ code: 'PASSWORD_RESET_TOKEN_INVALID', message: `${url} ${forms.join(' ')}` }, { status: 401 });
  }) as typeof globalThis.fetch;
  const error = await failure<WebAuthError>(new WebAuth({ domain: 'tenant.example.com', fetch }).resetPassword({ password: 'S3cure!pass', token }));
  expect(error.code).toBe('PASSWORD_RESET_TOKEN_INVALID');
  const surfaces = JSON.stringify([error.description, error.message, error.toJSON(), error.original]);
  for (const form of forms) expect(surfaces).not.toContain(JSON.stringify(form).slice(1, -1));
  expect(error.description).toContain('[redacted]');
});

it('a token with a lone surrogate (no percent-encoded form) still fails as a WebAuthError', async () => {
  for (const token of ['abc\ud800def', 'x\udc00']) {
    const refused = (async () => Response.json({ code: 'PASSWORD_RESET_TOKEN_INVALID', message: 'bad token' }, { status: 401 })) as typeof globalThis.fetch;
    const down = (async () => {
      throw new TypeError('fetch failed');
    }) as typeof globalThis.fetch;
    for (const [fetch, code] of [[refused, 'PASSWORD_RESET_TOKEN_INVALID'], [down, 'network_error']] as const) {
      const error = await failure(new WebAuth({ domain: 'tenant.example.com', fetch }).resetPassword({ password: 'S3cure!pass', token }));
      expect(error).toBeInstanceOf(WebAuthError);
      expect(error).toMatchObject({ code });
    }
  }
});

it('a token the 500-character cut of a description would split is still cut out whole', async () => {
  const token = `eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1MSJ9.${'S'.repeat(43)}`;
  const body = { code: 'PASSWORD_RESET_TOKEN_INVALID', message: `${'x'.repeat(501 - token.length)}${token} is not valid` };
  const fetch = (async () => Response.json(body, { status: 401 })) as typeof globalThis.fetch;
  const error = await failure<WebAuthError>(new WebAuth({ domain: 'tenant.example.com', fetch }).resetPassword({ password: 'S3cure!pass', token }));
  expect(error.code).toBe('PASSWORD_RESET_TOKEN_INVALID');
  expect(JSON.stringify([error.description, error.message, error.toJSON(), error.original])).not.toContain(token.slice(0, 40));
});


describe('a token with any characters is cut out of every part of the error', () => {
  const TOKENS = [
    'quote"in-the"middle',
    'back\\slash\\\\twice',
    'new\nline\ttab\u0001\u001f\u007fdel',
    'ünïcödé-🔑-令牌-\u2028sep',
    '"\\\n\u0000all-at-once',
  ];
  const webAuth = (fetch: typeof globalThis.fetch, options: object = {}) => new WebAuth({ domain: 'tenant.example.com', fetch, ...options });
  const reset = (token: string, fetch: typeof globalThis.fetch, options: object = {}, signal?: AbortSignal) =>
    failure<WebAuthError>(webAuth(fetch, options).resetPassword({ password: 'S3cure!pass', token, signal }));
  const urlOf = (input: RequestInfo | URL) => (input instanceof Request ? input.url : String(input));

  it.each(TOKENS)('%j: in a JSON error body, its nested values, arrays and keys', async (token) => {
    const fetch = (async (input: RequestInfo | URL) =>
      Response.json(
        { code: 'PASSWORD_RESET_TOKEN_INVALID', message: `bad token ${token} in ${urlOf(input)}`, detail: { token, seen: [token, `x${token}x`], [token]: token } },
        { status: 401 },
      )) as typeof globalThis.fetch;
    const error = await reset(token, fetch);
    expect(error.code).toBe('PASSWORD_RESET_TOKEN_INVALID');
    expect(leaks(errorSurfaces(error), token)).toEqual([]);
    expect(error.description).toContain('[redacted]');
    expect(error.original).toMatchObject({ detail: { token: '[redacted]', seen: ['[redacted]', 'x[redacted]x'], '[redacted]': '[redacted]' } });
  });

  it.each(TOKENS)('%j: in a plain-text error body, and in a code', async (token) => {
    for (const answer of [() => new Response(`Forbidden: ${token}`, { status: 403 }), () => Response.json({ code: `E_${token}` }, { status: 400 })]) {
      const error = await reset(token, (async () => answer()) as typeof globalThis.fetch);
      expect(leaks(errorSurfaces(error), token)).toEqual([]);
    }
  });

  it.each(TOKENS)('%j: in what a fetch throws (message, cause, properties)', async (token) => {
    const fetch = (async (input: RequestInfo | URL) => {
      throw Object.assign(new TypeError(`request to ${urlOf(input)} failed: ${token}`, { cause: new Error(token) }), { token, url: urlOf(input) });
    }) as typeof globalThis.fetch;
    const error = await reset(token, fetch);
    expect(error.code).toBe('network_error');
    expect(leaks(errorSurfaces(error), token)).toEqual([]);
    expect((error.original as { message: string }).message).toContain('[redacted]');
  });

  it.each(TOKENS)('%j: in the reason of an abort during a request and during a retry wait', async (token) => {
    const hang = ((_: RequestInfo | URL, init?: RequestInit) =>
      new Promise((_resolve, reject) => (init?.signal ?? (_ as Request).signal)?.addEventListener('abort', () => reject(new Error(`aborted ${token}`))))) as typeof globalThis.fetch;
    const busy = (async () => Response.json({ code: 'IP_RATE_LIMIT_EXCEEDED' }, { status: 429, headers: { 'Retry-After': '30' } })) as typeof globalThis.fetch;
    for (const [fetch, options] of [[hang, {}], [busy, { retry: 1, maxRetryWait: 60_000 }]] as const) {
      for (const reason of [new Error(`stopped for ${token}`), `stopped for ${token}`, { token }]) {
        const controller = new AbortController();
        const pending = reset(token, fetch, options, controller.signal);
        setTimeout(() => controller.abort(reason), 20);
        const error = await pending;
        expect(error.code).toBe('aborted');
        expect(leaks(errorSurfaces(error), token)).toEqual([]);
      }
    }
  });
});
