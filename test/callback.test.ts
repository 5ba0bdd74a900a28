import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebAuth, WebAuthError } from '../src/index';
import { ORIGIN, useNetwork } from './support/network';

const { server, sent } = useNetwork();
const B = `${ORIGIN}/api/auth/password/reset-request`;
const webAuth = new WebAuth({ domain: ORIGIN });

afterEach(() => vi.unstubAllGlobals());

/** Resolves with the callback's arguments once it has been called, and fails if called twice. */
function called() {
  const calls: unknown[][] = [];
  let done: (args: unknown[]) => void;
  const first = new Promise<unknown[]>((resolve) => (done = resolve));
  const callback = (...args: unknown[]) => {
    calls.push(args);
    done(args);
  };
  return { callback, calls, first };
}

describe('callback form', () => {
  it('calls back once with (null, result), never synchronously, and returns undefined', async () => {
    server.use(http.post(B, () => HttpResponse.json({ cooldown: 60 })));
    const { callback, calls, first } = called();
    expect(webAuth.requestReset({ email: 'ada@example.com' }, callback)).toBeUndefined();
    expect(calls).toHaveLength(0);
    expect(await first).toEqual([null, { cooldown: 60, rateLimit: null }]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toHaveLength(1);
  });

  it('calls back with the error alone on failure', async () => {
    server.use(http.post(B, () => HttpResponse.json({ code: 'EMAIL_DISABLED', message: 'Email is disabled' }, { status: 503 })));
    const { callback, first } = called();
    webAuth.requestReset({ email: 'ada@example.com' }, callback);
    const [error, result] = await first;
    expect(error).toBeInstanceOf(WebAuthError);
    expect(error).toMatchObject({ code: 'EMAIL_DISABLED' });
    expect(result).toBeUndefined();
  });

  it('delivers a validation error asynchronously, without sending', async () => {
    const { callback, calls, first } = called();
    webAuth.requestReset({ email: 'not-an-email' }, callback);
    expect(calls).toHaveLength(0);
    const [error] = await first;
    expect(error).toMatchObject({ code: 'invalid_request', fields: [{ path: 'email', message: 'Must be a valid email address' }] });
    expect(sent).toHaveLength(0);
  });

  it('takes a callback passed in place of the options', async () => {
    const { callback, first } = called();
    (webAuth.requestReset as unknown as (cb: typeof callback) => void)(callback);
    expect((await first)[0]).toMatchObject({ code: 'invalid_request' });
  });

  it('lets an exception thrown in the callback escape, and never calls back twice', async () => {
    server.use(http.post(B, () => HttpResponse.json({ cooldown: 60 })));
    // Run each microtask at once and keep what escapes it: that is what the host would report.
    const escaped: unknown[] = [];
    vi.stubGlobal('queueMicrotask', (task: () => void) => {
      try {
        task();
      } catch (error) {
        escaped.push(error);
      }
    });
    const callback = vi.fn(() => {
      throw new Error('bug in the app');
    });
    webAuth.requestReset({ email: 'ada@example.com' }, callback);
    await vi.waitFor(() => expect(callback).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(callback).toHaveBeenCalledTimes(1);
    expect(callback).toHaveBeenCalledWith(null, { cooldown: 60, rateLimit: null });
    expect(escaped).toEqual([new Error('bug in the app')]);
  });
});

describe('promise form', () => {
  it('never throws synchronously, whatever the arguments', () => {
    for (const args of [undefined, null, 42, 'x', [], { email: 1 }, { get email() { throw new Error('getter'); } }]) {
      const result = webAuth.requestReset(args as never);
      expect(result).toBeInstanceOf(Promise);
      result?.catch(() => {});
    }
  });

  it('turns an unreadable argument into invalid_request', async () => {
    const args = { get email(): string { throw new Error('getter'); } };
    await expect(webAuth.requestReset(args)).rejects.toMatchObject({ code: 'invalid_request' });
    expect(sent).toHaveLength(0);
  });
});
