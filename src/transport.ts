import ky from 'ky';
import { toWebAuthError } from './normalize';
import { type RateLimit, parseRateLimit, parseRetryAfter } from './rate-limit';

/** Everything the transport needs to know about the server, fixed at construction. */
export interface Settings {
  origin: string;
  timeout: number;
  retry: number;
  maxRetryWait: number;
  fetch: typeof fetch | undefined;
  headers: Record<string, string> | undefined;
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
const MAX_BODY = 64 * 1024;

/** Reads at most MAX_BODY bytes; stops at once when `signal` aborts (timeout covers the body too). */
async function readBody(response: Response, signal: AbortSignal): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const stop = () => void reader.cancel().catch(() => {});
  signal.addEventListener('abort', stop);
  try {
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      size += chunk.value.byteLength;
      if (size > MAX_BODY) throw new RangeError(`The response body is larger than ${MAX_BODY} bytes`);
      chunks.push(chunk.value);
    }
    signal.throwIfAborted();
    const bytes = new Uint8Array(size);
    chunks.reduce((offset, chunk) => (bytes.set(chunk, offset), offset + chunk.byteLength), 0);
    return new TextDecoder().decode(bytes);
  } finally {
    signal.removeEventListener('abort', stop);
    stop();
  }
}

function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      (signal?.aborted ? reject : resolve)(signal?.reason);
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done);
  });
}

/** One attempt: the request and its whole body within `timeout`, aborted with the caller's signal. */
async function attempt(settings: Settings, call: Call): Promise<Reply> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, settings.timeout);
  const forward = () => controller.abort(call.signal?.reason);
  call.signal?.addEventListener('abort', forward);
  try {
    if (call.signal?.aborted) throw call.signal.reason;
    const response = await ky(call.path.slice(1), {
      prefixUrl: settings.origin,
      method: call.method,
      searchParams: Object.entries(call.query ?? {}).filter((entry): entry is [string, string] => entry[1] !== undefined),
      json: call.json,
      headers: settings.headers,
      fetch: settings.fetch,
      signal: controller.signal,
      redirect: 'error',
      timeout: false,
      retry: 0,
      throwHttpErrors: false,
    });
    const text = await readBody(response, controller.signal);
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {}
    return {
      status: response.status,
      body,
      html: /html/i.test(response.headers.get('content-type') ?? '') || /^\s*</.test(text),
      rateLimit: parseRateLimit(response.headers),
      retryAfter: parseRetryAfter(response.headers),
    };
  } catch (error) {
    throw toWebAuthError({
      error,
      reason: timedOut ? 'timeout' : call.signal?.aborted ? 'aborted' : undefined,
      secret: call.secret,
    });
  } finally {
    clearTimeout(timer);
    call.signal?.removeEventListener('abort', forward);
  }
}

/** Milliseconds the server asked us to wait, from `Retry-After` or else the rate limit's reset. */
function hint(reply: Reply): number | undefined {
  if (reply.status !== 429 && reply.status !== 503) return undefined;
  if (reply.retryAfter !== undefined) return reply.retryAfter * 1000;
  return reply.rateLimit ? Math.max(0, reply.rateLimit.reset.getTime() - Date.now()) : undefined;
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
    if (result === undefined) throw toWebAuthError(reply);
    return { ...result, rateLimit: reply.rateLimit };
  }
}
