// The demo's own sign-in endpoint (not part of PROTOCOL.md): old password refused, new one accepted.
import { describe, expect, it } from 'vitest';
import { createReferenceServer } from '../../mock-server/index';
import { answer, bError, DEMO, NEW_PASSWORD, post, RESET, withToken } from './helpers';

const LOGIN = '/api/auth/login';
const WRONG = bError('INVALID_CREDENTIALS', 401, 'Unauthorized', 'The email or password is wrong', LOGIN);

describe('POST /api/auth/login (the demo sign-in)', () => {
  it('accepts the current password only: after a reset the old one is refused and the new one accepted', async () => {
    const { server, token } = await withToken();
    expect(await answer(await post(server, LOGIN, DEMO))).toEqual({ status: 200, body: { signedIn: true, email: DEMO.email }, type: 'application/json' });
    expect((await post(server, `${RESET}?token=${token}`, { newPassword: NEW_PASSWORD })).status).toBe(200);
    expect(await answer(await post(server, LOGIN, DEMO))).toMatchObject({ status: 401, body: WRONG });
    expect(await answer(await post(server, LOGIN, { email: 'DEMO@example.com', password: NEW_PASSWORD }))).toMatchObject({ status: 200, body: { signedIn: true } });
  });

  it('answers an unknown address exactly as a wrong password, and refuses missing fields and non-JSON bodies', async () => {
    const server = createReferenceServer();
    const unknown = await answer(await post(server, LOGIN, { email: 'nobody@example.com', password: DEMO.password }));
    const wrong = await answer(await post(server, LOGIN, { email: DEMO.email, password: 'nope' }));
    expect(unknown).toMatchObject({ status: 401, body: WRONG });
    expect({ ...(unknown.body as object), timestamp: 0 }).toEqual({ ...(wrong.body as object), timestamp: 0 });
    for (const body of [{ email: DEMO.email }, { email: 'x', password: 'y' }, { email: DEMO.email, password: '' }, '[]']) {
      expect(await answer(await post(server, LOGIN, body))).toMatchObject({ status: 400, body: { code: 'INVALID_REQUEST', path: LOGIN } });
    }
    expect((await post(server, LOGIN, JSON.stringify(DEMO), { 'Content-Type': 'text/plain' })).status).toBe(415);
    expect(server.outbox).toEqual([]);
  });

  it('is rate-limited per address like API B', async () => {
    const server = createReferenceServer({ rateLimit: 2 });
    expect((await post(server, LOGIN, DEMO)).status).toBe(200);
    expect((await post(server, LOGIN, DEMO)).status).toBe(200);
    expect(await answer(await post(server, LOGIN, DEMO))).toMatchObject({ status: 429, body: { code: 'IP_RATE_LIMIT_EXCEEDED' } });
  });
});
