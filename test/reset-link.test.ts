// readResetLink and linkState against the reference server's real tokens and answers (MSW), and
// the "link states" table of docs/guides/errors.md: every row is one case here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type LinkState, WebAuth, WebAuthError, linkState, readResetLink } from '../src/index';
import { ORIGIN, failure, useReferenceServer } from './support/network';

const { reference, sent } = useReferenceServer();
const webAuth = new WebAuth({ domain: ORIGIN });
const email = 'demo@example.com';
const strong = 'N3w-Passw0rd!';

afterEach(() => history.replaceState(null, '', 'http://localhost:3000/'));

/** Asks the reference server for a reset email: its link, token and the server's time of sending. */
async function emailed() {
  await webAuth.requestReset({ email });
  const mail = reference.outbox.at(-1)!;
  return { link: mail.link!, token: mail.token!, sentAt: new Date(mail.sentAt!) };
}

/** `token` with its payload replaced (the signature no longer fits). */
function forged(token: string, claims: object) {
  const [header, , signature] = token.split('.');
  const payload = btoa(JSON.stringify(claims)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `${header}.${payload}.${signature}`;
}

/** The row of the table each test below proves: `state` and the helper that gives it. */
const covered = new Set<string>();
const row = (state: LinkState | 'ok' | null, helper: 'readResetLink' | 'linkState') => covered.add(`${state} ${helper}`);

describe('readResetLink', () => {
  it('ok: a token the server signed, read from the live URL and cleared from it', async () => {
    const { link, token, sentAt } = await emailed();
    history.replaceState(null, '', link.replace(/^[^?]*/, 'http://localhost:3000/reset-password'));
    const expiresAt = new Date(sentAt.getTime() - (sentAt.getTime() % 1000) + 900_000);
    expect(readResetLink({ clear: true, now: sentAt })).toEqual({ state: 'ok', token, expiresAt, expiresIn: 900 });
    expect(location.href).toBe('http://localhost:3000/reset-password');
    expect(readResetLink(link, { now: new Date(expiresAt.getTime() - 1) })).toMatchObject({ state: 'ok', expiresIn: 1 });
    row('ok', 'readResetLink');
  });

  it('missing: no token in the URL, or an empty one', () => {
    history.replaceState(null, '', '/reset-password?tokn=x');
    expect(readResetLink()).toEqual({ state: 'missing', expiresAt: null });
    expect(readResetLink('https://app.example.com/reset-password?token=')).toEqual({ state: 'missing', expiresAt: null });
    expect(readResetLink('https://app.example.com/reset-password?token=x', { param: 'code' })).toEqual({ state: 'missing', expiresAt: null });
    row('missing', 'readResetLink');
  });

  it('malformed: cut short when copied, made up, not a JWT; cleared all the same', async () => {
    const { token } = await emailed();
    for (const bad of [token.slice(0, 40), token.slice(0, token.lastIndexOf('.')), 'abc.def.ghi', 'opaque-code']) {
      history.replaceState(null, '', `/reset-password?token=${encodeURIComponent(bad)}&lang=de`);
      expect(readResetLink({ clear: true }), bad).toEqual({ state: 'malformed', token: bad, expiresAt: null });
      expect(location.href).toBe('http://localhost:3000/reset-password?lang=de');
    }
    row('malformed', 'readResetLink');
  });

  it('expired: the exp is past at `now` (and for the server too)', async () => {
    const { link, token, sentAt } = await emailed();
    const expiresAt = new Date(sentAt.getTime() - (sentAt.getTime() % 1000) + 900_000);
    expect(readResetLink(link, { now: expiresAt })).toEqual({ state: 'expired', token, expiresAt });
    expect(readResetLink(new URL(link.replace('?', '#/reset?')), { now: new Date(expiresAt.getTime() + 1) }).state).toBe('expired');
    reference.advanceTime(900_000);
    const error = await failure(webAuth.resetPassword({ token, password: strong }));
    expect(error).toMatchObject({ code: 'PASSWORD_RESET_TOKEN_EXPIRED' });
    row('expired', 'readResetLink');
  });

  it('takes the options after a source or alone, like parseResetToken', async () => {
    const { token, sentAt } = await emailed();
    history.replaceState(null, '', `/reset#code=${token}`);
    expect(readResetLink(undefined, { param: 'code', now: sentAt }).state).toBe('ok');
    expect(readResetLink(location, { param: 'code', now: sentAt }).state).toBe('ok');
    expect(readResetLink({ param: 'code', now: sentAt }).state).toBe('ok');
    expect(readResetLink({ param: 'code', now: new Date(sentAt.getTime() + 900_000) }).state).toBe('expired');
    // Without `now`: the real clock, which is the server's too.
    expect(readResetLink({ param: 'code' })).toMatchObject({ state: 'ok', expiresIn: expect.any(Number) });
  });
});

describe('linkState after a failed resetPassword', () => {
  it('missing: no token anywhere (pwflow refuses before sending), or the server got none', async () => {
    history.replaceState(null, '', '/reset-password');
    const error = await failure(webAuth.resetPassword({ password: strong }));
    expect(sent).toHaveLength(0);
    expect(linkState(error)).toBe('missing');
    reference.failNext('PASSWORD_RESET_TOKEN_MISSING');
    expect(linkState(await failure(webAuth.resetPassword({ token: 'x', password: strong })), 'x')).toBe('missing');
    row('missing', 'linkState');
  });

  it('expired: the server says PASSWORD_RESET_TOKEN_EXPIRED', async () => {
    const { token } = await emailed();
    reference.advanceTime(900_000);
    const error = await failure(webAuth.resetPassword({ token, password: strong }));
    expect(linkState(error, token)).toBe('expired');
    expect(linkState(error)).toBe('expired');
    row('expired', 'linkState');
  });

  it('used: PASSWORD_RESET_TOKEN_INVALID for a well-formed token that has not expired', async () => {
    const { token } = await emailed();
    await webAuth.resetPassword({ token, password: strong });
    const error = await failure<WebAuthError>(webAuth.resetPassword({ token, password: 'An0ther-Passw0rd!' }));
    expect(error.code).toBe('PASSWORD_RESET_TOKEN_INVALID');
    expect(linkState(error, token)).toBe('used');
    row('used', 'linkState');
  });

  it('malformed: PASSWORD_RESET_TOKEN_INVALID (or _SECRET_FAILURE) for a token that cannot be one', async () => {
    const { token } = await emailed();
    for (const bad of [token.slice(0, 40), 'abc.def.ghi']) {
      const error = await failure<WebAuthError>(webAuth.resetPassword({ token: bad, password: strong }));
      expect(error.code).toBe('PASSWORD_RESET_TOKEN_INVALID');
      expect(linkState(error, bad)).toBe('malformed');
    }
    reference.failNext('PASSWORD_RESET_TOKEN_SECRET_FAILURE');
    expect(linkState(await failure(webAuth.resetPassword({ token: 'a.b', password: strong })), 'a.b')).toBe('malformed');
    row('malformed', 'linkState');
  });

  it('invalid: PASSWORD_RESET_TOKEN_INVALID for a token that looks expired, or none given; _SECRET_FAILURE for a well-formed one', async () => {
    const { token, sentAt } = await emailed();
    // Its exp moved into the past: the signature no longer fits, and the server cannot tell more.
    const old = forged(token, { sub: 'u', iat: 0, exp: Math.floor(sentAt.getTime() / 1000) - 1, ver: 'x' });
    const error = await failure<WebAuthError>(webAuth.resetPassword({ token: old, password: strong }));
    expect(error.code).toBe('PASSWORD_RESET_TOKEN_INVALID');
    expect(linkState(error, old)).toBe('invalid');
    expect(linkState(error)).toBe('invalid');
    expect(linkState(error, '')).toBe('invalid');
    reference.failNext('PASSWORD_RESET_TOKEN_SECRET_FAILURE');
    const secret = await failure(webAuth.resetPassword({ token, password: strong }));
    expect(linkState(secret, token)).toBe('invalid');
    row('invalid', 'linkState');
  });

  it('null: the error is not about the link', async () => {
    const { token } = await emailed();
    const weak = await failure(webAuth.resetPassword({ token, password: 'weak' }));
    expect(weak).toMatchObject({ code: 'invalid_request' });
    expect(linkState(weak, token)).toBeNull();
    for (const code of ['USER_NOT_FOUND', 'INVALID_REQUEST', 'IP_RATE_LIMIT_EXCEEDED', 'DATABASE_FAILURE', 'POST_COMMIT_SIDE_EFFECT_FAILURE']) {
      reference.failNext(code);
      expect(linkState(await failure(webAuth.resetPassword({ token, password: strong })), token), code).toBeNull();
    }
    const offline = new WebAuth({ domain: ORIGIN, fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    expect(linkState(await failure(offline.resetPassword({ token, password: strong })), token)).toBeNull();
    for (const value of [undefined, null, 0, 'PASSWORD_RESET_TOKEN_INVALID', new Error('x'), { code: 42 }]) {
      expect(linkState(value, token)).toBeNull();
    }
    // Any object with the code counts: a WebAuthError from another copy of pwflow, a plain clone.
    expect(linkState({ code: 'PASSWORD_RESET_TOKEN_EXPIRED' })).toBe('expired');
    expect(linkState(new WebAuthError({ code: 'PASSWORD_RESET_TOKEN_INVALID', description: 'x' }), token)).toBe('used');
    row(null, 'linkState');
  });
});

describe('docs/guides/errors.md, "Link states"', () => {
  it('has one row per state each helper gives, and every row is proved above', () => {
    const table = readFileSync(join(import.meta.dirname, '..', 'docs', 'guides', 'errors.md'), 'utf8').split('## Link states')[1]!.split('\n## ')[0]!;
    const rows = [...table.matchAll(/^\| `(\w+)` \| `(readResetLink|linkState)` \|/gm)].map(([, state, helper]) => `${state} ${helper}`);
    expect(rows.length).toBe(new Set(rows).size);
    expect(new Set(rows)).toEqual(covered);
  });
});
