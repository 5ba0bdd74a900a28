import { afterEach, describe, expect, it } from 'vitest';
import { RESET_ERRORS } from '../src/codes';
import { WebAuth, type WebAuthError, inspectResetToken } from '../src/index';
import { ORIGIN, failure, useReferenceServer, wire } from './support/network';

const { reference, sent } = useReferenceServer();
const webAuth = new WebAuth({ domain: ORIGIN });
const email = 'demo@example.com';
const strong = 'N3w-Passw0rd!';

afterEach(() => history.replaceState(null, '', '/'));

/** Requests a reset through the SDK and returns the token from the emailed link. */
async function emailedToken(): Promise<string> {
  await webAuth.requestReset({ email });
  const mail = reference.outbox.at(-1)!;
  expect(mail.kind).toBe('reset');
  return new URL(mail.link!).searchParams.get('token')!;
}

describe('requestReset', () => {
  it('posts {email} with the locale in the query and resolves with the cooldown', async () => {
    const result = await webAuth.requestReset({ email, locale: 'de' });
    expect(await wire(sent[0])).toEqual({
      method: 'POST',
      url: `${ORIGIN}/api/auth/password/reset-request`,
      query: [['locale', 'de']],
      contentType: 'application/json',
      body: '{"email":"demo@example.com"}',
    });
    expect(result).toMatchObject({ cooldown: 60, rateLimit: { limit: 30, remaining: 29 } });
    expect(reference.outbox.at(-1)).toMatchObject({ to: email, kind: 'reset', locale: 'de' });
  });

  it('falls back to the constructor locale, and sends no query without one', async () => {
    await new WebAuth({ domain: ORIGIN, locale: 'de-DE' }).requestReset({ email });
    reference.reset();
    await webAuth.requestReset({ email });
    expect((await wire(sent[0])).query).toEqual([['locale', 'de-DE']]);
    expect(new URL(sent[1]!.url).search).toBe('');
  });

  it('answers the same for an address without an account', async () => {
    expect((await webAuth.requestReset({ email: 'nobody@example.com' })).cooldown).toBe(60);
    expect(reference.outbox.at(-1)).toMatchObject({ to: 'nobody@example.com', kind: 'no-account' });
  });

  it('fails with EMAIL_COOLDOWN_ACTIVE and the wait during the cooldown', async () => {
    await webAuth.requestReset({ email });
    reference.advanceTime(20_000);
    const error = await failure<WebAuthError>(webAuth.requestReset({ email }));
    expect(error).toMatchObject({ code: 'EMAIL_COOLDOWN_ACTIVE', statusCode: 429, retryAfter: 40 });
    expect(error.description).toBe(RESET_ERRORS.EMAIL_COOLDOWN_ACTIVE[2]);
  });

  it('refuses a bad email or locale before sending', async () => {
    expect(await failure(webAuth.requestReset({ email: 'a@b' }))).toMatchObject({ code: 'invalid_request', fields: [{ path: 'email' }] });
    expect(await failure(webAuth.requestReset({ email, locale: 'de&x=1' }))).toMatchObject({ fields: [{ path: 'locale' }] });
    expect(sent).toHaveLength(0);
  });
});

describe('getResetCooldown', () => {
  it('GETs the cooldown with the email encoded in the query', async () => {
    expect((await webAuth.getResetCooldown({ email })).remaining).toBe(0);
    await webAuth.requestReset({ email });
    reference.advanceTime(15_000);
    expect(await webAuth.getResetCooldown({ email })).toMatchObject({ remaining: 45, rateLimit: { limit: 30 } });
    const request = await wire(sent[2]);
    expect(request).toMatchObject({ method: 'GET', url: `${ORIGIN}/api/auth/password/reset/cooldown`, query: [['email', email]], body: '' });
    expect(sent[2]!.url).toBe(`${ORIGIN}/api/auth/password/reset/cooldown?email=demo%40example.com`);
  });
});

