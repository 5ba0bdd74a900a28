import { describe, expect, it } from 'vitest';
import { createReferenceServer } from '../../mock-server/index';
import { answer, COOLDOWN, DEMO, get, NEW_PASSWORD, post, REQUEST, RESET, withToken } from './helpers';

describe('options, clock and reset()', () => {
  it('uses the options: users, appUrl, tokenTtl, cooldown', async () => {
    const server = createReferenceServer({
      users: [{ email: 'ada@example.com', password: 'Old-Passw0rd!' }],
      appUrl: 'https://app.example.com/account/reset?from=mail',
      tokenTtl: 120,
      cooldown: 5,
    });
    expect(await answer(await post(server, REQUEST, { email: 'ada@example.com' }))).toMatchObject({ body: { cooldown: 5 } });
    const mail = server.outbox[0]!;
    expect(mail.link).toBe(`https://app.example.com/account/reset?from=mail&token=${mail.token}`);
    expect(mail.text).toContain('expires in 2 minutes');
    expect((await post(server, REQUEST, { email: DEMO.email })).status).toBe(200);
    expect(server.outbox[1]!.kind).toBe('no-account'); // the default user is gone
    expect(server.checkPassword('ada@example.com', 'Old-Passw0rd!')).toBe(true);
  });

  it('says how long the link works in words that fit: seconds under a minute, whole minutes from one up', async () => {
    const cases: [ttl: number, locale: string, words: string][] = [
      [5, 'en', 'expires in 5 seconds.'],
      [1, 'en', 'expires in 1 second.'],
      [60, 'en', 'expires in 1 minute.'],
      [90, 'en', 'expires in 1 minute.'],
      [900, 'en', 'expires in 15 minutes.'],
      [1, 'de', 'läuft in 1 Sekunde ab.'],
      [30, 'de', 'läuft in 30 Sekunden ab.'],
      [60, 'de', 'läuft in 1 Minute ab.'],
      [3600, 'de', 'läuft in 60 Minuten ab.'],
    ];
    for (const [tokenTtl, locale, words] of cases) {
      const server = createReferenceServer({ tokenTtl });
      expect((await post(server, `${REQUEST}?locale=${locale}`, { email: DEMO.email })).status).toBe(200);
      expect(server.outbox[0]!.text, `${tokenTtl} s, ${locale}`).toContain(words);
    }
  });

  it('puts the token into a hash route when appUrl has one', async () => {
    const { server } = await withToken({ appUrl: 'https://app.example.com/#/reset-password' });
    const mail = server.outbox[0]!;
    expect(mail.link).toBe(`https://app.example.com/#/reset-password?token=${mail.token}`);
  });

  it('takes appUrl as a function of the request that asked for the link (API A and B)', async () => {
    const seen: string[] = [];
    const server = createReferenceServer({
      appUrl: (request) => {
        seen.push(new URL(request.url).pathname);
        return request.headers.get('x-app') === 'spa' ? 'https://app.example.com/#/reset-password' : 'https://app.example.com/reset-password';
      },
    });
    await post(server, REQUEST, { email: DEMO.email }, { 'X-App': 'spa' });
    await post(server, '/dbconnections/change_password', { client_id: 'demo-client', email: DEMO.email, connection: 'Username-Password-Authentication' });
    await post(server, REQUEST, { email: 'nobody@example.com' }, { 'X-App': 'spa' }); // no link, no call
    const [spa, plain] = server.outbox;
    expect(spa!.link).toBe(`https://app.example.com/#/reset-password?token=${spa!.token}`);
    expect(plain!.link).toBe(`https://app.example.com/reset-password?token=${plain!.token}`);
    expect(seen).toEqual([REQUEST, '/dbconnections/change_password']);
  });

  it('refuses options that cannot work', () => {
    expect(() => createReferenceServer({ appUrl: 'not a url' })).toThrow(TypeError);
    expect(() => createReferenceServer({ rateLimit: 0 })).toThrow(/rateLimit/);
    expect(() => createReferenceServer({ cooldown: -1 })).toThrow(/cooldown/);
    expect(() => createReferenceServer({ tokenTtl: Number.NaN })).toThrow(/tokenTtl/);
  });

  it('stamps emails and error bodies with the moved clock', async () => {
    const server = createReferenceServer();
    server.advanceTime(86_400_000);
    await post(server, REQUEST, { email: DEMO.email });
    expect(Date.parse(server.outbox[0]!.sentAt) - Date.now()).toBeGreaterThan(86_390_000);
    const { body } = await answer(await get(server, COOLDOWN));
    expect(Date.parse((body as { timestamp: string }).timestamp) - Date.now()).toBeGreaterThan(86_390_000);
    expect(() => server.advanceTime(Number.POSITIVE_INFINITY)).toThrow(TypeError);
  });

  it('refuses an absurd advanceTime with a TypeError and keeps answering normally', async () => {
    const server = createReferenceServer();
    for (const ms of [1e20, -1e20, 1e16, -Date.now() - 1000, Number.NaN, Number.NEGATIVE_INFINITY, Number.MAX_VALUE]) {
      expect(() => server.advanceTime(ms), String(ms)).toThrow(TypeError);
    }
    const cooldown = await get(server, `${COOLDOWN}?email=a%40example.com`);
    expect(await answer(cooldown)).toEqual({ status: 200, body: { remaining: 0 }, type: 'application/json' });
    expect((await get(server, COOLDOWN)).status).toBe(400); // an error body, with its timestamp, still renders
    expect((await post(server, REQUEST, { email: DEMO.email })).status).toBe(200);
    expect(Math.abs(Date.parse(server.outbox[0]!.sentAt) - Date.now())).toBeLessThan(60_000);
    server.advanceTime(365 * 86_400_000); // a year ahead is fine
  });

  it('reset() restores users, empties the same outbox array, and clears cooldowns, limits, clock and failures', async () => {
    const { server, token } = await withToken({ rateLimit: 3 });
    const outbox = server.outbox;
    await post(server, `${RESET}?token=${token}`, { newPassword: NEW_PASSWORD });
    server.deleteUser(DEMO.email);
    server.advanceTime(10 * 86_400_000);
    server.failNext('DATABASE_FAILURE');
    expect(server.checkPassword(DEMO.email, NEW_PASSWORD)).toBe(false);

    server.reset();
    expect(server.outbox).toBe(outbox);
    expect(outbox).toHaveLength(0);
    expect(server.checkPassword(DEMO.email, DEMO.password)).toBe(true);
    const cooldown = await get(server, `${COOLDOWN}?email=${encodeURIComponent(DEMO.email)}`);
    expect(await answer(cooldown)).toMatchObject({ status: 200, body: { remaining: 0 } }); // no failure, no cooldown
    expect(cooldown.headers.get('x-ratelimit-remaining')).toBe('2'); // a fresh bucket
    expect(Math.abs(Number(cooldown.headers.get('x-ratelimit-reset')) - (Date.now() / 1000 + 20))).toBeLessThan(3); // clock back
    expect((await post(server, REQUEST, { email: DEMO.email })).status).toBe(200);
  });

  it('checkPassword is false for unknown users and case-insensitive on the email', () => {
    const server = createReferenceServer();
    expect(server.checkPassword('DEMO@EXAMPLE.COM', DEMO.password)).toBe(true);
    expect(server.checkPassword(DEMO.email, DEMO.password.toLowerCase())).toBe(false);
    expect(server.checkPassword('nobody@example.com', DEMO.password)).toBe(false);
  });
});
