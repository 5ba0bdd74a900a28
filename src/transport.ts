import ky from 'ky';
import { toWebAuthError } from './normalize';
import { type RateLimit, parseRateLimit, parseRetryAfter } from './rate-limit';

/** Everything the transport needs to know about the server, fixed at construction. */
export interface Settings {
  origin: string;
  timeout: number;
  retry: number;
  maxRetryWait: number;
  fetch?: typeof fetch | undefined;
  headers?: Record<string, string> | undefined;
}

/** One API call as PROTOCOL.md describes it. */
export interface Call {
  method: 'GET' | 'POST';
  path: string;
  query?: Record<string, string | undefined>;
  json?: Record<string, string>;
  signal?: AbortSignal | undefined;
  /** A value that must never appear in an error (the reset token). */
  secret?: string;
  /** API A: a body without `code` names it in `error` (API B's `error` is the status text). */
  codeInError?: boolean;
}

/** A response, read once and bounded. */
export interface Reply {
  status: number;
  /** The body parsed as JSON, or its text when it is not JSON. */
  body: unknown;
  /** An HTML page (a proxy's error page, a login redirect target): never a result. */
  html: boolean;
  rateLimit: RateLimit | null;
  retryAfter: number | undefined;
}

/** Bodies larger than this are not read: no answer of these APIs comes near it. */
const MAX_BODY = 65536;

/** 429 Too Many Requests and 503 Service Unavailable: the statuses whose wait hint counts. */
const busy = (status: number) => status === 429 || status === 503;

/**
 * Reads the body, or `undefined` past MAX_BODY characters (the status alone must then tell);
 * each read races `aborted`, so the timeout covers the body too, even a stream that ignores it.
 * Chromium reports a request whose body only a stream reader read as aborted (net::ERR_ABORTED)
 * about one time in two when it is no-store, though it succeeded; `text()` never. So an answer of
 * the browser's own `fetch` that declares a plain `Content-Length` within the bound and no
 * `Content-Encoding` (every answer of these APIs, from the servers that send the header) is read
 * with `text()`: the browser holds it to that length. (A cross-origin answer hides its encoding
 * unless the server exposes it; a compressed one declares its encoded length, so the text is
 * checked again.) Any other body, and every body of a custom `fetch`, whose framing nobody
 * checked, is read through a clone, at most MAX_BODY: the original's branch is cancelled at once,
 * and a clone's branch ends only once the whole response has come. It costs a tee, Chromium's
 * dearest step of a call (docs/benchmarks.md). The branch read is cancelled in the end: a no-op
 * once read, and no half-read body is left open.
 */
async function readBody(response: Response, aborted: Promise<never>, framed: boolean): Promise<string | undefined> {
  let text = '';
  const { headers } = response;
  const length = headers.get('content-length')!;
  if (framed && /^\d+$/.test(length) && +length <= MAX_BODY && !headers.get('content-encoding')) {
    text = await Promise.race([response.text(), aborted]);
    return text.length > MAX_BODY ? undefined : text;
  }
  // (One without clone() is read itself: its locked body refuses the cancel.)
  const reader = (response.clone?.() ?? response).body?.getReader();
  response.body?.cancel().catch(() => {});
  const decoder = new TextDecoder();
  try {
    for (let chunk; reader && !(chunk = await Promise.race([reader.read(), aborted])).done; ) {
      text += decoder.decode(chunk.value, { stream: true });
      if (text.length > MAX_BODY) return undefined;
    }
    return text + decoder.decode();
  } finally {
    reader?.cancel().catch(() => {});
  }
}

/** What each caller's signal stops when it aborts: the attempts and retry waits under way on it. */
const stops = new WeakMap<AbortSignal, Set<() => void>>();

/** The one listener pwflow puts on a caller's signal: it runs that signal's stops (each unfollows). */
function fire(this: AbortSignal) {
  stops.get(this)?.forEach((stop) => stop());
}

/**
 * Calls `stop` when the caller's `signal` aborts, until the returned function is called. The calls
 * on one signal share one listener (an app-wide signal may carry many at once: Node warns past
 * ten), and it goes with the last of them: a long-lived signal keeps no call alive, nor, in
 * browsers, an AbortSignal.any() passed in (its sources keep it while it has a listener).
 */
function follow(signal: AbortSignal | undefined, stop: () => void) {
  if (!signal) return () => {};
  const set = stops.get(signal) || new Set<() => void>();
  stops.set(signal, set.add(stop));
  signal.addEventListener('abort', fire); // the same listener twice is one
  return () => {
    set.delete(stop);
    if (!set.size) signal.removeEventListener('abort', fire);
  };
}

/** Waits `ms`, or rejects when the caller aborts; leaves nothing on the caller's signal. */
const wait = (ms: number, signal: AbortSignal | undefined) =>
  new Promise<void>((resolve, reject) => {
    // An abort that came before this point fires no event: check first (a throw here rejects).
    signal?.throwIfAborted();
    const unfollow = follow(signal, () => {
      clearTimeout(timer);
      unfollow();
      reject(signal!.reason);
    });
    const timer = setTimeout(() => {
      unfollow();
      resolve();
    }, ms);
  });

