/**
 * Hostile arguments, property-based: whatever a caller passes, in any position, a method never
 * throws synchronously, calls a callback exactly once and never synchronously, sends nothing for
 * invalid input, and lets no key other than the documented ones reach the wire.
 */
import fc from 'fast-check';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { WebAuth, WebAuthError } from '../../src/index';
import { ORIGIN, useNetwork } from '../support/network';
import { INTERNATIONAL_EMAILS, hostile, invisibleEmails, prototypeKeys, revokedProxy, settle, throwingGetter, trapProxy } from './support';

const SENTENCE = "We've just sent you an email to reset your password.";
const { sent } = useNetwork(
  http.post(`${ORIGIN}/dbconnections/change_password`, () => HttpResponse.text(SENTENCE)),
  http.post(`${ORIGIN}/api/auth/password/reset-request`, () => HttpResponse.json({ cooldown: 60 })),
  http.get(`${ORIGIN}/api/auth/password/reset/cooldown`, () => HttpResponse.json({ remaining: 0 })),
  http.post(`${ORIGIN}/api/auth/password/reset`, () => HttpResponse.json({ success: true })),
);

type Method = 'changePassword' | 'requestReset' | 'getResetCooldown' | 'resetPassword';

/** Each method: valid arguments, which fields are strings (required or optional), what the wire carries. */
const METHODS: Record<
  Method,
  { valid: Record<string, string>; required: string[]; optional: string[]; body: string[]; query: string[]; path: string }
> = {
  changePassword: {
    valid: { connection: 'Username-Password-Authentication', email: 'ada@example.com', password: 'S3cure!pass' },
    required: ['connection', 'email'],
    optional: ['password'],
    body: ['client_id', 'connection', 'email', 'password'],
    query: [],
    path: '/dbconnections/change_password',
  },
  requestReset: {
    valid: { email: 'ada@example.com', locale: 'de' },
    required: ['email'],
    optional: ['locale'],
    body: ['email'],
    query: ['locale'],
    path: '/api/auth/password/reset-request',
  },
  getResetCooldown: {
    valid: { email: 'ada@example.com' },
    required: ['email'],
    optional: [],
    body: [],
    query: ['email'],
    path: '/api/auth/password/reset/cooldown',
  },
  resetPassword: {
    valid: { password: 'S3cure!pass', token: 'header.payload.signature', locale: 'pt-BR' },
    required: ['password'],
    optional: ['token', 'locale'],
    body: ['newPassword'],
    query: ['token', 'locale'],
    path: '/api/auth/password/reset',
  },
};
const NAMES = Object.keys(METHODS) as Method[];
const DOCUMENTED = new Set(['connection', 'email', 'password', 'token', 'locale', 'signal', 'headers']);
const OPTION_KEYS = ['domain', 'clientID', 'locale', 'timeout', 'retry', 'maxRetryWait', 'fetch', 'headers', 'tokenParam', 'passwordPolicy', 'breachCheck'];

const webAuth = new WebAuth({ domain: ORIGIN, clientID: 'demo-client' });
const invoke = (target: WebAuth, method: Method, ...args: unknown[]) =>
  (target[method] as (...a: unknown[]) => Promise<unknown> | undefined)(...args);

/**
 * Calls `method` the way a caller would and checks the calling convention: no synchronous throw,
 * a callback called exactly once and never synchronously (else a Promise). Resolves with the
 * outcome and how many requests left the SDK.
 */
