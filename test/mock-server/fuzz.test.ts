// @vitest-environment node
/**
 * 10,000 seeded random requests against the reference server's `handle()`: methods, paths (the
 * real ones, with garbage), headers, query strings and bodies (bad JSON, deep nesting, up to 1 MB,
 * wrong types, bytes that are not UTF-8, streams that fail). Nothing escapes, nothing answers 5xx
 * unless `failNext` asked for it, and the state stays consistent: passwords change only through a
 * live token, the outbox only grows, and only with well-formed emails.
 *
 * A failure prints the seed and the request number; FUZZ_SEED=<seed> replays it.
 */
import { describe, expect, it } from 'vitest';
import { createReferenceServer } from '../../mock-server/index';
import type { SentEmail } from '../../mock-server/index';

const SEED = Number(process.env.FUZZ_SEED ?? 0x5eed_2026);
const COUNT = 10_000;
const BASE = 'https://auth.example.com';
const APP_URL = 'http://127.0.0.1:3000/reset-password';
const LIMIT = 30;
const USERS = [
  { email: 'demo@example.com', password: 'Demo-Passw0rd!' },
  { email: 'Ada.Lovelace@Example.com', password: 'Analytical-1843!' },
  { email: 'grace@example.org', password: 'C0bol+Compiler' },
];
const PATHS = ['/dbconnections/change_password', '/api/auth/password/reset-request', '/api/auth/password/reset/cooldown', '/api/auth/password/reset'];
const ROUTES = new Set(['POST /dbconnections/change_password', 'POST /api/auth/password/reset-request', 'GET /api/auth/password/reset/cooldown', 'HEAD /api/auth/password/reset/cooldown', 'POST /api/auth/password/reset']);
const FORCED = ['DATABASE_FAILURE', 'HASH_FAILURE', 'EMAIL_SEND_FAILURE', 'EMAIL_DISABLED', 'html', 'text'];
const KINDS = new Set(['reset', 'no-account', 'password-changed', 'change-password']);
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** mulberry32 and a few helpers on it. */
function prng(seed: number) {
  let state = seed | 0;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const chance = (p: number) => next() < p;
  const ascii = (max: number) => Array.from({ length: int(max + 1) }, () => String.fromCharCode(32 + int(95))).join('');
  const unicode = (max: number) =>
    Array.from({ length: int(max + 1) }, () => String.fromCodePoint(pick([int(0x80), 0x80 + int(0x780), 0x4e00 + int(0x5000), 0x1f600 + int(0x50), 0xd800 + int(0x800)]))).join('');
  return { next, int, pick, chance, ascii, unicode };
}

/** encodeURIComponent, or the raw text when it holds a lone surrogate. */
const encode = (value: unknown) => {
  try {
    return encodeURIComponent(String(value));
  } catch {
    return String(value);
  }
};