describe('resetPassword', () => {
  it('posts {newPassword} with the token in the query, and the password changes', async () => {
    const token = await emailedToken();
    expect(await webAuth.resetPassword({ password: strong, token, locale: 'de' })).toMatchObject({ success: true, rateLimit: { limit: 30 } });
    expect(await wire(sent[1])).toEqual({
      method: 'POST',
      url: `${ORIGIN}/api/auth/password/reset`,
      query: [['token', token], ['locale', 'de']],
      contentType: 'application/json',
      body: JSON.stringify({ newPassword: strong }),
    });
    expect(reference.checkPassword(email, strong)).toBe(true);
    expect(reference.outbox.at(-1)).toMatchObject({ kind: 'password-changed', locale: 'de' });
  });

  it('takes the token from the page URL when none is given', async () => {
    const token = await emailedToken();
    history.replaceState(null, '', `/reset-password?token=${token}`);
    await webAuth.resetPassword({ password: strong });
    expect(new URL(sent[1]!.url).searchParams.get('token')).toBe(token);
    history.replaceState(null, '', `/app/#/reset-password?code=${token}`);
    expect(await failure(webAuth.resetPassword({ password: 'An0ther-Passw0rd!' }))).toMatchObject({ code: 'PASSWORD_RESET_TOKEN_MISSING' });
    expect(await failure(new WebAuth({ domain: ORIGIN, tokenParam: 'code' }).resetPassword({ password: strong }))).toMatchObject({
      code: 'PASSWORD_RESET_TOKEN_INVALID',
    });
    expect(sent).toHaveLength(3);
    expect(new URL(sent[2]!.url).searchParams.get('token')).toBe(token);
  });

  it('the reset token is a JWT whose expiry the page can read', async () => {
    const token = await emailedToken();
    expect(inspectResetToken(token).expired).toBe(false);
    expect(inspectResetToken(token, new Date(Date.now() + 901_000)).expired).toBe(true);
  });

  it('a used link answers PASSWORD_RESET_TOKEN_INVALID', async () => {
    const token = await emailedToken();
    await webAuth.resetPassword({ password: strong, token });
    expect(await failure(webAuth.resetPassword({ password: 'An0ther-Passw0rd!', token }))).toMatchObject({
      code: 'PASSWORD_RESET_TOKEN_INVALID',
      statusCode: 401,
    });
    expect(reference.checkPassword(email, strong)).toBe(true);
  });

  it('an expired link answers PASSWORD_RESET_TOKEN_EXPIRED', async () => {
    const token = await emailedToken();
    reference.advanceTime(901_000);
    expect(await failure(webAuth.resetPassword({ password: strong, token }))).toMatchObject({ code: 'PASSWORD_RESET_TOKEN_EXPIRED', statusCode: 401 });
  });

  it('a tampered token answers PASSWORD_RESET_TOKEN_INVALID; a deleted user USER_NOT_FOUND', async () => {
    const token = await emailedToken();
    const [header, , signature] = token.split('.');
    const forged = `${header}.${btoa(JSON.stringify({ sub: email, exp: 9999999999 })).replace(/=+$/, '')}.${signature}`;
    expect(await failure(webAuth.resetPassword({ password: strong, token: forged }))).toMatchObject({ code: 'PASSWORD_RESET_TOKEN_INVALID' });
    reference.deleteUser(email);
    expect(await failure(webAuth.resetPassword({ password: strong, token }))).toMatchObject({ code: 'USER_NOT_FOUND', statusCode: 404 });
  });

  it('no token anywhere: PASSWORD_RESET_TOKEN_MISSING, nothing sent', async () => {
    const error = await failure<WebAuthError>(webAuth.resetPassword({ password: strong }));
    expect(error).toMatchObject({ code: 'PASSWORD_RESET_TOKEN_MISSING' });
    expect(error.statusCode).toBeUndefined();
    expect(sent).toHaveLength(0);
  });

  it('a weak password fails with one field per rule, nothing sent', async () => {
    const error = await failure<WebAuthError>(webAuth.resetPassword({ password: 'weak', token: 'x.y.z' }));
    expect(error.code).toBe('invalid_request');
    expect(error.fields).toEqual([
      { path: 'password', rule: 'minLength', message: 'At least 8 characters' },
      { path: 'password', rule: 'uppercase', message: expect.any(String) },
      { path: 'password', rule: 'digit', message: expect.any(String) },
      { path: 'password', rule: 'special', message: expect.any(String) },
    ]);
    expect(sent).toHaveLength(0);
  });

  it('with passwordPolicy: false the server judges, and INVALID_REQUEST comes back', async () => {
    const token = await emailedToken();
    const lenient = new WebAuth({ domain: ORIGIN, passwordPolicy: false });
    expect(await failure(lenient.resetPassword({ password: 'weak', token }))).toMatchObject({ code: 'INVALID_REQUEST', statusCode: 400 });
  });

  it('a stricter custom policy is checked before sending', async () => {
    const strict = new WebAuth({ domain: ORIGIN, passwordPolicy: { minLength: 20, uppercase: true, lowercase: true, digit: true, special: true } });
    expect(await failure(strict.resetPassword({ password: strong, token: 'x.y.z' }))).toMatchObject({
      fields: [{ rule: 'minLength', message: 'At least 20 characters' }],
    });
    expect(sent).toHaveLength(0);
  });

  it('POST_COMMIT_SIDE_EFFECT_FAILURE: an error, though the password did change', async () => {
    const token = await emailedToken();
    reference.failNext('POST_COMMIT_SIDE_EFFECT_FAILURE');
    expect(await failure(webAuth.resetPassword({ password: strong, token }))).toMatchObject({ code: 'POST_COMMIT_SIDE_EFFECT_FAILURE', statusCode: 500 });
    expect(reference.checkPassword(email, strong)).toBe(true);
  });
});

describe('every PROTOCOL.md §B error code, produced by the server and understood by the SDK', () => {
  it.each(Object.entries(RESET_ERRORS))('%s', async (code, [status, , message]) => {
    reference.failNext(code);
    const error = await failure<WebAuthError>(webAuth.requestReset({ email }));
    expect(error).toMatchObject({ name: 'WebAuthError', code, statusCode: status, description: message });
    expect(error.original).toMatchObject({ status, code, message, path: '/api/auth/password/reset-request' });
  });
});
