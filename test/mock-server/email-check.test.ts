// The reference server checks an address on arrival as the SDK does before sending (src/email.ts):
// control and invisible characters are refused by both APIs, and nothing is mailed.
import { describe, expect, it } from 'vitest';
import { createReferenceServer } from '../../mock-server/index';
import { INTERNATIONAL_EMAILS, invisibleEmails } from '../hardening/support';
import { A, COOLDOWN, REQUEST, answer, get, post } from './helpers';

describe('an email with a control or invisible character', () => {
  it.each(invisibleEmails())('%s: 400 from reset-request, cooldown and change_password, no email', async (_, email) => {
    const server = createReferenceServer();
    expect(await answer(await post(server, REQUEST, { email }))).toMatchObject({ status: 400, body: { code: 'INVALID_REQUEST' } });
    // A URL cannot carry a lone surrogate (it goes as U+FFFD, a visible character): JSON can.
    if (!/\p{Cs}/u.test(email)) {
      expect(await answer(await get(server, `${COOLDOWN}?${new URLSearchParams({ email })}`))).toMatchObject({
        status: 400,
        body: { code: 'INVALID_REQUEST' },
      });
    }
    const change = { client_id: 'demo-client', connection: 'Username-Password-Authentication', email };
    expect(await answer(await post(server, A, change))).toMatchObject({ status: 400, body: { code: 'invalid_parameter' } });
    expect(server.outbox).toEqual([]);
  });

  it('international addresses are still served', async () => {
    const server = createReferenceServer();
    for (const email of INTERNATIONAL_EMAILS) {
      expect((await post(server, REQUEST, { email })).status).toBe(200);
      expect((await get(server, `${COOLDOWN}?${new URLSearchParams({ email })}`)).status).toBe(200);
    }
    expect(server.outbox).toHaveLength(INTERNATIONAL_EMAILS.length);
  });
});