async function call(target: WebAuth, method: Method, args: unknown[], withCallback: boolean) {
  const before = sent.length;
  const calls: unknown[][] = [];
  let returned: unknown;
  let firstCall: Promise<unknown[]> | undefined;
  if (withCallback) {
    firstCall = new Promise((resolve) => {
      const callback = (...callbackArgs: unknown[]) => {
        calls.push(callbackArgs);
        resolve(callbackArgs);
      };
      returned = invoke(target, method, ...args, callback);
    });
  } else {
    returned = invoke(target, method, ...args);
  }
  expect(calls).toHaveLength(0); // never synchronously
  let outcome: { ok: true; value: unknown } | { ok: false; error: unknown };
  if (withCallback) {
    expect(returned).toBeUndefined();
    const [error, result] = (await firstCall)!;
    outcome = error === null ? { ok: true, value: result } : { ok: false, error };
    await settle(5);
    expect(calls).toHaveLength(1); // exactly once
  } else {
    expect(returned).toBeInstanceOf(Promise);
    outcome = await (returned as Promise<unknown>).then(
      (value) => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error }),
    );
  }
  if (!outcome.ok) expect(outcome.error).toBeInstanceOf(WebAuthError);
  return { outcome, requests: sent.slice(before) };
}

/** The query keys and the JSON body keys of a request that left the SDK. */
async function wireKeys(request: Request) {
  const url = new URL(request.url);
  const text = request.method === 'GET' ? '' : await request.clone().text();
  return {
    origin: url.origin,
    path: url.pathname,
    query: [...url.searchParams.keys()].sort(),
    body: text ? Object.keys(JSON.parse(text) as object).sort() : [],
    headers: [...request.headers.keys()].sort(),
  };
}

const method = fc.constantFrom(...NAMES);
const withCallback = fc.boolean();

describe('every method, hostile arguments', () => {
  it('whole-argument hostility: a non-throwing, once-only, nothing-sent invalid_request', async () => {
    await fc.assert(
      fc.asyncProperty(method, hostile, withCallback, async (name, options, cb) => {
        const { outcome, requests } = await call(webAuth, name, [options], cb);
        // No value here is a valid options object for any method: each must fail before sending.
        expect(outcome.ok).toBe(false);
        expect((outcome as { error: WebAuthError }).error.code).toBe('invalid_request');
        expect(requests).toHaveLength(0);
      }),
      { numRuns: 150, seed: 7 },
    );
  });

  it('one hostile field among valid ones: non-strings never send, strings reach the wire unchanged', async () => {
    const field = fc.constantFrom(...NAMES).chain((name) =>
      fc.tuple(fc.constant(name), fc.constantFrom(...METHODS[name].required, ...METHODS[name].optional, 'signal')),
    );
    await fc.assert(
      fc.asyncProperty(field, hostile, withCallback, async ([name, key], value, cb) => {
        const args: Record<string, unknown> = { ...METHODS[name].valid, [key]: value };
        const { outcome, requests } = await call(webAuth, name, [args], cb);
        const optional = METHODS[name].optional.includes(key) || key === 'signal';
        if (value === undefined && optional) {
          expect(outcome.ok).toBe(true);
          return;
        }
        if (typeof value !== 'string') {
          // A wrong type is always an invalid argument, and nothing goes out.
          expect(outcome.ok).toBe(false);
          expect((outcome as { error: WebAuthError }).error.code).toBe('invalid_request');
          expect(requests).toHaveLength(0);
          return;
        }
        if (!outcome.ok) {
          expect((outcome.error as WebAuthError).code).toBe('invalid_request');
          expect(requests).toHaveLength(0);
          return;
        }
        // Accepted: exactly one request, carrying the string byte for byte.
        expect(requests).toHaveLength(1);
        const request = requests[0]!;
        const url = new URL(request.url);
        const body = request.method === 'POST' ? (JSON.parse(await request.clone().text()) as Record<string, string>) : {};
        const wireName = name === 'resetPassword' && key === 'password' ? 'newPassword' : key;
        const carried = METHODS[name].body.includes(wireName) ? body[wireName] : url.searchParams.get(wireName);
        if (value === '' && optional) expect(carried ?? '').toBe('');
        else expect(carried).toBe(value);
      }),
      { numRuns: 200, seed: 11 },
    );
  });

  it('hostile callbacks and extra positional arguments never throw synchronously', async () => {
    await fc.assert(
      fc.asyncProperty(method, hostile, hostile, async (name, second, third) => {
        if (typeof second === 'function') return; // a real callback: covered above
        let returned: unknown;
        expect(() => {
          returned = invoke(webAuth, name, METHODS[name].valid, second, third);
        }).not.toThrow();
        // Not a function in the callback position: the promise form.
        expect(returned).toBeInstanceOf(Promise);
        await (returned as Promise<unknown>).catch(() => {});
      }),
      { numRuns: 60, seed: 13 },
    );
  });

  it.each(NAMES)('%s with a callback in place of the options: one asynchronous invalid_request', async (name) => {
    const { outcome, requests } = await call(webAuth, name, [], true);
    expect(outcome).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(requests).toHaveLength(0);
  });

  it.each(NAMES)('%s reads a getter that throws, a trapping proxy and a revoked proxy as invalid_request', async (name) => {
    const values = [throwingGetter(METHODS[name].required[0]!, METHODS[name].valid), trapProxy(), revokedProxy()];
    for (const value of values) {
      for (const cb of [false, true]) {
        const { outcome, requests } = await call(webAuth, name, [value], cb);
        expect(outcome).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
        expect(requests).toHaveLength(0);
      }
    }
  });
});

