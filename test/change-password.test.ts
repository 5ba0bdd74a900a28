import { describe, expect, it } from 'vitest';
import { WebAuth, type WebAuthError } from '../src/index';
import { ORIGIN, failure, useReferenceServer, wire } from './support/network';

const { reference, sent } = useReferenceServer();
const webAuth = new WebAuth({ domain: ORIGIN, clientID: 'demo-client' });
const connection = 'Username-Password-Authentication';
const sentence = "We've just sent you an email to reset your password.";

describe('changePassword (PROTOCOL.md §A)', () => {
  it('posts exactly client_id, email and connection, and resolves with the message and rate limit', async () => {
    const result = await webAuth.changePassword({ connection, email: 'demo@example.com' });
    expect(await wire(sent[0])).toEqual({
      method: 'POST',
      url: `${ORIGIN}/dbconnections/change_password`,
      query: [],
      contentType: 'application/json',
      body: JSON.stringify({ client_id: 'demo-client', email: 'demo@example.com', connection }),
    });
    expect(result.message).toBe(sentence);
    expect(result.rateLimit).toMatchObject({ limit: 30, remaining: 29 });
    expect(reference.outbox.at(-1)).toMatchObject({ to: 'demo@example.com', kind: 'change-password' });
  });

  it('sends password only when it is non-empty', async () => {
    await webAuth.changePassword({ connection, email: 'demo@example.com', password: '' });
    await webAuth.changePassword({ connection, email: 'demo@example.com', password: 'N3w-Passw0rd!' });
    expect(JSON.parse((await wire(sent[0])).body)).not.toHaveProperty('password');
    expect(JSON.parse((await wire(sent[1])).body)).toEqual({ client_id: 'demo-client', email: 'demo@example.com', connection, password: 'N3w-Passw0rd!' });
  });

  it('answers the same for an unknown email, and mails nobody', async () => {
    expect((await webAuth.changePassword({ connection, email: 'nobody@example.com' })).message).toBe(sentence);
    expect(reference.outbox).toHaveLength(0);
  });

  it('reads the server errors: unknown connection, unknown client, rate limit', async () => {
    expect(await failure(webAuth.changePassword({ connection: 'Nope', email: 'demo@example.com' }))).toMatchObject({
      code: 'bad.connection',
      statusCode: 400,
    });
    const stranger = new WebAuth({ domain: ORIGIN, clientID: 'who' });
    expect(await failure(stranger.changePassword({ connection, email: 'demo@example.com' }))).toMatchObject({
      code: 'unauthorized_client',
      statusCode: 401,
    });
    reference.failNext('too_many_requests');
    const error = await failure<WebAuthError>(webAuth.changePassword({ connection, email: 'demo@example.com' }));
    expect(error).toMatchObject({ code: 'too_many_requests', description: 'Global limit has been reached', statusCode: 429 });
    expect(error.retryAfter).toBeGreaterThan(0);
  });

  it('reads "password is not allowed" from a newer server', async () => {
    reference.failNext('password is not allowed');
    expect(await failure(webAuth.changePassword({ connection, email: 'demo@example.com', password: 'x' }))).toMatchObject({
      code: 'password is not allowed',
      description: 'password is not allowed',
    });
  });

  it('reads a proxy HTML page and plain text', async () => {
    reference.failNext('html');
    expect(await failure(webAuth.changePassword({ connection, email: 'demo@example.com' }))).toMatchObject({ code: 'server_error', statusCode: 502 });
    reference.failNext('text');
    expect(await failure(webAuth.changePassword({ connection, email: 'demo@example.com' }))).toMatchObject({ code: 'server_error', statusCode: 503 });
  });

  it('needs clientID: invalid_configuration, nothing sent', async () => {
    const noClient = new WebAuth({ domain: ORIGIN });
    expect(await failure(noClient.changePassword({ connection, email: 'demo@example.com' }))).toMatchObject({
      code: 'invalid_configuration',
      fields: [{ path: 'clientID', message: 'Required by changePassword' }],
    });
    expect(sent).toHaveLength(0);
  });

  it.each([
    [{ connection, email: 'not-an-email' }, 'email'],
    [{ connection: '', email: 'demo@example.com' }, 'connection'],
    [{ connection: ' \t', email: 'demo@example.com' }, 'connection'],
    [{ email: 'demo@example.com' }, 'connection'],
    [{ connection, email: 'demo@example.com', password: 42 }, 'password'],
  ])('refuses %j before sending', async (args, path) => {
    const error = await failure<WebAuthError>(webAuth.changePassword(args as never));
    expect(error.code).toBe('invalid_request');
    expect(error.fields?.map((field) => field.path)).toEqual([path]);
    expect(sent).toHaveLength(0);
  });
});
