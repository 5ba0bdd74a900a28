import { describe, expect, it } from 'vitest';
import { createReferenceServer } from '../../mock-server/index';
import { answer, bError, COOLDOWN, decodePayload, DEMO, get, NEW_PASSWORD, post, REQUEST, RESET, withToken } from './helpers';

describe('API B: request a reset email', () => {
  it('answers 200 {"cooldown": 60} and mails a reset link with a JWT', async () => {
    const server = createReferenceServer();
    expect(await answer(await post(server, REQUEST, { email: DEMO.email }))).toEqual({
      status: 200,
      body: { cooldown: 60 },
      type: 'application/json',
    });
    expect(server.outbox).toHaveLength(1);
    const mail = server.outbox[0]!;
    expect(mail).toMatchObject({ to: DEMO.email, kind: 'reset', locale: 'en', subject: 'Reset your password' });
    expect(mail.link).toBe(`http://127.0.0.1:3000/reset-password?token=${mail.token}`);
    expect(mail.text).toContain(mail.link);
    expect(mail.token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const payload = decodePayload(mail.token!);
    expect(payload).toMatchObject({ sub: expect.any(String), ver: expect.any(String) });
    expect(payload.exp).toBe((payload.iat as number) + 900);
    expect(Math.abs((payload.iat as number) - Date.now() / 1000)).toBeLessThan(5);
  });

  it('answers the same for an unknown email, and mails a "no account" notice instead', async () => {
    const server = createReferenceServer();
    const known = await answer(await post(server, REQUEST, { email: DEMO.email }));
    const unknown = await answer(await post(server, REQUEST, { email: 'nobody@example.com' }));
    expect(unknown).toEqual(known);
    expect(server.outbox[1]).toMatchObject({ to: 'nobody@example.com', kind: 'no-account', locale: 'en' });
    expect(server.outbox[1]!.link).toBeUndefined();
    expect(server.outbox[1]!.token).toBeUndefined();
    // and the cooldown applies to unknown addresses too, so it does not tell them apart
    const again = await post(server, REQUEST, { email: 'nobody@example.com' });
    expect(again.status).toBe(429);
  });

  it('renders German for de, de-DE and de_DE, English otherwise, and stores the locale used', async () => {
    const server = createReferenceServer({ cooldown: 0 });
    for (const locale of ['de', 'de-DE', 'de_DE', 'fr', 'en-GB', 'deu']) {
      await post(server, `${REQUEST}?locale=${locale}`, { email: DEMO.email });
    }
    expect(server.outbox.map((mail) => mail.locale)).toEqual(['de', 'de', 'de', 'en', 'en', 'en']);
    expect(server.outbox[0]).toMatchObject({ subject: 'Passwort zurücksetzen' });
    expect(server.outbox[0]!.text).toContain('Hier wählen Sie ein neues Passwort');
    await post(server, `${REQUEST}?locale=de`, { email: 'nobody@example.com' });
    expect(server.outbox.at(-1)).toMatchObject({ kind: 'no-account', locale: 'de', subject: 'Passwort-Zurücksetzung angefordert' });
  });

  it('refuses a missing or invalid email with 400 INVALID_REQUEST', async () => {
    const server = createReferenceServer();
    for (const body of [{}, { email: 'not-an-email' }, { email: 42 }, { email: ['a@b.co'] }]) {
      expect(await answer(await post(server, REQUEST, body))).toMatchObject({
        status: 400,
        body: bError('INVALID_REQUEST', 400, 'Bad Request', 'The request is invalid', REQUEST),
      });
    }
    expect(server.outbox).toHaveLength(0);
  });

  it('answers 429 EMAIL_COOLDOWN_ACTIVE with Retry-After during the cooldown, case-insensitively', async () => {
    const server = createReferenceServer();
    await post(server, REQUEST, { email: DEMO.email });
    server.advanceTime(15_500);
    const response = await post(server, REQUEST, { email: 'DEMO@example.com' });
    expect(response.headers.get('retry-after')).toBe('45');
    expect(await answer(response)).toMatchObject({
      status: 429,
      body: bError('EMAIL_COOLDOWN_ACTIVE', 429, 'Too Many Requests', 'A reset email was sent too recently', REQUEST),
    });
    expect(server.outbox).toHaveLength(1);
    server.advanceTime(45_000);
    expect((await post(server, REQUEST, { email: DEMO.email })).status).toBe(200);
  });
});

describe('API B: remaining cooldown', () => {
  it('is 0 before, then counts down in whole seconds, rounded up', async () => {
    const server = createReferenceServer({ cooldown: 30 });
    const path = `${COOLDOWN}?email=${encodeURIComponent(DEMO.email)}`;
    expect(await answer(await get(server, path))).toEqual({ status: 200, body: { remaining: 0 }, type: 'application/json' });
    await post(server, REQUEST, { email: DEMO.email });
    expect((await answer(await get(server, path))).body).toEqual({ remaining: 30 });
    server.advanceTime(10_200);
    expect((await answer(await get(server, path))).body).toEqual({ remaining: 20 });
    server.advanceTime(20_000);
    expect((await answer(await get(server, path))).body).toEqual({ remaining: 0 });
  });

  it('refuses a missing or bad email with 400 INVALID_REQUEST', async () => {
    const server = createReferenceServer();
    for (const path of [COOLDOWN, `${COOLDOWN}?email=`, `${COOLDOWN}?email=nope`]) {
      expect(await answer(await get(server, path))).toMatchObject({
        status: 400,
        body: bError('INVALID_REQUEST', 400, 'Bad Request', 'The request is invalid', COOLDOWN),
      });
    }
  });
});

describe('API B: reset the password', () => {
  it('changes the password, spends the token and mails a notice', async () => {
    const { server, token } = await withToken();
    const response = await post(server, `${RESET}?token=${token}&locale=de`, { newPassword: NEW_PASSWORD });
    expect(await answer(response)).toEqual({ status: 200, body: { success: true }, type: 'application/json' });
    expect(server.checkPassword(DEMO.email, NEW_PASSWORD)).toBe(true);
    expect(server.checkPassword(DEMO.email, DEMO.password)).toBe(false);
    expect(server.outbox.at(-1)).toMatchObject({ kind: 'password-changed', to: DEMO.email, locale: 'de', subject: 'Ihr Passwort wurde geändert' });

    const again = await post(server, `${RESET}?token=${token}`, { newPassword: 'Other-Passw0rd!' });
    expect(await answer(again)).toMatchObject({
      status: 401,
      body: bError('PASSWORD_RESET_TOKEN_INVALID', 401, 'Invalid', 'The password reset token is invalid', RESET),
    });
    expect(server.checkPassword(DEMO.email, NEW_PASSWORD)).toBe(true);
  });

  it('spends every older token of the user too', async () => {
    const server = createReferenceServer({ cooldown: 0 });
    await post(server, REQUEST, { email: DEMO.email });
    await post(server, REQUEST, { email: DEMO.email });
    const [first, second] = server.outbox.map((mail) => mail.token);
    expect((await post(server, `${RESET}?token=${second}`, { newPassword: NEW_PASSWORD })).status).toBe(200);
    expect((await answer(await post(server, `${RESET}?token=${first}`, { newPassword: NEW_PASSWORD }))).body)
      .toMatchObject({ code: 'PASSWORD_RESET_TOKEN_INVALID' });
  });

  it('answers 401 PASSWORD_RESET_TOKEN_MISSING without a token', async () => {
    const server = createReferenceServer();
    for (const path of [RESET, `${RESET}?token=`]) {
      expect(await answer(await post(server, path, { newPassword: NEW_PASSWORD }))).toMatchObject({
        status: 401,
        body: bError('PASSWORD_RESET_TOKEN_MISSING', 401, 'Missing', 'The password reset token is missing', RESET),
      });
    }
  });

  it('answers 401 PASSWORD_RESET_TOKEN_EXPIRED once exp has passed on the server clock', async () => {
    const { server, token } = await withToken({ tokenTtl: 60 });
    server.advanceTime(59_000);
    const stillValid = await post(server, `${RESET}?token=${token}`, { newPassword: 'x' });
    expect((await answer(stillValid)).body).toMatchObject({ code: 'INVALID_REQUEST' }); // weak, but the token passed
    server.advanceTime(1_000);
    const response = await post(server, `${RESET}?token=${token}`, { newPassword: NEW_PASSWORD });
    const { body } = await answer(response);
    expect(response.status).toBe(401);
    expect(body).toEqual(bError('PASSWORD_RESET_TOKEN_EXPIRED', 401, 'Expired', 'The password reset token is expired', RESET));
    // the timestamp is the server clock's, not the wall clock's
    const stamp = Date.parse((body as { timestamp: string }).timestamp);
    expect(stamp - Date.now()).toBeGreaterThan(55_000);
    expect(server.checkPassword(DEMO.email, DEMO.password)).toBe(true);
  });

  it('answers 404 USER_NOT_FOUND when the user was deleted', async () => {
    const { server, token } = await withToken();
    expect(server.deleteUser('Demo@Example.com')).toBe(true);
    expect(server.deleteUser(DEMO.email)).toBe(false);
    expect(await answer(await post(server, `${RESET}?token=${token}`, { newPassword: NEW_PASSWORD }))).toMatchObject({
      status: 404,
      body: bError('USER_NOT_FOUND', 404, 'Not Found', 'User not found', RESET),
    });
  });

  it('refuses a password the server rule refuses with 400 INVALID_REQUEST, leaving the token usable', async () => {
    const { server, token } = await withToken();
    const weak = ['Sh0rt!A', 'alllowercase1!', 'ALLUPPERCASE1!', 'NoDigits!!', 'NoSpecial123', 'ümlaut-passw0rd', 'Space 1s not special', 42, null];
    for (const newPassword of weak) {
      const response = await post(server, `${RESET}?token=${token}`, { newPassword });
      expect(await answer(response)).toMatchObject({
        status: 400,
        body: bError('INVALID_REQUEST', 400, 'Bad Request', 'The request is invalid', RESET),
      });
    }
    expect((await post(server, `${RESET}?token=${token}`, {})).status).toBe(400);
    expect((await post(server, `${RESET}?token=${token}`, { newPassword: 'Sh0rt!Ab' })).status).toBe(200); // 8 is enough
  });
});