describe('reference server fuzz', () => {
  it(`${COUNT} random requests: no exception, no unasked 5xx, consistent state (seed ${SEED})`, async () => {
    const r = prng(SEED);
    const server = createReferenceServer({ users: USERS, rateLimit: LIMIT, appUrl: APP_URL, clients: ['demo-client', 'other'] });
    const passwords = new Map(USERS.map((user) => [user.email.toLowerCase(), user.password]));
    /** Tokens mailed and not yet spent, with their user. */
    const live = new Map<string, string>();
    const spent: string[] = [];
    const forced: string[] = [];
    const seenOutbox: string[] = [];
    const stats: Record<string, number> = {};

    const tokenish = () =>
      r.pick<() => string>([
        () => r.pick([...live.keys(), ...spent, 'x']),
        () => {
          const token = r.pick([...live.keys(), ...spent, 'a.b.c']);
          const i = r.int(token.length);
          return token.slice(0, i) + r.pick(['A', '_', '-', '.', '']) + token.slice(i + 1); // tampered
        },
        () => 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ1c2VyLTEiLCJleHAiOjk5OTk5OTk5OTksInZlciI6IngifQ.', // alg none
        () => r.ascii(40),
        () => r.unicode(10),
        () => '.'.repeat(r.int(5)),
      ])();
    const emailish = () =>
      r.pick<() => unknown>([
        () => r.pick(USERS).email,
        () => r.pick(USERS).email.toUpperCase(),
        () => ` ${r.pick(USERS).email}`,
        () => `user${r.int(50)}@example.com`,
        () => `${r.ascii(10)}@${r.ascii(6)}.${r.ascii(3)}`,
        () => r.unicode(12),
        () => `${'a'.repeat(250)}@example.com`,
        () => r.int(100),
        () => null,
        () => [r.pick(USERS).email],
        () => ({ toString: r.pick(USERS).email }),
      ])();
    const passwordish = () =>
      r.pick<() => unknown>([
        () => `Fuzz-Passw0rd!${r.int(1000)}`,
        () => `${r.ascii(12)}Aa1!`,
        () => r.ascii(12),
        () => r.unicode(12),
        () => 'short',
        () => 12345678,
        () => null,
        () => ['Aa1!aaaa'],
      ])();
    const jsonBody = () => {
      const fields: Record<string, unknown> = {};
      if (r.chance(0.8)) fields.email = emailish();
      if (r.chance(0.5)) fields.newPassword = passwordish();
      if (r.chance(0.5)) fields.client_id = r.pick<unknown>(['demo-client', 'other', 'nope', '', 7, null]);
      if (r.chance(0.5)) fields.connection = r.pick<unknown>(['Username-Password-Authentication', 'Other', '', null, {}]);
      if (r.chance(0.3)) fields.password = passwordish();
      if (r.chance(0.1)) fields[r.ascii(8)] = r.unicode(8);
      let text = JSON.stringify(fields);
      if (r.chance(0.1)) text = text.replace('{', '{"__proto__":{"email":"demo@example.com","isAdmin":true},"constructor":{"prototype":{"x":1}},');
      return text;
    };
    const bodyOf = (): BodyInit | null | undefined =>
      r.chance(0.015)
        ? `{"email":"${r.pick(USERS).email}","pad":"${'x'.repeat(r.int(1_000_000))}"}` // up to 1 MB
        : r.pick<() => BodyInit | null | undefined>([
        jsonBody,
        jsonBody,
        jsonBody,
        () => undefined,
        () => '',
        () => jsonBody().slice(0, r.int(30)), // truncated JSON
        () => '['.repeat(r.int(6000)) + ']'.repeat(r.int(6000)), // deep nesting
        () => `{"email":${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}}`,
        () => r.pick(['null', 'true', '"x"', '[]', '42', '{}']),
        () => new Uint8Array(Array.from({ length: r.int(64) }, () => r.int(256))), // not UTF-8
        () => new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"email":"demo@example.com"}')]), // BOM
        () => r.unicode(40),
        () => new URLSearchParams({ email: r.pick(USERS).email }),
        () =>
          new ReadableStream({
            start(controller) {
              controller.enqueue(new TextEncoder().encode('{"email":'));
              controller.error(new Error('client went away'));
            },
          }),
      ])();
    const queryOf = (path: string) => {
      const parts: string[] = [];
      const add = (name: string, value: unknown) => {
        const text = typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
        parts.push(`${name}=${r.chance(0.8) ? encode(text) : text}`);
      };
      if (path.endsWith('/cooldown') || r.chance(0.1)) add('email', emailish());
      if (path.endsWith('/reset') || r.chance(0.1)) {
        add('token', tokenish());
        if (r.chance(0.1)) add('token', tokenish());
      }
      if (r.chance(0.3)) add('locale', r.pick(['de', 'DE-at', 'en', 'xx', '', r.ascii(20), r.unicode(5)]));
      if (r.chance(0.1)) parts.push(r.pick(['%', '%zz', '&&&', '=', 'a=%E0%A4%A', `${r.ascii(10)}`]));
      return parts.length ? `?${parts.join('&')}` : '';
    };
    const pathOf = () =>
      r.chance(0.8)
        ? r.pick(PATHS)
        : r.pick<() => string>([
            () => `${r.pick(PATHS)}/`,
            () => r.pick(PATHS).toUpperCase(),
            () => `/${r.pick(PATHS)}`,
            () => `/${r.pick(PATHS).slice(1).replace(/\//g, '%2F')}`,
            () => `${r.pick(PATHS)}/../reset`,
            () => `/${encode(r.unicode(8))}`,
            () => `/${r.ascii(20).replace(/[#?]/g, '')}`,
            () => '/',
          ])();
    const headersOf = () => {
      const headers: Record<string, string> = {};
      if (r.chance(0.7)) headers['Content-Type'] = r.chance(0.6) ? 'application/json' : r.pick(['Application/JSON; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1', 'multipart/form-data; boundary=x', '']);
      if (r.chance(0.5)) headers['X-Forwarded-For'] = r.pick([`198.51.100.${r.int(8)}`, `${r.ascii(10)}, 10.0.0.1`, ' , ', '']);
      if (r.chance(0.2)) headers.Origin = r.pick(['https://app.example.com', 'null', r.ascii(10)]);
      if (r.chance(0.1)) headers['Accept-Language'] = r.pick(['de-DE,de;q=0.9', r.ascii(30)]);
      if (r.chance(0.1)) headers['Access-Control-Request-Headers'] = r.ascii(60);
      if (r.chance(0.05)) headers['Content-Length'] = String(r.pick([0, 5, 99_999_999, -1]));
      return headers;
    };

    for (let n = 0; n < COUNT; n++) {
      const where = `request #${n} (seed ${SEED})`;
      if (r.chance(0.02)) {
        const code = r.pick(FORCED);
        server.failNext(code);
        forced.push(code);
      }
      if (r.chance(0.03)) server.advanceTime(r.int(120_000));

      const path = pathOf();
      const method = r.chance(0.85)
        ? path.endsWith('/cooldown') ? 'GET' : 'POST'
        : r.pick(['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS', 'get', 'post', 'PROPFIND']);
      let request: Request;
      let bodyText: string | undefined;
      try {
        let body = method.toUpperCase() === 'GET' || method.toUpperCase() === 'HEAD' ? undefined : bodyOf();
        let query = queryOf(path);
        // One request in six is a well-formed step of a real flow, so that state actually changes.
        const headers = headersOf();
        if (r.chance(1 / 6) && method === 'POST') {
          headers['Content-Type'] = 'application/json';
          const user = r.pick(USERS).email;
          if (path === PATHS[1]) body = JSON.stringify({ email: user });
          if (path === PATHS[0]) body = JSON.stringify({ client_id: 'demo-client', email: user, connection: 'Username-Password-Authentication' });
          if (path === PATHS[3]) {
            body = JSON.stringify({ newPassword: `Fuzz-Passw0rd!${r.int(1000)}` });
            if (live.size) query = `?token=${r.pick([...live.keys()])}${r.chance(0.5) ? '&locale=de' : ''}`;
          }
        }
        if (typeof body === 'string') bodyText = body;
        request = new Request(`${BASE}${path}${query}`, { method, headers, body, duplex: 'half' } as RequestInit);
      } catch (error) {
        if (process.env.FUZZ_VERBOSE) stats[`unbuildable ${String(error).slice(0, 60)}`] = (stats[`unbuildable ${String(error).slice(0, 60)}`] ?? 0) + 1;
        stats.unbuildable = (stats.unbuildable ?? 0) + 1; // the test's own Request could not exist
        continue;
      }
      const url = new URL(request.url);
      const route = `${request.method} ${url.pathname}`;
      const sentToken = url.searchParams.get('token');
      const outboxBefore = server.outbox.length;

      let response: Response;
      try {
        response = await server.handle(request);
      } catch (error) {
        throw new Error(`${where}: handle() threw ${String(error)}`);
      }
      expect(response, where).toBeInstanceOf(Response);
      const text = await response.text();
      const status = response.status;
      stats[status] = (stats[status] ?? 0) + 1;

      // A 5xx only when asked for, in the order asked; and a queued failure is never skipped.
      let body: { code?: string; error?: string; success?: unknown } | undefined;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = undefined;
      }
      // (A HEAD answer has no body; on the cooldown route the only 429 is the rate limit.)
      const rateLimited = status === 429 && (request.method === 'HEAD' || body?.code === 'IP_RATE_LIMIT_EXCEEDED' || body?.error === 'too_many_requests');
      // Refused before the route runs (a foreign origin, an API B body that is not JSON): nothing spent.
      const refused = status === 415 || (status === 403 && body?.error === 'origin_not_allowed');
      if (status === 415) expect([request.method, url.pathname.startsWith('/api/')], where).toEqual(['POST', true]);
      if (ROUTES.has(route) && !rateLimited && !refused && forced.length) {
        const code = forced.shift()!;
        const type = response.headers.get('content-type') ?? '';
        if (code === 'html') expect([status, type.startsWith('text/html')], where).toEqual([502, true]);
        else if (code === 'text') expect([status, type.startsWith('text/plain')], where).toEqual([503, true]);
        else expect([status, request.method === 'HEAD' ? code : body?.code], where).toEqual([code === 'EMAIL_DISABLED' ? 503 : 500, code]);
        expect(server.outbox.length, `${where}: a forced failure sent an email`).toBe(outboxBefore);
        continue;
      }
      expect(status, `${where}: ${route} answered ${status} ${text.slice(0, 200)}`).toBeLessThan(500);

      // Every answer is JSON (a preflight is empty) with exact rate-limit headers.
      if (request.method === 'OPTIONS') {
        expect([204, 403], where).toContain(status);
      } else {
        if (request.method === 'HEAD') expect(text, where).toBe('');
        else expect(body, `${where}: not JSON: ${text.slice(0, 100)}`).not.toBeUndefined();
        if (request.method !== 'HEAD') expect(response.headers.get('content-type'), where).toBe('application/json');
        expect(response.headers.get('x-ratelimit-limit'), where).toBe(String(LIMIT));
        const remaining = Number(response.headers.get('x-ratelimit-remaining'));
        expect(Number.isInteger(remaining) && remaining >= 0 && remaining <= LIMIT, where).toBe(true);
        expect(Number.isInteger(Number(response.headers.get('x-ratelimit-reset'))), where).toBe(true);
        if (rateLimited) expect(Number(response.headers.get('retry-after')), where).toBeGreaterThanOrEqual(1);
      }

      // Passwords change only through a live token; the token and every older one are then spent.
      if (route === `POST ${PATHS[3]}` && status === 200) {
        expect(body?.success, where).toBe(true);
        expect(live.has(sentToken!), `${where}: a reset succeeded with a token never mailed or already spent`).toBe(true);
        const owner = live.get(sentToken!)!;
        const newPassword = (JSON.parse(bodyText!) as { newPassword?: string }).newPassword;
        expect(typeof newPassword, where).toBe('string');
        for (const [token, user] of live) {
          if (user === owner) {
            live.delete(token);
            spent.push(token);
          }
        }
        passwords.set(owner, newPassword!);
        stats.resets = (stats.resets ?? 0) + 1;
      }

      // The outbox only grows, by at most one well-formed email, and only on a 200.
      const added = server.outbox.slice(outboxBefore);
      expect(added.length, where).toBeLessThanOrEqual(1);
      if (added.length) expect(status, `${where}: an email went out on a ${status}`).toBe(200);
      for (const mail of added as SentEmail[]) {
        expect(KINDS.has(mail.kind), where).toBe(true);
        expect(EMAIL.test(mail.to) && mail.to.length <= 254, `${where}: mail to ${JSON.stringify(mail.to)}`).toBe(true);
        expect(['en', 'de'], where).toContain(mail.locale);
        expect(mail.subject.length > 0 && mail.text.includes(mail.to), where).toBe(true);
        expect(Number.isNaN(Date.parse(mail.sentAt)), where).toBe(false);
        const user = USERS.find((u) => u.email.toLowerCase() === mail.to.toLowerCase());
        if (mail.kind === 'reset' || mail.kind === 'change-password') {
          expect(user, `${where}: a link to a non-user`).toBeDefined();
          expect(mail.link, where).toBe(`${APP_URL}?token=${mail.token}`);
          live.set(mail.token!, mail.to.toLowerCase());
        } else {
          expect([mail.link, mail.token], where).toEqual([undefined, undefined]);
          if (mail.kind === 'no-account') expect(user, `${where}: "no account" to a user`).toBeUndefined();
          else expect(user, where).toBeDefined();
        }
        seenOutbox.push(JSON.stringify(mail));
      }
    }

    if (process.env.FUZZ_VERBOSE) console.log(JSON.stringify(stats), live.size, spent.length, forced.length);
    // Nothing earlier in the outbox was changed or removed.
    expect(server.outbox.map((mail) => JSON.stringify(mail))).toEqual(seenOutbox);
    // Each seeded user has exactly the password the model expects (old ones no longer work).
    for (const user of USERS) {
      expect(server.checkPassword(user.email, passwords.get(user.email.toLowerCase())!), user.email).toBe(true);
      if (passwords.get(user.email.toLowerCase()) !== user.password) expect(server.checkPassword(user.email, user.password)).toBe(false);
    }
    // The run exercised what it claims to: successes, refusals, rate limits and resets.
    expect(stats[200]! > 100 && stats[400]! > 100 && stats[429]! > 100 && stats[404]! > 10, JSON.stringify(stats)).toBe(true);
    expect(stats.resets ?? 0, JSON.stringify(stats)).toBeGreaterThan(0);
  }, 60_000);
});
