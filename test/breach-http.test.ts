// @vitest-environment node
// The breach check over real HTTP, against the Node reference server (startReferenceServer): the
// server's own request log shows what crossed the wire.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createReferenceServer } from '../mock-server/index';
import { breachCount, sha1 } from '../mock-server/core/range';
import { type RunningReferenceServer, startReferenceServer } from '../mock-server/node';
import { WebAuth, type WebAuthError, checkBreachedPassword } from '../src/index';
import { failure } from './support/network';

const reference = createReferenceServer();
/** Every request the Node server handed to the reference server: method, path and headers. */
const log: { method: string; path: string; headers: Headers; body: string }[] = [];
let running: RunningReferenceServer;

beforeAll(async () => {
  const server = Object.assign(Object.create(reference) as typeof reference, {
    async handle(request: Request) {
      const url = new URL(request.url);
      log.push({ method: request.method, path: url.pathname + url.search, headers: request.headers, body: await request.clone().text() });
      return reference.handle(request);
    },
  });
  running = await startReferenceServer({ port: 0, server });
});
afterAll(() => running.close());

const email = 'demo@example.com';

it('a leaked password is refused with its count; only the prefix and Add-Padding went out, nothing to the auth API', async () => {
  const webAuth = new WebAuth({ domain: running.url, breachCheck: { endpoint: `${running.url}/range/` } });
  await webAuth.requestReset({ email });
  const token = reference.outbox.at(-1)!.token!;
  log.length = 0;

  const hash = await sha1('P@ssw0rd');
  const error = await failure<WebAuthError>(webAuth.resetPassword({ password: 'P@ssw0rd', token }));
  expect(error).toMatchObject({ code: 'invalid_request', fields: [{ path: 'password', rule: 'breached' }] });
  expect(error.fields![0]!.message).toContain(String(breachCount(hash)));
  expect(log.map(({ method, path }) => `${method} ${path}`)).toEqual([`GET /range/${hash.slice(0, 5)}`]);
  expect(log[0]!.headers.get('add-padding')).toBe('true');
  expect(log[0]!.body).toBe('');
  expect(JSON.stringify([...log[0]!.headers])).not.toContain(hash.slice(5));
  expect(reference.checkPassword(email, 'P@ssw0rd')).toBe(false);

  // A clean one passes, and the reset goes through on the same token.
  log.length = 0;
  expect(await webAuth.resetPassword({ password: 'Brand-New-Passw0rd!', token })).toMatchObject({ success: true, breachCheck: 'passed' });
  expect(log.map(({ method, path }) => `${method} ${path.split('?')[0]}`)).toEqual([
    `GET /range/${(await sha1('Brand-New-Passw0rd!')).slice(0, 5)}`,
    'POST /api/auth/password/reset',
  ]);
  expect(reference.checkPassword(email, 'Brand-New-Passw0rd!')).toBe(true);
});

it('checkBreachedPassword reads the padded answer over HTTP', async () => {
  expect(await checkBreachedPassword('password', { endpoint: `${running.url}/range/` })).toEqual({
    breached: true,
    count: breachCount(await sha1('password')),
  });
  expect(await checkBreachedPassword('Brand-New-Passw0rd!', { endpoint: `${running.url}/range/` })).toEqual({ breached: false, count: 0 });
});

it('an unreachable or malformed range leaves the call going on, with breachCheck "skipped"', async () => {
  reference.reset();
  const closed = await startReferenceServer({ port: 0 });
  await closed.close(); // a port nothing listens on any more
  const unreachable = new WebAuth({ domain: running.url, breachCheck: { endpoint: `${closed.url}/range/` } });
  await unreachable.requestReset({ email });
  expect(await unreachable.resetPassword({ password: 'Brand-New-Passw0rd!', token: reference.outbox.at(-1)!.token! })).toMatchObject({
    success: true,
    breachCheck: 'skipped',
  });

  reference.reset();
  const malformed = new WebAuth({ domain: running.url, breachCheck: { endpoint: `${running.url}/mailbox.json?` } });
  await malformed.requestReset({ email });
  log.length = 0;
  expect(await malformed.resetPassword({ password: 'Brand-New-Passw0rd!', token: reference.outbox.at(-1)!.token! })).toMatchObject({
    success: true,
    breachCheck: 'skipped',
  });
  expect(log.map(({ method, path }) => `${method} ${path.split('?')[0]}`)).toEqual(['POST /api/auth/password/reset']);
});