describe('only documented keys reach the wire', () => {
  // Keys a careless implementation might forward or spread: body/query/header names of both APIs.
  const tempting = fc.constantFrom(
    '__proto__', 'constructor', 'prototype', 'client_id', 'newPassword', 'json', 'body', 'query', 'searchParams',
    'headers', 'method', 'path', 'prefixUrl', 'hooks', 'secret', 'domain', 'clientID', 'fetch', 'redirect', 'credentials',
  );
  const extrasBut = (documented: ReadonlySet<string>) =>
    fc.uniqueArray(
      fc.tuple(
        fc.oneof(tempting, fc.string({ minLength: 1, maxLength: 12 })).filter((key) => !documented.has(key)),
        fc.oneof(fc.string(), fc.constant('https://evil.example'), hostile),
      ),
      { maxLength: 6, selector: ([key]) => key },
    );
  const extras = extrasBut(DOCUMENTED);
  /** Own keys, `__proto__` included, defined rather than assigned. */
  const withExtras = (base: object, pairs: [string, unknown][]) => {
    const target: Record<string, unknown> = { ...base };
    for (const [key, value] of pairs) Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
    return target;
  };

  it('method options with arbitrary extra keys: the exact body, query and header sets', async () => {
    const baseline = new Map<Method, Awaited<ReturnType<typeof wireKeys>>>();
    for (const name of NAMES) {
      const { requests } = await call(webAuth, name, [METHODS[name].valid], false);
      baseline.set(name, await wireKeys(requests[0]!));
    }
    // The baseline itself is what PROTOCOL.md fixes.
    for (const name of NAMES) {
      const { body, query, path, origin } = baseline.get(name)!;
      expect({ body, query, path, origin }).toEqual({
        body: [...METHODS[name].body].sort(),
        query: [...METHODS[name].query].sort(),
        path: METHODS[name].path,
        origin: ORIGIN,
      });
    }
    await fc.assert(
      fc.asyncProperty(method, extras, withCallback, async (name, pairs, cb) => {
        const { outcome, requests } = await call(webAuth, name, [withExtras(METHODS[name].valid, pairs)], cb);
        expect(outcome.ok).toBe(true);
        expect(requests).toHaveLength(1);
        expect(await wireKeys(requests[0]!)).toEqual(baseline.get(name));
      }),
      { numRuns: 120, seed: 17 },
    );
  });

  it('constructor options with arbitrary extra keys change nothing on the wire', async () => {
    const plain = new Map<Method, Awaited<ReturnType<typeof wireKeys>>>();
    for (const name of NAMES) {
      const { requests } = await call(webAuth, name, [METHODS[name].valid], false);
      plain.set(name, await wireKeys(requests[0]!));
    }
    await fc.assert(
      fc.asyncProperty(method, extrasBut(new Set(OPTION_KEYS)), async (name, pairs) => {
        const target = new WebAuth(withExtras({ domain: ORIGIN, clientID: 'demo-client' }, pairs) as never);
        const { outcome, requests } = await call(target, name, [METHODS[name].valid], false);
        expect(outcome.ok).toBe(true);
        expect(requests).toHaveLength(1);
        expect(await wireKeys(requests[0]!)).toEqual(plain.get(name));
      }),
      { numRuns: 80, seed: 19 },
    );
  });
});

