// @vitest-environment node
// Node 20.0–20.2 and browsers before 2024 have no AbortSignal.any, and Node 17.2 and Chrome 102
// no AbortSignal.timeout: pwflow must still time out, abort with the caller's signal, and answer.
// Both are taken away before pwflow and ky are loaded (ky decides at load whether to use any()).
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type * as Pwflow from '../src/index';

const { any, timeout } = AbortSignal;
let pwflow: typeof Pwflow;

beforeAll(async () => {
  Object.assign(AbortSignal, { any: undefined, timeout: undefined });
  vi.resetModules();
  pwflow = await import('../src/index');
});

afterAll(() => {
  Object.assign(AbortSignal, { any, timeout });
});

/** A fetch that answers after `ms`, or rejects as a real fetch does when its request's signal aborts. */
const slow =
  (ms: number): typeof fetch =>
  (input) =>
    new Promise((resolve, reject) => {
      const { signal } = input as Request;
      const timer = setTimeout(() => resolve(Response.json({ cooldown: 60 })), ms);
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(signal.reason);
      });
    });

const failure = (promise: Promise<unknown>) => promise.then(() => expect.fail('resolved'), (error: unknown) => error);

it('runs without AbortSignal.any and AbortSignal.timeout', () => {
  expect(AbortSignal.any).toBeUndefined();
  expect(AbortSignal.timeout).toBeUndefined();
});

it('answers, times out, and aborts with the caller signal', async () => {
  const webAuth = (ms: number, timeoutMs?: number) => new pwflow.WebAuth({ domain: 'tenant.example.com', fetch: slow(ms), timeout: timeoutMs });
  const controller = new AbortController();
  expect(await webAuth(5).requestReset({ email: 'ada@example.com', signal: controller.signal })).toEqual({ cooldown: 60, rateLimit: null });
  expect(await failure(webAuth(10_000, 30).requestReset({ email: 'ada@example.com' }))).toMatchObject({ code: 'timeout' });
  const pending = webAuth(10_000).requestReset({ email: 'ada@example.com', signal: controller.signal });
  setTimeout(() => controller.abort(), 20);
  expect(await failure(pending)).toMatchObject({ code: 'aborted' });
});
