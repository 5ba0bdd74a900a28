import { describe, expect, it } from 'vitest';
import { createReferenceServer } from '../../mock-server/index';
import { A, answer, DEMO, NEW_PASSWORD, post, RESET } from './helpers';

const CONNECTION = 'Username-Password-Authentication';
const valid = { client_id: 'demo-client', email: DEMO.email, connection: CONNECTION };
const SENT = "We've just sent you an email to reset your password.";

function invalidParameter(field: string) {
  return {
    status: 400,
    type: 'application/json',
    body: {
      name: 'BadRequestError',
      code: 'invalid_parameter',
      description: `The request is missing a field or has an invalid one: ${field}`,
      statusCode: 400,
    },
  };
}

describe('API A: change password', () => {
  it('answers 200 with the sentence as a JSON string and mails a change-password link', async () => {
    const server = createReferenceServer();
    const response = await post(server, A, valid);
    expect(await answer(response)).toEqual({ status: 200, body: SENT, type: 'application/json' });
    expect(server.outbox).toHaveLength(1);
    const mail = server.outbox[0]!;
    expect(mail).toMatchObject({ to: DEMO.email, kind: 'change-password', locale: 'en', subject: 'Change your password' });
    expect(mail.link).toBe(`http://127.0.0.1:3000/reset-password?token=${mail.token}`);

    // the link's token works with API B's reset
    const reset = await post(server, `${RESET}?token=${mail.token}`, { newPassword: NEW_PASSWORD });
    expect(reset.status).toBe(200);
    expect(server.checkPassword(DEMO.email, NEW_PASSWORD)).toBe(true);
  });

  it('answers the same for an unknown email, and for a user of another connection, without mailing', async () => {
    const server = createReferenceServer({
      connections: [CONNECTION, 'Other'],
      users: [{ email: 'ada@example.com', password: 'x', connection: 'Other' }],
    });
    const known = await answer(await post(server, A, { ...valid, email: 'ada@example.com', connection: 'Other' }));
    const unknown = await answer(await post(server, A, { ...valid, email: 'nobody@example.com' }));
    const otherConnection = await answer(await post(server, A, { ...valid, email: 'ada@example.com' }));
    expect(unknown).toEqual(known);
    expect(otherConnection).toEqual(known);
    expect(server.outbox.map((mail) => mail.to)).toEqual(['ada@example.com']);
  });

  it('mails in German for ?locale=de or Accept-Language: de-DE', async () => {
    const server = createReferenceServer();
    await post(server, `${A}?locale=de`, valid);
    await post(server, A, valid, { 'Accept-Language': 'de-DE,de;q=0.9,en;q=0.8' });
    await post(server, A, valid, { 'Accept-Language': 'en-US' });
    expect(server.outbox.map((mail) => [mail.locale, mail.subject])).toEqual([
      ['de', 'Passwort ändern'],
      ['de', 'Passwort ändern'],
      ['en', 'Change your password'],
    ]);
  });

  it('answers 401 unauthorized_client for an unknown client id', async () => {
    const server = createReferenceServer();
    expect(await answer(await post(server, A, { ...valid, client_id: 'someone-else' }))).toEqual({
      status: 401,
      type: 'application/json',
      body: { error: 'unauthorized_client', error_description: 'The client id is not known' },
    });
  });

  it('answers 400 bad.connection for an unknown connection', async () => {
    const server = createReferenceServer();
    expect(await answer(await post(server, A, { ...valid, connection: 'Nope' }))).toEqual({
      status: 400,
      type: 'application/json',
      body: { error: 'bad.connection', error_description: 'The connection does not exist' },
    });
  });

  it.each([
    ['client_id', { email: DEMO.email, connection: CONNECTION }],
    ['client_id', { ...valid, client_id: 7 }],
    ['email', { ...valid, email: undefined }],
    ['email', { ...valid, email: 'not-an-email' }],
    ['email', { ...valid, email: { address: DEMO.email } }],
    ['connection', { ...valid, connection: '' }],
    ['connection', { ...valid, connection: ['x'] }],
    ['password', { ...valid, password: 123 }],
  ])('answers 400 invalid_parameter (%s) for %j', async (field, body) => {
    const server = createReferenceServer();
    expect(await answer(await post(server, A, body))).toEqual(invalidParameter(field));
    expect(server.outbox).toHaveLength(0);
  });

  it('answers 400 invalid_parameter for a body that is not a JSON object', async () => {
    const server = createReferenceServer();
    for (const body of ['', 'client_id=demo-client', '[1,2]', 'null', '"text"', '{"client_id":']) {
      const { status, body: parsed } = await answer(await post(server, A, body));
      expect(status).toBe(400);
      expect(parsed).toMatchObject({ name: 'BadRequestError', code: 'invalid_parameter', statusCode: 400 });
    }
  });

  it('accepts and ignores a password by default', async () => {
    const server = createReferenceServer();
    expect((await post(server, A, { ...valid, password: NEW_PASSWORD })).status).toBe(200);
    expect(server.checkPassword(DEMO.email, DEMO.password)).toBe(true);
  });

  it('with refusePassword, answers a non-empty password with the bare {"error":"password is not allowed"}', async () => {
    const server = createReferenceServer({ refusePassword: true });
    expect(await answer(await post(server, A, { ...valid, password: NEW_PASSWORD }))).toEqual({
      status: 400,
      type: 'application/json',
      body: { error: 'password is not allowed' },
    });
    expect(server.outbox).toHaveLength(0);
    expect((await post(server, A, { ...valid, password: '' })).status).toBe(200);
  });
});
