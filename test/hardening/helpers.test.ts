/**
 * The pure helpers under hostile input, property-based: `checkPassword`, `inspectResetToken`,
 * `parseRateLimit` (all documented "never throws") and `parseResetToken`.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_PASSWORD_POLICY, checkPassword, inspectResetToken, parseRateLimit, parseResetToken } from '../../src/index';
import { hostile } from './support';

const RULES = ['minLength', 'uppercase', 'lowercase', 'digit', 'special'];
const policy = fc.record({
  minLength: fc.integer({ min: 1, max: 64 }),
  uppercase: fc.boolean(),
  lowercase: fc.boolean(),
  digit: fc.boolean(),
  special: fc.boolean(),
});

describe('checkPassword', () => {
  it('never throws for any password, under any valid policy; failed is ordered and matches valid', () => {
    fc.assert(
      fc.property(fc.oneof(hostile, fc.string({ unit: 'binary' })), fc.option(policy, { nil: undefined }), (password, rules) => {
        const { valid, failed } = checkPassword(password as string, rules);
        expect(valid).toBe(failed.length === 0);
        expect(failed).toEqual(RULES.filter((rule) => failed.includes(rule as never)));
        if (typeof password !== 'string') expect(failed).toContain('minLength');
      }),
      { numRuns: 300, seed: 31 },
    );
  });

  it('counts code points, and only ASCII classes', () => {
    expect(checkPassword('Ä1!ääääääää').failed).toEqual(['uppercase', 'lowercase']);
    expect(checkPassword('Aa1!😀😀😀😀').valid).toBe(true);
    expect(checkPassword('Aa1!😀😀😀', { ...DEFAULT_PASSWORD_POLICY }).failed).toEqual(['minLength']);
  });

  it('never throws for any policy value either (JSDoc: "Never throws")', () => {
    fc.assert(
      fc.property(fc.string(), hostile, (password, rules) => {
        expect(() => checkPassword(password, rules as never)).not.toThrow();
      }),
      { numRuns: 200, seed: 37 },
    );
  });
});

describe('inspectResetToken', () => {
  const b64 = (value: unknown) => btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  const jwtLike = fc.oneof(
    fc.anything().map((payload) => `${b64({ alg: 'HS256' })}.${b64(payload)}.sig`),
    fc.double().map((exp) => `h.${b64({ exp })}.s`),
    fc.string().map((text) => `h.${text}.s`),
  );

  it('never throws for any token and any `now`; the answer is always well-formed', () => {
    fc.assert(
      fc.property(fc.oneof(hostile, jwtLike, fc.string({ unit: 'binary' })), fc.oneof(fc.constant(undefined), fc.date(), hostile), (token, now) => {
        const info = inspectResetToken(token as string, now as Date);
        expect(Object.keys(info).sort()).toEqual(['expired', 'expiresAt', 'malformed']);
        expect(typeof info.expired).toBe('boolean');
        expect(info.malformed).toBe(info.expiresAt === null);
        if (info.expiresAt === null) expect(info.expired).toBe(false);
        else expect(info.expiresAt).toBeInstanceOf(Date);
      }),
      { numRuns: 500, seed: 41 },
    );
  });

  it('a token whose exp overflows a Date is not a readable expiry', () => {
    // exp = 1e300 or -8.64e12 - 1 seconds: `new Date(exp * 1000)` is an Invalid Date, which must not come back.
    for (const exp of [1e300, -8_640_000_000_001]) {
      expect(inspectResetToken(`h.${b64({ exp })}.s`)).toEqual({ expiresAt: null, expired: false, malformed: true });
    }
  });
});

describe('parseRateLimit', () => {
  const NAMES = ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'ratelimit-limit', 'ratelimit-remaining',
    'ratelimit-reset', 'ratelimit', 'ratelimit-policy', 'retry-after'];
  /** Header values a server could send: numbers of every kind, dates, structured fields, garbage (no CR/LF/NUL). */
  const value = fc.oneof(
    fc.double().map(String),
    fc.integer().map(String),
    fc.bigInt().map(String),
    fc.date({ noInvalidDate: true }).map((date) => date.toUTCString()),
    fc.constantFrom('', ' ', '-1', '1e400', '0x10', 'Infinity', 'NaN', 'limit=, remaining=', 'r=5;t=', 'q=1, r=x', 'tomorrow', '1e300'),
    fc.string({ unit: 'grapheme-ascii' }).map((text) => text.replace(/[\r\n\0]/g, '')),
    fc.tuple(fc.nat(), fc.nat(), fc.nat()).map(([l, r, t]) => `limit=${l}, remaining=${r}, reset=${t}`),
  );
  const headers = fc.dictionary(fc.constantFrom(...NAMES), value, { maxKeys: 9 });

  it('never throws for any header values; numbers are finite and not negative', () => {
    fc.assert(
      fc.property(headers, fc.option(fc.date({ noInvalidDate: true }), { nil: undefined }), (init, now) => {
        const rateLimit = parseRateLimit(new Headers(init), now);
        if (rateLimit === null) return;
        for (const key of ['limit', 'remaining'] as const) {
          expect(Number.isFinite(rateLimit[key]) && rateLimit[key] >= 0).toBe(true);
        }
        expect(rateLimit.reset).toBeInstanceOf(Date);
        if (rateLimit.retryAfter !== undefined) expect(Number.isInteger(rateLimit.retryAfter) && rateLimit.retryAfter >= 0).toBe(true);
      }),
      { numRuns: 800, seed: 43 },
    );
  });

  it('reset is always a valid Date', () => {
    const numeric = fc.oneof(fc.double({ min: 0, noNaN: true }), fc.constantFrom(1e300, 9e15)).map(String);
    const form = fc.constantFrom(
      (l: string, r: string, t: string) => ({ 'x-ratelimit-limit': l, 'x-ratelimit-remaining': r, 'x-ratelimit-reset': t }),
      (l: string, r: string, t: string) => ({ 'ratelimit-limit': l, 'ratelimit-remaining': r, 'ratelimit-reset': t }),
      (l: string, r: string, t: string) => ({ ratelimit: `limit=${l}, remaining=${r}, reset=${t}` }),
    );
    fc.assert(
      fc.property(form, fc.nat().map(String), fc.nat().map(String), numeric, (make, l, r, t) => {
        const rateLimit = parseRateLimit(new Headers(make(l, r, t)));
        expect(Number.isNaN(rateLimit!.reset.getTime())).toBe(false);
      }),
      { numRuns: 300, seed: 47 },
    );
  });

  it('never throws for arguments that are not Headers (JSDoc: "Never throws")', () => {
    fc.assert(
      fc.property(hostile, hostile, (init, now) => {
        expect(() => parseRateLimit(init as Headers, now as Date)).not.toThrow();
      }),
      { numRuns: 200, seed: 53 },
    );
  });
});

