// checkBreachedPassword and WebAuthOptions.breachCheck against the reference server's range API,
// over MSW: what goes on the wire (the 5-character prefix and Add-Padding, nothing else), what a
// breached, clean or unanswered check does, and that nothing reaches the auth server before it.
import { http, HttpResponse, delay } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { createReferenceServer } from '../mock-server/index';
import { breachCount, sha1 } from '../mock-server/core/range';
import { mswHandlers } from '../mock-server/msw';
import { WebAuth, type WebAuthError, checkBreachedPassword } from '../src/index';
import { ORIGIN, failure, useNetwork } from './support/network';

const reference = createReferenceServer();
const { server: msw, sent } = useNetwork(...mswHandlers(reference, ORIGIN));
const server = () => msw;
afterEach(() => reference.reset());
const RANGE = `${ORIGIN}/range/`;
const LEAKED = 'Passw0rd!'; // in the reference server's default list, and it passes the default policy
const CLEAN = 'Brand-New-Passw0rd!';
const email = 'demo@example.com';
const webAuth = new WebAuth({ domain: ORIGIN, clientID: 'demo-client', breachCheck: { endpoint: RANGE } });

afterEach(() => history.replaceState(null, '', '/'));

/** A reset token for the demo user, from the emailed link; the request log is cleared after. */
async function emailedToken(): Promise<string> {
  await webAuth.requestReset({ email });
  reference.advanceTime(60_000); // past the cooldown, for the next one
  sent.length = 0;
  return reference.outbox.at(-1)!.token!;
}

/** The requests that reached the auth APIs (anything but the range). */
const authCalls = () => sent.filter((request) => !new URL(request.url).pathname.startsWith('/range/')).map((r) => `${r.method} ${new URL(r.url).pathname}`);

