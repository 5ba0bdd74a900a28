/**
 * A server's rate limit, read from whichever header form it sent.
 *
 * @example
 * ```ts
 * const { rateLimit } = await webAuth.requestReset({ email });
 * if (rateLimit?.remaining === 0) warn(`Wait until ${rateLimit.reset.toLocaleTimeString()}`);
 * ```
 */
export interface RateLimit {
  /** Requests allowed in the window. */
  limit: number;
  /** Requests left in the window. */
  remaining: number;
  /** When the window resets. */
  reset: Date;
  /** Seconds to wait before the next request, when the server sent `Retry-After`. */
  retryAfter?: number;
}

/** A plain count of seconds ("30", "1.5"): not "-5", "0x0", "+0" or "1e300", which servers never mean. */
const number = (value: string | null | undefined): number | undefined =>
  /^\d{1,12}(\.\d+)?$/.test(value!) ? Number(value) : undefined;

/** `Retry-After` in whole seconds (delta seconds or an HTTP date), or `undefined`. */
export function parseRetryAfter(headers: Headers, now: Date = new Date()): number | undefined {
  const value = headers.get('retry-after');
  // Delta seconds, or an HTTP date: IMF-fixdate and RFC 850 end in GMT; asctime
  // (`Sun Nov  6 08:49:37 1994`) is GMT too, and is read as its IMF-fixdate. Anything else is no date.
  const asctime = /^(\w{3}) (\w{3}) +(\d\d?) ([\d:]{8}) (\d{4})$/.exec(value!);
  const date = asctime ? `${asctime[1]}, ${asctime[3]} ${asctime[2]} ${asctime[5]} ${asctime[4]} GMT` : /GMT$/.test(value!) && value!;
  const seconds = number(value) ?? (date ? (Date.parse(date) - now.getTime()) / 1000 : NaN);
  return seconds >= -Infinity ? Math.max(0, Math.ceil(seconds)) : undefined;
}

/**
 * Reads a response's rate limit from `X-RateLimit-*` (reset in epoch seconds), `RateLimit-*`
 * (reset in delta seconds), the structured `RateLimit` header, and `Retry-After`.
 * Returns `null` when no limit header is present. Never throws.
 *
 * @example
 * ```ts
 * const response = await fetch(url);
 * const rateLimit = parseRateLimit(response.headers);
 * if (rateLimit && rateLimit.remaining === 0) {
 *   console.log(`Try again at ${rateLimit.reset.toLocaleTimeString()}`);
 * }
 * ```
 */
export function parseRateLimit(headers: Headers, now: Date = new Date()): RateLimit | null {
  try {
    // The separate headers, `X-RateLimit-*` then `RateLimit-*`; else the structured header,
    // `limit=100, remaining=50, reset=30`, or the draft's `r=50;t=30` with the limit in
    // `RateLimit-Policy: q=100` (parsed only then).
    for (const [index, prefix] of ['x-ratelimit-', 'ratelimit-', ''].entries()) {
      const found: Record<string, string> = {};
      for (const name of prefix ? [] : ['ratelimit', 'ratelimit-policy']) {
        for (const [, key, value] of (headers.get(name) ?? '').matchAll(/([a-z]+)\s*=\s*"?([^";,\s]*)/gi)) {
          found[key!.toLowerCase()] ??= value!;
        }
      }
      const [limit, remaining, reset] = prefix
        ? ['limit', 'remaining', 'reset'].map((name) => headers.get(prefix + name))
        : [found.limit ?? found.q, found.remaining ?? found.r, found.reset ?? found.t];
      // An early draft lists the policies after the limit: `RateLimit-Limit: 100, 100;w=60`.
      const l = number(index === 1 ? limit?.split(',')[0] : limit);
      const r = number(remaining);
      if (l === undefined || r === undefined) continue;
      const t = number(reset) ?? 0;
      // X-RateLimit-Reset is an epoch time in seconds; the IETF forms count seconds from now.
      const rateLimit: RateLimit = { limit: l, remaining: r, reset: new Date(index || !t ? now.getTime() + t * 1000 : t * 1000) };
      const retryAfter = parseRetryAfter(headers, now);
      if (retryAfter !== undefined) rateLimit.retryAfter = retryAfter;
      return rateLimit;
    }
  } catch {
    // Not a Headers object at all.
  }
  return null;
}
