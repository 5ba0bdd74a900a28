// @vitest-environment node
// Who has an account must not show in how long the answer takes. Wall-clock times are noise on a
// shared CI machine, so this counts the expensive work instead: every HMAC signature and key import
// goes through Web Crypto, and a known and an unknown address must ask it for the same.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createReferenceServer } from '../../mock-server/index';
import { A, DEMO, post, REQUEST } from './helpers';

afterEach(() => vi.restoreAllMocks());

/** The Web Crypto calls one request makes on a fresh server (the first one also creates the key). */
async function cryptoWork(path: string, body: Record<string, unknown>) {
  const server = createReferenceServer();
  const sign = vi.spyOn(globalThis.crypto.subtle, 'sign');
  const importKey = vi.spyOn(globalThis.crypto.subtle, 'importKey');
  const first = await post(server, path, body);
  const counts = [sign.mock.calls.length, importKey.mock.calls.length];
  // A second request on the same server (the key exists now), after the cooldown.
  server.advanceTime(61_000);
  const second = await post(server, path, body);
  counts.push(sign.mock.calls.length, importKey.mock.calls.length);
  vi.restoreAllMocks();
  return { statuses: [first.status, second.status], counts, mails: server.outbox.length };
}

describe('timing: a known and an unknown address cost the same work', () => {
  it('API B reset-request signs a token for an unknown address too (and mails the notice)', async () => {
    const known = await cryptoWork(REQUEST, { email: DEMO.email });
    const unknown = await cryptoWork(REQUEST, { email: 'nobody@example.com' });
    expect(known.statuses).toEqual([200, 200]);
    expect(unknown.statuses).toEqual([200, 200]);
    expect(known.counts).toEqual([1, 1, 2, 1]);
    expect(unknown.counts).toEqual(known.counts);
    expect(unknown.mails).toBe(known.mails);
  });

  it('API A change_password signs a token for an unknown address too (and mails nothing)', async () => {
    const body = { client_id: 'demo-client', connection: 'Username-Password-Authentication' };
    const known = await cryptoWork(A, { ...body, email: DEMO.email });
    const unknown = await cryptoWork(A, { ...body, email: 'nobody@example.com' });
    expect(known.statuses).toEqual([200, 200]);
    expect(unknown.statuses).toEqual([200, 200]);
    expect(known.counts).toEqual([1, 1, 2, 1]);
    expect(unknown.counts).toEqual(known.counts);
    expect([known.mails, unknown.mails]).toEqual([2, 0]);
  });
});
