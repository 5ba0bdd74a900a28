import { afterEach, describe, expect, it, vi } from 'vitest';
import { createReferenceServer } from '../../mock-server/index';
import { answer, decodePayload, NEW_PASSWORD, post, RESET, withToken } from './helpers';

function b64url(text: string): string {
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function codeFor(server: ReturnType<typeof createReferenceServer>, token: string) {
  const response = await post(server, `${RESET}?token=${encodeURIComponent(token)}`, { newPassword: NEW_PASSWORD });
  return { status: response.status, code: ((await answer(response)).body as { code?: string }).code };
}

const INVALID = { status: 401, code: 'PASSWORD_RESET_TOKEN_INVALID' };

/** The token with the first character of its signature changed (always still canonical base64url). */
function flipSignature(token: string): string {
  const at = token.lastIndexOf('.') + 1;
  return token.slice(0, at) + (token[at] === 'A' ? 'B' : 'A') + token.slice(at + 1);
}

afterEach(() => vi.restoreAllMocks());

describe('reset tokens', () => {
  it('are HS256 JWTs the SDK can read exp from', async () => {
    const { token } = await withToken();
    const [header] = token.split('.');
    expect(JSON.parse(atob(header!))).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(Object.keys(decodePayload(token)).sort()).toEqual(['exp', 'iat', 'sub', 'ver']);
  });

  it('refuse a payload changed under the old signature (a later exp, another user)', async () => {
    const { server, token } = await withToken();
    const [header, , signature] = token.split('.');
    const payload = decodePayload(token);
    for (const changed of [{ ...payload, exp: (payload.exp as number) + 3600 }, { ...payload, sub: 'user-2' }]) {
      expect(await codeFor(server, `${header}.${b64url(JSON.stringify(changed))}.${signature}`)).toEqual(INVALID);
    }
    expect(server.checkPassword('demo@example.com', NEW_PASSWORD)).toBe(false);
  });

  it('refuse a changed, truncated, padded or empty signature', async () => {
    const { server, token } = await withToken();
    for (const bad of [flipSignature(token), token.slice(0, -2), `${token}==`, token.slice(0, token.lastIndexOf('.') + 1)]) {
      expect(await codeFor(server, bad)).toEqual(INVALID);
    }
    expect((await codeFor(server, token)).status).toBe(200);
  });

  it('refuse a token signed by another server (each server has its own random key)', async () => {
    const { token } = await withToken();
    const { server: other } = await withToken();
    expect(await codeFor(other, token)).toEqual(INVALID);
  });

  it('refuse alg "none" and anything that is not a JWT', async () => {
    const { server, token } = await withToken();
    const [, payload] = token.split('.');
    const none = `${b64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${payload}.`;
    for (const bad of [none, 'abc', 'a.b.c', `${token}.x`, '....', '%%%.%%%.%%%', `${token.split('.')[0]}.bm90IGpzb24.${token.split('.')[2]}`]) {
      expect(await codeFor(server, bad)).toEqual(INVALID);
    }
  });

  it('check the signature before the expiry: a forged expired token is invalid, not expired', async () => {
    const { server, token } = await withToken();
    const [header, , signature] = token.split('.');
    const forged = `${header}.${b64url(JSON.stringify({ ...decodePayload(token), exp: 1 }))}.${signature}`;
    expect(await codeFor(server, forged)).toEqual(INVALID);
  });

  it('compare the MAC with crypto.subtle.verify (constant time), never as strings', async () => {
    const { server, token } = await withToken();
    const verify = vi.spyOn(globalThis.crypto.subtle, 'verify');
    expect(await codeFor(server, flipSignature(token))).toEqual(INVALID);
    expect(verify).toHaveBeenCalledTimes(1);
    expect(verify.mock.calls[0]![0]).toBe('HMAC');
    expect(await verify.mock.results[0]!.value).toBe(false);
    expect((await codeFor(server, token)).status).toBe(200);
    expect(await verify.mock.results[1]!.value).toBe(true);
  });
});