describe('new WebAuth(options): only WebAuthError invalid_configuration', () => {

  /** Constructs, or returns what was thrown. */
  const construct = (options: unknown): { ok: true } | { ok: false; thrown: unknown } => {
    try {
      expect(new WebAuth(options as never)).toBeInstanceOf(WebAuth);
      return { ok: true };
    } catch (thrown) {
      return { ok: false, thrown };
    }
  };

  it('any value as the options', () => {
    fc.assert(
      fc.property(hostile, (options) => {
        const result = construct(options);
        // None of these has a usable `domain` string.
        expect(result.ok).toBe(false);
        const { thrown } = result as { thrown: WebAuthError };
        expect(thrown).toBeInstanceOf(WebAuthError);
        expect(thrown.code).toBe('invalid_configuration');
      }),
      { numRuns: 300, seed: 23 },
    );
  });

  it('any value in any option, beside a valid domain', () => {
    fc.assert(
      fc.property(fc.constantFrom(...OPTION_KEYS), hostile, (key, value) => {
        const result = construct(Object.defineProperty({ domain: ORIGIN }, key, { value, enumerable: true, writable: true }));
        if (!result.ok) {
          expect(result.thrown).toBeInstanceOf(WebAuthError);
          expect((result.thrown as WebAuthError).code).toBe('invalid_configuration');
        } else if (value !== undefined) {
          // What is accepted has the documented type.
          const types: Record<string, string> = { clientID: 'string', locale: 'string', timeout: 'number', retry: 'number',
            maxRetryWait: 'number', fetch: 'function', headers: 'object', tokenParam: 'string', passwordPolicy: 'object', domain: 'string', breachCheck: 'object' };
          expect(value === false || (key === 'breachCheck' && value === true) ? 'object' : typeof value).toBe(types[key]);
        }
      }),
      { numRuns: 400, seed: 29 },
    );
  });

  it('getters that throw, proxies and prototype keys in the options', () => {
    const cases = [
      throwingGetter('domain'),
      throwingGetter('headers', { domain: ORIGIN }),
      { domain: ORIGIN, headers: trapProxy() },
      { domain: ORIGIN, headers: revokedProxy() },
      { domain: ORIGIN, passwordPolicy: trapProxy() },
      { domain: ORIGIN, headers: { get 'X-A'() { throw new Error('hostile'); } } },
      { domain: { toString: () => ORIGIN } },
      trapProxy(),
      revokedProxy(),
      prototypeKeys({ domain: ORIGIN }),
    ];
    for (const options of cases) {
      const result = construct(options);
      expect(result.ok).toBe(false);
      expect((result as { thrown: WebAuthError }).thrown).toMatchObject({ name: 'WebAuthError', code: 'invalid_configuration' });
    }
  });
});

describe('an email with a control or invisible character', () => {
  const EMAIL_METHODS = NAMES.filter((name) => METHODS[name].required.includes('email'));

  it.each(invisibleEmails())('%s: invalid_request on the email field, nothing sent', async (_, email) => {
    for (const name of EMAIL_METHODS) {
      const { outcome, requests } = await call(webAuth, name, [{ ...METHODS[name].valid, email }], false);
      expect(outcome).toMatchObject({ ok: false, error: { code: 'invalid_request', fields: [{ path: 'email' }] } });
      expect(requests).toHaveLength(0);
    }
  });

  it('international addresses are still sent as they are', async () => {
    for (const email of INTERNATIONAL_EMAILS) {
      for (const name of EMAIL_METHODS) {
        const { outcome, requests } = await call(webAuth, name, [{ ...METHODS[name].valid, email }], false);
        expect(outcome.ok).toBe(true);
        expect(requests).toHaveLength(1);
      }
    }
  });
});
