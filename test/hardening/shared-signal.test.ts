// @vitest-environment node
// One app-wide AbortSignal shared by many calls at once (a page's or a server's shutdown signal):
// Node warns (MaxListenersExceededWarning) when more than ten listeners wait on one signal, so
// pwflow must add one at most, however many calls share it; nothing may stay attached after the
// calls end (a long-lived signal keeps no call alive), and aborting still ends every one of them.
import { getEventListeners } from 'node:events';
import { http, HttpResponse, delay } from 'msw';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { WebAuth } from '../../src/index';
import { ORIGIN, failure, useNetwork } from '../support/network';

const { server } = useNetwork();
const REQUEST = `${ORIGIN}/api/auth/password/reset-request`;

const warnings: Error[] = [];
const onWarning = (warning: Error) => void warnings.push(warning);
beforeEach(() => {
  warnings.length = 0;
  process.on('warning', onWarning);
});
afterEach(() => {
  process.off('warning', onWarning);
});

/** Lets Node emit a pending warning (emitWarning reports on the next tick). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

it('25 calls at once on one signal, half of them waiting to retry: no warning, nothing left attached', async () => {
  const { signal } = new AbortController();
  let n = 0;
  server.use(
    http.post(REQUEST, async () => {
      await delay(10);
      // The first twelve are asked to wait and come back: their retry waits overlap the others.
      return n++ >= 12 ? HttpResponse.json({ cooldown: 60 }) : HttpResponse.json({ code: 'IP_RATE_LIMIT_EXCEEDED' }, { status: 429, headers: { 'Retry-After': '0' } });
    }),
  );
  const webAuth = new WebAuth({ domain: ORIGIN, retry: 1 });
  const results = await Promise.all(Array.from({ length: 25 }, () => webAuth.requestReset({ email: 'ada@example.com', signal })));
  expect(results.every((result) => result.cooldown === 60)).toBe(true);
  expect(n).toBe(37);
  await settle();
  expect(warnings.map(String)).toEqual([]);
  expect(getEventListeners(signal, 'abort')).toHaveLength(0);
});

it('aborting the shared signal ends all 25, those under way and those waiting to retry, and leaves nothing attached', async () => {
  const controller = new AbortController();
  const { signal } = controller;
  let n = 0;
  server.use(
    http.post(REQUEST, async () => {
      if (n++ % 2) await delay('infinite');
      return HttpResponse.json({ code: 'IP_RATE_LIMIT_EXCEEDED' }, { status: 429, headers: { 'Retry-After': '30' } });
    }),
  );
  const webAuth = new WebAuth({ domain: ORIGIN, retry: 1, maxRetryWait: 60_000 });
  const pending = Array.from({ length: 25 }, () => failure(webAuth.requestReset({ email: 'ada@example.com', signal })));
  await vi.waitFor(() => expect(n).toBe(25));
  await settle();
  expect(getEventListeners(signal, 'abort').length).toBeLessThanOrEqual(1);
  controller.abort();
  expect(await Promise.all(pending)).toEqual(Array.from({ length: 25 }, () => expect.objectContaining({ code: 'aborted' })));
  await settle();
  expect(warnings.map(String)).toEqual([]);
  expect(getEventListeners(signal, 'abort')).toHaveLength(0);
});
