import { http, HttpResponse, delay } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { WebAuth, type WebAuthError } from '../src/index';
import { ORIGIN, failure, useNetwork, wire } from './support/network';

const { server, sent } = useNetwork();
const B = `${ORIGIN}/api/auth/password/reset-request`;
const ok = () => HttpResponse.json({ cooldown: 60 });
const requestReset = (options: ConstructorParameters<typeof WebAuth>[0] | object = {}, signal?: AbortSignal) =>
  new WebAuth({ domain: ORIGIN, ...options }).requestReset({ email: 'ada@example.com', signal });

/** Answers each request with the next response of the list. */
function sequence(...responses: (() => Response)[]) {
  let i = 0;
  server.use(http.post(B, () => responses[Math.min(i++, responses.length - 1)]!()));
}

describe('timeouts, aborts and network failures', () => {
  it('times out a server that never answers', async () => {
    server.use(http.post(B, () => delay('infinite')));
    expect(await failure(requestReset({ timeout: 50 }))).toMatchObject({ code: 'timeout', description: 'The server did not answer in time' });
  });

  it('times out a body that never ends', async () => {
    server.use(
      http.post(B, () => new HttpResponse(new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('{"cool')) }), { status: 200 })),
    );
    expect(await failure(requestReset({ timeout: 100 }))).toMatchObject({ code: 'timeout' });
  });

  it('aborts with the caller signal', async () => {
    server.use(http.post(B, () => delay('infinite')));
    const controller = new AbortController();
    const pending = requestReset({}, controller.signal);
    setTimeout(() => controller.abort(), 20);
    expect(await failure(pending)).toMatchObject({ code: 'aborted' });
  });

  it('times out, and aborts, a custom fetch that ignores the signal', async () => {
    const fetch: typeof globalThis.fetch = () => new Promise(() => {});
    expect(await failure(requestReset({ fetch, timeout: 50 }))).toMatchObject({ code: 'timeout' });
    const controller = new AbortController();
    const pending = requestReset({ fetch }, controller.signal);
    setTimeout(() => controller.abort(), 20);
    expect(await failure(pending)).toMatchObject({ code: 'aborted' });
  });

  it('cancels the body of an answer that comes after the deadline', async () => {
    let cancelled = false;
    const fetch: typeof globalThis.fetch = () =>
      new Promise((resolve) =>
        setTimeout(() => resolve(new Response(new ReadableStream({ cancel: () => void (cancelled = true) }), { status: 200 })), 100),
      );
    expect(await failure(requestReset({ fetch, timeout: 30 }))).toMatchObject({ code: 'timeout' });
    await vi.waitFor(() => expect(cancelled).toBe(true));
  });

  it('an answer after the deadline that is no web Response (null, a Node stream body) is dropped quietly', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      for (const late of [null, { status: 200, body: { pipe() {} } }]) {
        const fetch = (() => new Promise((resolve) => setTimeout(() => resolve(late), 60))) as unknown as typeof globalThis.fetch;
        expect(await failure(requestReset({ fetch, timeout: 20 }))).toMatchObject({ code: 'timeout' });
      }
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  it('times out a body whose stream ignores the signal and its cancel', async () => {
    const body = new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('{"cool')), cancel: () => new Promise(() => {}) });
    const fetch: typeof globalThis.fetch = async () => new Response(body, { status: 200 });
    expect(await failure(requestReset({ fetch, timeout: 50 }))).toMatchObject({ code: 'timeout' });
  });

  it('leaves no listener on the caller\'s signal: a long-lived signal keeps no call alive', async () => {
    const controller = new AbortController();
    const { signal } = controller;
    const listening = new Set<unknown>();
    const { addEventListener, removeEventListener } = signal;
    signal.addEventListener = (type: string, listener: unknown, ...rest: unknown[]) => {
      listening.add(listener);
      return addEventListener.call(signal, type, listener as EventListener, ...(rest as []));
    };
    signal.removeEventListener = (type: string, listener: unknown, ...rest: unknown[]) => {
      listening.delete(listener);
      return removeEventListener.call(signal, type, listener as EventListener, ...(rest as []));
    };
    // Twenty at once; the first ten answered 429, so half of them wait to retry.
    let n = 0;
    server.use(
      http.post(B, () =>
        n++ >= 10 ? ok() : HttpResponse.json({ code: 'IP_RATE_LIMIT_EXCEEDED' }, { status: 429, headers: { 'Retry-After': '0' } }),
      ),
    );
    const results = await Promise.all(Array.from({ length: 20 }, () => requestReset({ retry: 3 }, signal)));
    expect(results.every((result) => result.cooldown === 60)).toBe(true);
    server.use(http.post(B, () => HttpResponse.json({ code: 'INVALID_REQUEST' }, { status: 400 })));
    expect(await failure(requestReset({}, signal))).toMatchObject({ code: 'INVALID_REQUEST' });
    expect(listening.size).toBe(0);
    // A call under way when the signal aborts, and one waiting to retry: aborted, and nothing left.
    let k = 0;
    server.use(
      http.post(B, async () => {
        if (k++ === 0) await delay('infinite');
        return HttpResponse.json({ code: 'IP_RATE_LIMIT_EXCEEDED' }, { status: 429, headers: { 'Retry-After': '30' } });
      }),
    );
    const hanging = failure(requestReset({}, signal));
    await vi.waitFor(() => expect(k).toBe(1));
    const waiting = failure(requestReset({ retry: 1 }, signal));
    await vi.waitFor(() => expect(k).toBe(2));
    await delay(10);
    controller.abort();
    expect(await Promise.all([hanging, waiting])).toMatchObject([{ code: 'aborted' }, { code: 'aborted' }]);
    expect(listening.size).toBe(0);
  });

  it('sends nothing when the signal is already aborted', async () => {
    server.use(http.post(B, ok));
    expect(await failure(requestReset({}, AbortSignal.abort()))).toMatchObject({ code: 'aborted' });
    expect(sent).toHaveLength(0);
  });

  it('reports a dropped connection as network_error', async () => {
    server.use(http.post(B, () => HttpResponse.error()));
    const error = await failure<WebAuthError>(requestReset());
    expect(error).toMatchObject({ code: 'network_error' });
    expect(error.statusCode).toBeUndefined();
  });

  it('a Response.error() from a custom fetch or a service worker (status 0) is a network_error, with no status', async () => {
    for (const fetch of [async () => Response.error(), async () => Object.defineProperty(Response.json({ cooldown: 60 }), 'status', { value: 0 })]) {
      const error = await failure<WebAuthError>(requestReset({ fetch }));
      expect(error).toMatchObject({ code: 'network_error', description: 'The server could not be reached' });
      expect(error.statusCode).toBeUndefined();
    }
  });

  it('an informational status (1xx) that reaches the SDK is no result: invalid_response with that status', async () => {
    for (const status of [100, 101, 103, 199]) {
      const fetch = async () => Object.defineProperty(Response.json({ cooldown: 60 }), 'status', { value: status });
      expect(await failure(requestReset({ fetch }))).toMatchObject({ code: 'invalid_response', statusCode: status });
    }
  });

  it('never follows a redirect', async () => {
    const target = vi.fn(() => ok());
    server.use(
      http.post(B, () => new HttpResponse(null, { status: 302, headers: { Location: 'https://evil.example/steal' } })),
      http.all('https://evil.example/*', target),
    );
    expect(await failure(requestReset())).toMatchObject({ code: 'network_error' });
    expect(target).not.toHaveBeenCalled();
    expect(sent.map((request) => new URL(request.url).origin)).toEqual([ORIGIN]);
  });

  it('bounds a huge body instead of reading it all', async () => {
    server.use(http.post(B, () => new HttpResponse(new Uint8Array(10 * 1024 * 1024).fill(32), { status: 200 })));
    expect(await failure(requestReset())).toMatchObject({ code: 'invalid_response' });
  });
});

