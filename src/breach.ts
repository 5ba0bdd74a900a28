import type { ClientErrorCode } from './codes';
import { WebAuthError } from './errors';
import { isEndpoint } from './options';

/**
 * Options of {@link checkBreachedPassword}.
 *
 * @example
 * ```ts
 * const options: BreachCheckOptions = { endpoint: 'https://pwned.example.com/range/', timeout: 2000 };
 * ```
 */
export interface BreachCheckOptions {
  /**
   * The range API, to which the 5-character hash prefix is appended. Default
   * `'https://api.pwnedpasswords.com/range/'`; https, or http to a loopback host.
   */
  endpoint?: string;
  /** A custom `fetch`. */
  fetch?: typeof fetch;
  /** Aborts the check (code `aborted`). */
  signal?: AbortSignal;
  /** Milliseconds the whole check may take; default 3000. */
  timeout?: number;
}

/**
 * What {@link checkBreachedPassword} resolves to.
 *
 * @example
 * ```ts
 * const { breached, count } = await checkBreachedPassword(password);
 * if (breached) warn(`This password appears ${count} times in known data breaches`);
 * ```
 */
export interface BreachCheckResult {
  /** Whether the password appears in the breach corpus. */
  breached: boolean;
  /** How often it was seen there; 0 when not breached. */
  count: number;
}

/**
 * Looks a password up in known data breaches with the k-anonymity range API of Have I Been Pwned,
 * without revealing it: only the first 5 hex characters of its SHA-1 leave the page (with
 * `Add-Padding: true`, so the answer's size says nothing either); the rest is compared here.
 * Failures are `WebAuthError`s: `network_error`, `timeout`, `aborted`, `invalid_response` (an
 * answer that is not a range), `server_error` / `request_failed` (an error status),
 * `invalid_request` (bad arguments; nothing sent). Needs Web Crypto (a secure context).
 *
 * @example
 * ```ts
 * const { breached, count } = await checkBreachedPassword(passwordInput.value);
 * if (breached) showFieldError('password', `Seen ${count} times in data breaches: choose another password`);
 * ```
 */
export async function checkBreachedPassword(password: string, options?: BreachCheckOptions): Promise<BreachCheckResult> {
  const controller = new AbortController();
  const stop = () => controller.abort();
  // Settles only on an abort: the fetch and the body race it, so a fetch that ignores its signal cannot hold the check.
  const aborted = new Promise<never>((_, reject) => controller.signal.addEventListener('abort', reject));
  aborted.catch(() => {});
  // What a failure at each step is: first the arguments, then the network, then the answer.
  let code: ClientErrorCode = 'invalid_request';
  let signal: AbortSignal | undefined;
  let status: number | undefined;
  let deadline: ReturnType<typeof setTimeout> | undefined;
  try {
    const { endpoint = 'https://api.pwnedpasswords.com/range/', fetch: send = fetch, timeout = 3000, signal: given } = { ...options };
    if (typeof password !== 'string' || !isEndpoint(endpoint) || typeof send !== 'function' || !(timeout > 0 && timeout < 2 ** 31)) {
      throw new TypeError('Needs a password and valid options (an https endpoint)');
    }
    given?.addEventListener('abort', stop); // (a `signal` that is no AbortSignal throws here: invalid_request)
    signal = given;
    signal?.throwIfAborted();
    deadline = setTimeout(stop, timeout);
    code = 'network_error';
    const digest = await crypto.subtle.digest('SHA-1', new TextEncoder().encode(password));
    const hash = [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('').toUpperCase();
    const response = await Promise.race([send(endpoint + hash.slice(0, 5), { headers: { 'Add-Padding': 'true' }, signal: controller.signal }), aborted]);
    // Status 0 (`Response.error()`) is no answer at all: still a network error.
    if ((status = response.status)) code = response.ok ? 'invalid_response' : status > 499 ? 'server_error' : 'request_failed';
    const body = await Promise.race([response.text(), aborted]);
    // `SUFFIX:COUNT` rows, CRLF between them; anything else (an error status, an HTML page) is no
    // range, and the error's `original`.
    if (!response.ok || !/^([\dA-F]{35}:\d+(\r?\n|$))+$/i.test(body)) throw body;
    // Padding rows (count 0) carry random suffixes: a match there is no breach.
    const count = +(new RegExp(`^${hash.slice(5)}:(\\d+)`, 'im').exec(body)?.[1] ?? 0);
    return { breached: count > 0, count };
  } catch (error) {
    code = signal?.aborted ? 'aborted' : controller.signal.aborted ? 'timeout' : code;
    throw new WebAuthError({ code, description: `The breach check failed: ${code}`, statusCode: status || undefined, original: error });
  } finally {
    clearTimeout(deadline);
    signal?.removeEventListener('abort', stop);
  }
}
