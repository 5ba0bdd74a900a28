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

/**
 * Reads the body, or `undefined` past MAX_BODY characters (the status alone must then tell);
 * stops at once when `signal` aborts (the timeout covers the body too).
 */
async function readBody(response: Response, signal: AbortSignal): Promise<string | undefined> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  const stop = () => void reader.cancel().catch(() => {});
  let text = '';
  signal.addEventListener('abort', stop);
  try {
    for (let chunk; !(chunk = await reader.read()).done; ) {
      text += decoder.decode(chunk.value, { stream: true });
      if (text.length > MAX_BODY) return stop();
    }
    signal.throwIfAborted();
    return text + decoder.decode();
  } finally {
    signal.removeEventListener('abort', stop);
  }
}

/** Waits `ms`, or rejects when the caller aborts. */
const wait = (ms: number, signal: AbortSignal | undefined) =>
  new Promise<void>((resolve, reject) => {
    // An abort that came before this point fires no event: check first (a throw here rejects).
    signal?.throwIfAborted();
    const timer = setTimeout(resolve, ms);
    const stop = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', stop, { once: true });
  });

/** One attempt: the request and its whole body within `timeout`, aborted with the caller's signal. */
async function attempt(settings: Settings, call: Call): Promise<Reply> {
  const deadline = AbortSignal.timeout(settings.timeout);
  const signal = call.signal ? AbortSignal.any([call.signal, deadline]) : deadline;
  try {
    signal.throwIfAborted();
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
      hooks: { beforeRequest: [async (request) => (answer = await (settings.fetch ?? fetch)(request))] },
      fetch: async () => answer,
      signal,
      redirect: 'error',
      timeout: false,
      retry: 0,
      throwHttpErrors: false,
    });
    const text = await readBody(response, signal);
    let body: unknown = text;
    try {
      body = JSON.parse(text!);
    } catch {}
    return {
      status: response.status,
      body,
      // Markup, or labelled HTML and not text: auth0.js takes a text/html sentence as success.
      html: /^\s*</.test(text!) || (/html/i.test(response.headers.get('content-type') ?? '') && typeof body !== 'string'),
      rateLimit: parseRateLimit(response.headers),
      retryAfter: parseRetryAfter(response.headers),
    };
  } catch (error) {
    throw toWebAuthError({ error, reason: call.signal?.aborted ? 'aborted' : deadline.aborted ? 'timeout' : undefined }, call.secret);
  }
}

/** Milliseconds a 429 or 503 asked us to wait: `Retry-After`, else a rate-limit reset still ahead. */
function hint({ status, retryAfter, rateLimit }: Reply): number | undefined {
  if (status !== 429 && status !== 503) return undefined;
  if (retryAfter !== undefined) return retryAfter * 1000;
  const ms = rateLimit ? rateLimit.reset.getTime() - Date.now() : 0;
  return ms > 0 ? ms : undefined;
}

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
        throw toWebAuthError({ error, reason: 'aborted' });
      });
      continue;
    }
    const result = reply.status >= 200 && reply.status < 300 && !reply.html ? pick(reply.body) : undefined;
    if (result === undefined) throw toWebAuthError(reply, call.secret);
    return { ...result, rateLimit: reply.rateLimit };
  }
}