describe('reading the body', () => {
  const endless = () =>
    new ReadableStream<Uint8Array>({ pull: (controller) => controller.enqueue(new Uint8Array(16384).fill(32)) });
  /** requestReset with the runtime's own fetch (no `fetch` option), which answers `response`. */
  const viaGlobalFetch = (response: Response, timeout = 5000) => {
    vi.stubGlobal('fetch', async () => response);
    return requestReset({ timeout }).finally(() => vi.unstubAllGlobals());
  };

  it('reads an answer of the browser\'s fetch that declares a length within the bound with text(), without a clone (Chromium tees a clone)', async () => {
    const response = new Response('{"cooldown":60}', { headers: { 'content-type': 'application/json', 'content-length': '15' } });
    const clone = vi.spyOn(response, 'clone');
    const text = vi.spyOn(response, 'text');
    expect(await viaGlobalFetch(response)).toEqual({ cooldown: 60, rateLimit: null });
    expect(text).toHaveBeenCalledOnce();
    expect(clone).not.toHaveBeenCalled();
  });

  it('checks a declared-small body again once decoded (a cross-origin answer hides its encoding)', async () => {
    expect(await failure(viaGlobalFetch(new Response(' '.repeat(70000), { headers: { 'content-length': '2000' } })))).toMatchObject({
      code: 'invalid_response',
    });
  });

  it('streams, at most the bound, an answer that says it is compressed: its length is not the decoded one', async () => {
    const response = new Response(endless(), { headers: { 'content-length': '203', 'content-encoding': 'br' } });
    const text = vi.spyOn(response, 'text');
    const started = Date.now();
    expect(await failure(viaGlobalFetch(response))).toMatchObject({ code: 'invalid_response' });
    expect(Date.now() - started).toBeLessThan(4000);
    expect(text).not.toHaveBeenCalled();
  });

  it.each([' 12', '0x10', '1e3', '-1', '12, 12', ''])('streams an answer whose Content-Length is not a plain number (%j)', async (length) => {
    const response = new Response(endless(), { headers: { 'content-length': length } });
    const text = vi.spyOn(response, 'text');
    expect(await failure(viaGlobalFetch(response))).toMatchObject({ code: 'invalid_response' });
    expect(text).not.toHaveBeenCalled();
  });

  it('streams every answer of a custom fetch, at most the bound: its framing is nobody\'s promise', async () => {
    const response = new Response(endless(), { headers: { 'content-length': '10' } });
    const text = vi.spyOn(response, 'text');
    const clone = vi.spyOn(response, 'clone');
    const started = Date.now();
    expect(await failure(requestReset({ fetch: async () => response, timeout: 5000 }))).toMatchObject({ code: 'invalid_response' });
    expect(Date.now() - started).toBeLessThan(4000);
    expect(text).not.toHaveBeenCalled();
    expect(clone).toHaveBeenCalledOnce();
  });

  it('reads an answer of unknown length through a clone, and stops at the bound: an endless body fails at once, not at the deadline', async () => {
    const response = new Response(endless());
    const clone = vi.spyOn(response, 'clone');
    const started = Date.now();
    expect(await failure(viaGlobalFetch(response))).toMatchObject({ code: 'invalid_response' });
    expect(Date.now() - started).toBeLessThan(4000);
    expect(clone).toHaveBeenCalledOnce();
  });

  it('streams an answer that declares more than the bound, and stops at the bound', async () => {
    const response = new Response(endless(), { headers: { 'content-length': '10000000' } });
    const text = vi.spyOn(response, 'text');
    expect(await failure(viaGlobalFetch(response))).toMatchObject({ code: 'invalid_response' });
    expect(text).not.toHaveBeenCalled();
  });
});