describe('checkBreachedPassword', () => {
  it('finds a leaked password with its count, sending only the 5-character prefix and Add-Padding', async () => {
    const hash = await sha1(LEAKED);
    expect(await checkBreachedPassword(LEAKED, { endpoint: RANGE })).toEqual({ breached: true, count: breachCount(hash) });
    expect(sent).toHaveLength(1);
    const request = sent[0]!;
    expect(request.method).toBe('GET');
    expect(request.url).toBe(`${RANGE}${hash.slice(0, 5)}`);
    expect(request.headers.get('add-padding')).toBe('true');
    expect(await request.text()).toBe('');
    // Neither the password nor the rest of its hash leaves the page, in any header either.
    const everything = `${request.url} ${JSON.stringify([...request.headers])}`;
    for (const secret of [LEAKED, hash.slice(5), hash.slice(5, 12).toLowerCase()]) expect(everything).not.toContain(secret);
  });

  it('passes a password that is not in the list', async () => {
    expect(await checkBreachedPassword(CLEAN, { endpoint: RANGE })).toEqual({ breached: false, count: 0 });
    expect(sent[0]!.url).toBe(`${RANGE}${(await sha1(CLEAN)).slice(0, 5)}`);
  });

  it('ignores padding rows (count 0), even one that carries the password suffix', async () => {
    const hash = await sha1(CLEAN);
    const padded = ['0'.repeat(35), hash.slice(5), 'F'.repeat(35)].map((suffix) => `${suffix}:0`).join('\r\n');
    server().use(http.get(`${RANGE}:prefix`, () => new HttpResponse(padded)));
    expect(await checkBreachedPassword(CLEAN, { endpoint: RANGE })).toEqual({ breached: false, count: 0 });
    // And one with its suffix in lower case and a count does count.
    server().use(http.get(`${RANGE}:prefix`, () => new HttpResponse(`${'A'.repeat(35)}:0\r\n${hash.slice(5).toLowerCase()}:7\r\n`)));
    expect(await checkBreachedPassword(CLEAN, { endpoint: RANGE })).toEqual({ breached: true, count: 7 });
  });

  it('uses the Have I Been Pwned endpoint by default', async () => {
    const hash = await sha1(LEAKED);
    server().use(http.get('https://api.pwnedpasswords.com/range/:prefix', ({ request }) => reference.handle(new Request(request.url.replace('https://api.pwnedpasswords.com', ORIGIN), request))));
    expect(await checkBreachedPassword(LEAKED)).toMatchObject({ breached: true });
    expect(sent[0]!.url).toBe(`https://api.pwnedpasswords.com/range/${hash.slice(0, 5)}`);
  });

  it('fails with the usual codes: invalid_response, server_error, request_failed, network_error', async () => {
    const answers: [() => Response, string, number | undefined][] = [
      [() => new HttpResponse('<!doctype html><p>Login</p>', { headers: { 'Content-Type': 'text/html' } }), 'invalid_response', 200],
      [() => HttpResponse.json({ ok: true }), 'invalid_response', 200],
      [() => new HttpResponse(''), 'invalid_response', 200],
      [() => new HttpResponse('oops', { status: 502 }), 'server_error', 502],
      [() => new HttpResponse('not here', { status: 404 }), 'request_failed', 404],
      [() => HttpResponse.error(), 'network_error', undefined],
    ];
    for (const [answer, code, statusCode] of answers) {
      server().use(http.get(`${RANGE}:prefix`, answer, { once: true }));
      const error = await failure<WebAuthError>(checkBreachedPassword(CLEAN, { endpoint: RANGE }));
      expect(error, code).toMatchObject({ name: 'WebAuthError', code, statusCode });
      expect(error.description).toBe(`The breach check failed: ${code}`);
    }
  });

  it('times out, and aborts with the caller’s signal', async () => {
    server().use(http.get(`${RANGE}:prefix`, () => delay('infinite')));
    expect(await failure(checkBreachedPassword(CLEAN, { endpoint: RANGE, timeout: 50 }))).toMatchObject({ code: 'timeout' });
    const controller = new AbortController();
    const pending = checkBreachedPassword(CLEAN, { endpoint: RANGE, signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    expect(await failure(pending)).toMatchObject({ code: 'aborted' });
    expect(await failure(checkBreachedPassword(CLEAN, { endpoint: RANGE, signal: AbortSignal.abort() }))).toMatchObject({ code: 'aborted' });
  });

  it('a fetch that ignores its signal cannot hold the check past the timeout', async () => {
    const never: typeof fetch = () => new Promise(() => {});
    expect(await failure(checkBreachedPassword(CLEAN, { endpoint: RANGE, fetch: never, timeout: 30 }))).toMatchObject({ code: 'timeout' });
  });

  it('refuses bad arguments with invalid_request and sends nothing', async () => {
    const bad: [unknown, unknown][] = [
      [42, undefined],
      [CLEAN, { endpoint: 'http://pwned.example.com/range/' }],
      [CLEAN, { endpoint: 'not a url' }],
      [CLEAN, { fetch: 'fetch' }],
      [CLEAN, { timeout: -1 }],
      [CLEAN, { timeout: Infinity }],
      [CLEAN, { signal: { aborted: false } }],
    ];
    for (const [password, options] of bad) {
      const error = await failure<WebAuthError>(checkBreachedPassword(password as string, options as undefined));
      expect(error, JSON.stringify(options)).toMatchObject({ name: 'WebAuthError', code: 'invalid_request' });
    }
    expect(sent).toHaveLength(0);
    // Loopback http is allowed, like `domain`.
    server().use(http.get('http://127.0.0.1:9/range/:prefix', () => new HttpResponse(`${'A'.repeat(35)}:1`)));
    expect(await checkBreachedPassword(CLEAN, { endpoint: 'http://127.0.0.1:9/range/' })).toEqual({ breached: false, count: 0 });
  });
});

describe('WebAuthOptions.breachCheck', () => {
  it('resetPassword refuses a leaked password with the count; nothing reaches the auth server, the token stays good', async () => {
    const token = await emailedToken();
    const hash = await sha1(LEAKED);
    const error = await failure<WebAuthError>(webAuth.resetPassword({ password: LEAKED, token }));
    expect(error).toMatchObject({ code: 'invalid_request' });
    expect(error.fields).toEqual([
      { path: 'password', rule: 'breached', message: `Seen ${breachCount(hash)} times in data breaches` },
    ]);
    expect(sent.map((request) => request.url)).toEqual([`${RANGE}${hash.slice(0, 5)}`]);
    expect(reference.checkPassword(email, LEAKED)).toBe(false);
    expect(reference.outbox.filter((mail) => mail.kind === 'password-changed')).toEqual([]);

    // The same token with a clean password: the check passes, the reset goes through.
    sent.length = 0;
    expect(await webAuth.resetPassword({ password: CLEAN, token })).toMatchObject({ success: true, breachCheck: 'passed' });
    expect(sent.map((request) => `${request.method} ${new URL(request.url).pathname}`)).toEqual([
      `GET /range/${(await sha1(CLEAN)).slice(0, 5)}`,
      'POST /api/auth/password/reset',
    ]);
    expect(reference.checkPassword(email, CLEAN)).toBe(true);
  });

  it('checks only after the local checks: a weak password or no token sends nothing at all', async () => {
    expect(await failure(webAuth.resetPassword({ password: 'weak', token: 'x' }))).toMatchObject({ code: 'invalid_request', fields: [{ rule: 'minLength' }, {}, {}, {}] });
    expect(await failure(webAuth.resetPassword({ password: LEAKED }))).toMatchObject({ code: 'PASSWORD_RESET_TOKEN_MISSING' });
    expect(sent).toHaveLength(0);
  });

  it('goes on when the range service fails or answers badly: breachCheck is "skipped"', async () => {
    for (const failing of ['network', 'html', 'DATABASE_FAILURE'] as const) {
      const token = await emailedToken();
      reference.failNext(failing, { range: true }); // queued for the range API, not for the reset
      expect(await webAuth.resetPassword({ password: CLEAN, token }), failing).toMatchObject({ success: true, breachCheck: 'skipped' });
      expect(authCalls()).toEqual(['POST /api/auth/password/reset']);
      reference.reset();
    }
  });

  it('goes on when the range service cannot be reached or does not answer in time', async () => {
    server().use(http.get('https://pwned.example.com/range/:prefix', () => HttpResponse.error()));
    const unreachable = new WebAuth({ domain: ORIGIN, breachCheck: { endpoint: 'https://pwned.example.com/range/' } });
    expect(await unreachable.resetPassword({ password: CLEAN, token: await emailedToken() })).toMatchObject({ success: true, breachCheck: 'skipped' });
    server().use(http.get(`${RANGE}:prefix`, () => delay('infinite')));
    const slow = new WebAuth({ domain: ORIGIN, breachCheck: { endpoint: RANGE, timeout: 50 } });
    expect(await slow.resetPassword({ password: 'An0ther-Passw0rd!', token: await emailedToken() })).toMatchObject({ success: true, breachCheck: 'skipped' });
    expect(reference.checkPassword(email, 'An0ther-Passw0rd!')).toBe(true);
  });

  it('the caller’s abort during the check aborts the call, and nothing reaches the auth server', async () => {
    const token = await emailedToken();
    server().use(http.get(`${RANGE}:prefix`, () => delay('infinite')));
    const controller = new AbortController();
    const pending = webAuth.resetPassword({ password: CLEAN, token, signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    expect(await failure(pending)).toMatchObject({ code: 'aborted' });
    expect(authCalls()).toEqual([]);
  });

  it('changePassword checks a password it sends, and only then', async () => {
    const error = await failure<WebAuthError>(webAuth.changePassword({ connection: 'Username-Password-Authentication', email, password: LEAKED }));
    expect(error).toMatchObject({ code: 'invalid_request', fields: [{ path: 'password', rule: 'breached' }] });
    expect(authCalls()).toEqual([]);
    const result = await webAuth.changePassword({ connection: 'Username-Password-Authentication', email, password: CLEAN });
    expect(result).toMatchObject({ breachCheck: 'passed' });
    sent.length = 0;
    const without = await webAuth.changePassword({ connection: 'Username-Password-Authentication', email: 'other@example.com' });
    expect(without).not.toHaveProperty('breachCheck');
    expect(sent.map((request) => new URL(request.url).pathname)).toEqual(['/dbconnections/change_password']);
  });

  it('is off by default, and then the result has no breachCheck', async () => {
    const plain = new WebAuth({ domain: ORIGIN });
    expect(await plain.resetPassword({ password: LEAKED, token: await emailedToken() })).not.toHaveProperty('breachCheck');
    expect(authCalls()).toEqual(['POST /api/auth/password/reset']);
    expect(sent).toHaveLength(1);
  });

  it('true uses the Have I Been Pwned endpoint; the call’s headers are not sent there', async () => {
    server().use(http.get('https://api.pwnedpasswords.com/range/:prefix', ({ request }) => reference.handle(new Request(request.url.replace('https://api.pwnedpasswords.com', ORIGIN), request))));
    const defaults = new WebAuth({ domain: ORIGIN, breachCheck: true, headers: { 'X-App': 'demo' } });
    const error = await failure<WebAuthError>(defaults.resetPassword({ password: LEAKED, token: await emailedToken(), headers: { 'X-Captcha': 'abc' } }));
    expect(error.fields).toMatchObject([{ rule: 'breached' }]);
    expect(sent.map((request) => new URL(request.url).origin)).toEqual(['https://api.pwnedpasswords.com']);
    expect(sent[0]!.headers.get('x-captcha')).toBeNull();
    expect(sent[0]!.headers.get('x-app')).toBeNull();
  });

  it('refuses a breachCheck that cannot work at construction', () => {
    for (const breachCheck of ['yes', { endpoint: 'http://pwned.example.com/range/' }, { endpoint: 'range' }, { timeout: 0 }, { timeout: '3000' }, null]) {
      expect(() => new WebAuth({ domain: ORIGIN, breachCheck } as never), JSON.stringify(breachCheck)).toThrow(
        expect.objectContaining({ code: 'invalid_configuration', fields: [expect.objectContaining({ path: 'breachCheck' })] }),
      );
    }
    expect(() => new WebAuth({ domain: ORIGIN, breachCheck: { endpoint: 'http://localhost:3000/range/', timeout: 500 } })).not.toThrow();
    expect(() => new WebAuth({ domain: ORIGIN, breachCheck: false })).not.toThrow();
  });
});