describe('parseResetToken', () => {
  afterEach(() => history.replaceState(null, '', '/'));

  const url = fc.tuple(
    fc.webPath(),
    fc.option(fc.webQueryParameters(), { nil: undefined }),
    fc.option(fc.webFragments(), { nil: undefined }),
  ).map(([path, query, hash]) => `https://app.example.com${path || '/'}${query === undefined ? '' : `?${query}`}${hash === undefined ? '' : `#${hash}`}`);

  it('never throws for any string or URL source and any parameter name; a token found is a non-empty string', () => {
    fc.assert(
      fc.property(fc.oneof(url, fc.string({ unit: 'binary' })), fc.option(fc.string(), { nil: undefined }), (from, param) => {
        const token = parseResetToken(from, { param });
        expect(token === null || (typeof token === 'string' && token.length > 0)).toBe(true);
        const asUrl = URL.canParse(from) ? parseResetToken(new URL(from), { param }) : token;
        expect(asUrl).toBe(token);
      }),
      { numRuns: 500, seed: 59 },
    );
  });

  it('finds a token placed in the query, the hash parameters or a hash route, and nothing else', () => {
    const token = fc.string({ minLength: 1, maxLength: 40, unit: 'binary' });
    fc.assert(
      fc.property(token, fc.constantFrom('query', 'hash', 'route'), (secret, where) => {
        const encoded = encodeURIComponent(secret);
        const href = {
          query: `https://app.example.com/reset-password?a=1&token=${encoded}#x`,
          hash: `https://app.example.com/reset-password#a=1&token=${encoded}`,
          route: `https://app.example.com/#/reset-password?a=1&token=${encoded}`,
        }[where];
        expect(parseResetToken(href)).toBe(secret);
        expect(parseResetToken(href, { param: 'tok' })).toBeNull();
      }),
      { numRuns: 300, seed: 61 },
    );
  });

  it('never throws for hostile sources or options', () => {
    fc.assert(
      fc.property(hostile, hostile, (from, options) => {
        const token = parseResetToken(from as string, options as never);
        expect(token === null || typeof token === 'string').toBe(true);
      }),
      { numRuns: 300, seed: 67 },
    );
  });
});