/** One attempt: the request and its whole body within `timeout`, aborted with the caller's signal. */
async function attempt(settings: Settings, call: Call): Promise<Reply> {
  // One signal for the request and its body, aborted at the deadline or by the caller. Made by
  // hand, not with AbortSignal.timeout/any: Node 20.0–20.2 and browsers before 2024 lack any().
  const controller = new AbortController();
  const { signal } = controller;
  // Settles only when that signal aborts. The fetch and every read of the body race it: a custom
  // fetch or a stream that ignores the signal cannot hold the call.
  const aborted = new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
  aborted.catch(() => {});
  let deadline: ReturnType<typeof setTimeout> | undefined;
  // Followed until the attempt ends, however it ends.
  const unfollow = follow(call.signal, () => controller.abort(call.signal!.reason));
  try {
    // Inside the try: a call that fails here leaves no timer behind.
    call.signal?.throwIfAborted();
    deadline = setTimeout(() => controller.abort(new DOMException('The server did not answer in time', 'TimeoutError')), settings.timeout);
    // ky builds the request (JSON body, headers, signal); a beforeRequest hook sends it, and ky
    // takes the hook's Response as the answer (documented). That skips the copy of every request
    // ky keeps for its own retries, which in Chromium turns the body into a Blob and costs three
    // times the rest of the call. Should a custom fetch answer with a Response of another realm,
    // ky passes the request on to `fetch`, which hands back the same answer: never sent twice.
    // The query is ours: ky's `searchParams` builds every request twice to add it.
    const query = new URLSearchParams(
      Object.entries(call.query ?? {}).filter((entry): entry is [string, string] => entry[1] !== undefined),
    ).toString();
    let answer: Response;
    const response = await ky(settings.origin + call.path + (query && `?${query}`), {
      method: call.method,
      json: call.json,
      headers: settings.headers,
      hooks: {
        beforeRequest: [
          async (request) => {
            const sent = Promise.resolve((settings.fetch ?? fetch)(request));
            // An answer that comes after the deadline is nobody's: its body is cancelled, not left open.
            sent.then((late) => void (signal.aborted && late.body?.cancel().catch(() => {}))).catch(() => {});
            return (answer = await Promise.race([sent, aborted]));
          },
        ],
      },
      fetch: async () => answer,
      signal,
      redirect: 'error',
      timeout: false,
      retry: 0,
      throwHttpErrors: false,
    });
    const { status, headers } = response;
    // Status 0: Response.error() (a custom fetch's, a service worker's) is a failed request.
    if (!status) throw response;
    const text = await readBody(response, aborted, !settings.fetch);
    let body: unknown = text;
    try {
      body = JSON.parse(text!);
    } catch {}
    const rateLimit = parseRateLimit(headers);
    // A wait hint: `Retry-After`, else, on a 429 or 503, the reset of a spent rate limit.
    const reset = rateLimit?.remaining === 0 && busy(status) ? rateLimit.reset.getTime() - Date.now() : NaN;
    return {
      status,
      body,
      // Markup, or labelled HTML and not text: auth0.js takes a text/html sentence as success.
      html: /^\s*</.test(text!) || (/html/i.test(headers.get('content-type')!) && typeof body !== 'string'),
      rateLimit,
      // (A rate limit has read `Retry-After` already.)
      retryAfter: (rateLimit ? rateLimit.retryAfter : parseRetryAfter(headers)) ?? (reset > 0 ? Math.ceil(reset / 1000) : undefined),
    };
  } catch (error) {
    throw toWebAuthError({ error, reason: call.signal?.aborted ? 'aborted' : signal.aborted ? 'timeout' : undefined }, call);
  } finally {
    clearTimeout(deadline);
    unfollow();
  }
}

/** Milliseconds a 429 or 503 asked us to wait, when it did. */
const hint = ({ status, retryAfter }: Reply) => (busy(status) && retryAfter !== undefined ? retryAfter * 1000 : undefined);

/**
 * Sends a call and returns the successful reply's body as `pick` reads it. A 429 or 503 that
 * carries a wait hint is retried up to `retry` times when the wait fits in `maxRetryWait`; nothing
 * else is retried, since a POST that failed in any other way may already have taken effect.
 */
export async function send<T>(
  settings: Settings,
  call: Call,
  pick: (body: unknown) => T | undefined,
): Promise<T & { rateLimit: RateLimit | null }> {
  for (let retries = 0; ; retries++) {
    const reply = await attempt(settings, call);
    const ms = hint(reply);
    if (retries < settings.retry && ms !== undefined && ms <= settings.maxRetryWait) {
      await wait(ms, call.signal).catch((error: unknown) => {
        throw toWebAuthError({ error, reason: 'aborted' }, call);
      });
      continue;
    }
    const result = reply.status >= 200 && reply.status < 300 && !reply.html ? pick(reply.body) : undefined;
    if (result === undefined) throw toWebAuthError(reply, call);
    return { ...result, rateLimit: reply.rateLimit };
  }
}