describe('retry: only after 429/503 with a wait hint', () => {
  const limited = (headers: Record<string, string>, status = 429) => () =>
    HttpResponse.json({ code: 'IP_RATE_LIMIT_EXCEEDED', message: 'Too many requests' }, { status, headers });

  it('does not retry by default', async () => {
    sequence(limited({ 'Retry-After': '0' }), ok);
    expect(await failure(requestReset())).toMatchObject({ code: 'IP_RATE_LIMIT_EXCEEDED', retryAfter: 0 });
    expect(sent).toHaveLength(1);
  });

  it('retries after Retry-After, up to `retry` times, and sends the same request again', async () => {
    sequence(limited({ 'Retry-After': '0' }), limited({ 'Retry-After': '0' }, 503), ok);
    expect(await requestReset({ retry: 2 })).toEqual({ cooldown: 60, rateLimit: null });
    expect(sent).toHaveLength(3);
    const [first, , last] = await Promise.all(sent.map(wire));
    expect(last).toEqual(first);
  });

  it('gives up after `retry` attempts with the last error', async () => {
    sequence(limited({ 'Retry-After': '0' }));
    expect(await failure(requestReset({ retry: 2 }))).toMatchObject({ code: 'IP_RATE_LIMIT_EXCEEDED', statusCode: 429 });
    expect(sent).toHaveLength(3);
  });

  it('retries after a rate-limit reset hint', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 1);
    sequence(limited({ 'X-RateLimit-Limit': '5', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': reset }), ok);
    expect((await requestReset({ retry: 1 })).cooldown).toBe(60);
    expect(sent).toHaveLength(2);
  });

  it('reports the reset of a spent limit as retryAfter, when it is the only hint (API A sends no Retry-After)', async () => {
    const reset = Math.floor(Date.now() / 1000) + 30;
    sequence(limited({ 'X-RateLimit-Limit': '5', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': String(reset) }));
    const error = await failure<WebAuthError>(requestReset());
    expect(error.retryAfter).toBeGreaterThanOrEqual(29);
    expect(error.retryAfter).toBeLessThanOrEqual(30);
    expect(error.rateLimit).toEqual({ limit: 5, remaining: 0, reset: new Date(reset * 1000) });
  });

  it('a limit that is not spent is no wait hint: a 503 is not retried, and has no retryAfter', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 1);
    const disabled = () =>
      HttpResponse.json(
        { code: 'EMAIL_DISABLED', message: 'Email is disabled' },
        { status: 503, headers: { 'X-RateLimit-Limit': '5', 'X-RateLimit-Remaining': '4', 'X-RateLimit-Reset': reset } },
      );
    sequence(disabled, ok);
    const error = await failure<WebAuthError>(requestReset({ retry: 2 }));
    expect(error).toMatchObject({ code: 'EMAIL_DISABLED', statusCode: 503 });
    expect(error.retryAfter).toBeUndefined();
    expect(sent).toHaveLength(1);
  });

  it('never retries without a hint, nor a 5xx other than 503', async () => {
    sequence(limited({}), ok);
    expect(await failure(requestReset({ retry: 3 }))).toMatchObject({ statusCode: 429 });
    sequence(() => HttpResponse.json({ code: 'DATABASE_FAILURE' }, { status: 500, headers: { 'Retry-After': '0' } }), ok);
    expect(await failure(requestReset({ retry: 3 }))).toMatchObject({ code: 'DATABASE_FAILURE' });
    expect(sent).toHaveLength(2);
  });

  it('never waits longer than maxRetryWait, nor for a malformed hint', async () => {
    sequence(limited({ 'Retry-After': '3600' }), ok);
    const error = await failure<WebAuthError>(requestReset({ retry: 3, maxRetryWait: 1000 }));
    expect(error).toMatchObject({ statusCode: 429, retryAfter: 3600 });
    sequence(limited({ 'Retry-After': 'tomorrow' }), ok);
    expect(await failure(requestReset({ retry: 3 }))).toMatchObject({ statusCode: 429 });
    expect(sent).toHaveLength(2);
  });

  it('an abort landing between the 429 and the wait still ends the call (never waits an hour)', async () => {
    for (let depth = 0; depth < 12; depth++) {
      const controller = new AbortController();
      const fetch: typeof globalThis.fetch = async () => {
        let hops = depth;
        const hop = () => (hops-- > 0 ? queueMicrotask(hop) : controller.abort());
        queueMicrotask(hop);
        return new Response('{"code":"IP_RATE_LIMIT_EXCEEDED"}', { status: 429, headers: { 'Retry-After': '3600' } });
      };
      const webAuth = new WebAuth({ domain: ORIGIN, fetch, retry: 1, maxRetryWait: 3_600_000 });
      const error = await failure(webAuth.requestReset({ email: 'ada@example.com', signal: controller.signal }));
      expect(error, `abort after ${depth} microtasks`).toMatchObject({ code: 'aborted' });
    }
  });

  it('aborts while waiting to retry', async () => {
    sequence(limited({ 'Retry-After': '30' }), ok);
    const controller = new AbortController();
    const pending = requestReset({ retry: 1 }, controller.signal);
    setTimeout(() => controller.abort(), 50);
    expect(await failure(pending)).toMatchObject({ code: 'aborted' });
    expect(sent).toHaveLength(1);
  });
});

describe('request options', () => {
  it('sends extra headers and uses a custom fetch', async () => {
    server.use(http.post(B, ok));
    const calls: string[] = [];
    const custom: typeof fetch = (input, init) => {
      calls.push(input instanceof Request ? input.url : String(input));
      return fetch(input, init);
    };
    await requestReset({ fetch: custom, headers: { 'X-Tenant': 'acme' } });
    expect(calls).toEqual([`${B}`]);
    expect(sent[0]!.headers.get('x-tenant')).toBe('acme');
  });

  it('sends once when a custom fetch answers with a Response of another realm', async () => {
    let calls = 0;
    const foreign: typeof fetch = async () => {
      calls++;
      const real = HttpResponse.json({ cooldown: 60 });
      // Not an instance of this realm's Response: what a polyfill or another window returns.
      return { status: real.status, ok: real.ok, headers: real.headers, body: real.body, type: 'basic' } as Response;
    };
    expect(await requestReset({ fetch: foreign })).toEqual({ cooldown: 60, rateLimit: null });
    expect(calls).toBe(1);
  });
});
