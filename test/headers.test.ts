// Headers: the constructor's on every request, each call's own merged over them (a CAPTCHA token,
// a request id); values fetch cannot send (CR/LF, NUL, outside Latin-1) refused before anything is sent.
import { describe, expect, it } from 'vitest';
import { WebAuth, type WebAuthError } from '../src/index';
import { ORIGIN, failure, useReferenceServer } from './support/network';

const { reference, sent } = useReferenceServer();
const email = 'demo@example.com';
const connection = 'Username-Password-Authentication';
const webAuth = new WebAuth({ domain: ORIGIN, clientID: 'demo-client', headers: { 'X-App': 'demo', 'X-Request-Id': 'from-constructor' } });

const header = (index: number, name: string) => sent[index]!.headers.get(name);

describe('per-call headers', () => {
  it('reach the wire on every method, merged over the constructor’s whatever their case', async () => {
    const headers = { 'X-Captcha-Token': 'captcha-123', 'x-request-id': 'call-1' };
    await webAuth.requestReset({ email, headers });
    await webAuth.getResetCooldown({ email, headers });
    await webAuth.changePassword({ connection, email, headers });
    const token = reference.outbox.find((mail) => mail.kind === 'reset')!.token!;
    await webAuth.resetPassword({ password: 'N3w-Passw0rd!', token, headers });
    expect(sent).toHaveLength(4);
    for (let i = 0; i < 4; i++) {
      expect(header(i, 'x-captcha-token')).toBe('captcha-123');
      expect(header(i, 'x-request-id')).toBe('call-1'); // the call's, not "from-constructor, call-1"
      expect(header(i, 'x-app')).toBe('demo');
    }
  });

  it('belong to their call only', async () => {
    await webAuth.requestReset({ email, headers: { 'X-Captcha-Token': 'once' } });
    await webAuth.getResetCooldown({ email });
    expect(header(0, 'x-captcha-token')).toBe('once');
    expect(header(1, 'x-captcha-token')).toBeNull();
    expect(header(1, 'x-request-id')).toBe('from-constructor');
  });

  it('take Latin-1 values, which fetch can send', async () => {
    await webAuth.getResetCooldown({ email, headers: { 'X-Name': 'Zoë Ångström ÿ' } });
    expect(sent).toHaveLength(1);
  });

  it('refuse CR/LF, NUL, values outside Latin-1 and bad names: invalid_request, nothing sent, promise and callback alike', async () => {
    const bad: Record<string, string>[] = [
      { 'X-Captcha': 'a\r\nX-Injected: 1' },
      { 'X-Captcha': 'a\nb' },
      { 'X-Captcha': 'a\0b' },
      { 'X-Captcha': 'emoji 😀' },
      { 'X-Captcha': 'Ł' },
      { 'X Bad Name': 'x' },
      { 'X-Captcha': 42 as unknown as string },
    ];
    for (const headers of bad) {
      const error = await failure<WebAuthError>(webAuth.requestReset({ email, headers }));
      expect(error, JSON.stringify(headers)).toMatchObject({ code: 'invalid_request', fields: [{ path: 'headers' }] });
    }
    const viaCallback = await new Promise<WebAuthError | null>((done) => webAuth.getResetCooldown({ email, headers: { 'X-Captcha': '\u2028' } }, (...[error]) => done(error)));
    expect(viaCallback).toMatchObject({ code: 'invalid_request', fields: [{ path: 'headers' }] });
    expect(await failure(webAuth.resetPassword({ password: 'N3w-Passw0rd!', token: 't', headers: 'x' as never }))).toMatchObject({ fields: [{ path: 'headers' }] });
    expect(sent).toHaveLength(0);
  });
});

describe('constructor headers', () => {
  it('that fetch cannot send are invalid_configuration at construction, not a network_error on every call', () => {
    for (const value of ['a\r\nb', 'café ☕', '€', 'a\0b']) {
      expect(() => new WebAuth({ domain: ORIGIN, headers: { 'X-App': value } }), JSON.stringify(value)).toThrow(
        expect.objectContaining({ code: 'invalid_configuration', fields: [expect.objectContaining({ path: 'headers' })] }),
      );
    }
    expect(() => new WebAuth({ domain: ORIGIN, headers: { 'X-App': 'café' } })).not.toThrow();
  });

  it('are read once a call: a retry sends what the first attempt sent', async () => {
    let reads = 0;
    const seen: (string | null)[] = [];
    const answers = [
      new Response('{"code":"RATE"}', { status: 429, headers: { 'Retry-After': '0' } }),
      new Response('{"remaining":3}', { headers: { 'Content-Type': 'application/json' } }),
    ];
    const counted = new WebAuth({
      domain: ORIGIN,
      retry: 2,
      headers: {
        get 'X-Token'() {
          return `token-${++reads}`;
        },
      },
      fetch: async (request) => {
        seen.push(new Request(request).headers.get('x-token'));
        return answers.shift()!;
      },
    });
    const before = reads;
    await expect(counted.getResetCooldown({ email })).resolves.toMatchObject({ remaining: 3 });
    expect(seen).toEqual([`token-${before + 1}`, `token-${before + 1}`]);
    expect(reads).toBe(before + 1);
  });
});
