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

const number = (value: string | null | undefined): number | undefined => {
  const n = value == null || value.trim() === '' ? NaN : Number(value);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
};

/** `Retry-After` in whole seconds (delta seconds or an HTTP date), or `undefined`. */
export function parseRetryAfter(headers: Headers, now: Date = new Date()): number | undefined {
  const value = headers.get('retry-after');
  if (value == null) return undefined;
  const seconds = number(value) ?? (Date.parse(value) - now.getTime()) / 1000;
  return Number.isNaN(seconds) ? undefined : Math.max(0, Math.ceil(seconds));
}

/** Reads the structured header: `limit=100, remaining=50, reset=30` or the `r=50;t=30` draft form. */
function structured(headers: Headers): (string | undefined)[] {
  const found: Record<string, string> = {};
  const read = (header: string | null) => {
    for (const [, key, value] of (header ?? '').matchAll(/([a-z]+)\s*=\s*"?([^";,\s]*)/gi)) {
      found[key!.toLowerCase()] ??= value!;
    }
  };
  read(headers.get('ratelimit'));
  read(headers.get('ratelimit-policy'));
  return [found.limit ?? found.q, found.remaining ?? found.r, found.reset ?? found.t];
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
  const forms: [(string | null | undefined)[], boolean][] = [
    [['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset'].map((h) => headers.get(h)), true],
    [['ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset'].map((h) => headers.get(h)), false],
    [structured(headers), false],
  ];
  for (const [[limit, remaining, reset], epoch] of forms) {
    const l = number(limit);
    const r = number(remaining);
    if (l === undefined || r === undefined) continue;
    const t = number(reset) ?? 0;
    const rateLimit: RateLimit = {
      limit: l,
      remaining: r,
      reset: new Date(epoch && t ? t * 1000 : now.getTime() + t * 1000),
    };
    const retryAfter = parseRetryAfter(headers, now);
    if (retryAfter !== undefined) rateLimit.retryAfter = retryAfter;
    return rateLimit;
  }
  return null;
}
