/**
 * A refilling token bucket per key: `limit` requests, one coming back every `60 / limit` seconds.
 * Time is passed in (the server's movable clock), never read here.
 */

/** The outcome of one request against a bucket, and the headers that describe it. */
export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** When the bucket is full again, epoch seconds. */
  reset: number;
  /** Seconds until one request is available, when not allowed. */
  retryAfter?: number;
}

const WINDOW_MS = 60_000;
const MAX_KEYS = 10_000;

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly limit: number) {}

  /** Spends one request for `key` if one is left. */
  consume(key: string, nowMs: number): RateDecision {
    return this.decide(key, nowMs, true);
  }

  /** Describes `key`'s bucket without spending from it (for 404/405 answers). */
  peek(key: string, nowMs: number): RateDecision {
    return this.decide(key, nowMs, false);
  }

  clear(): void {
    this.buckets.clear();
  }

  private decide(key: string, nowMs: number, spend: boolean): RateDecision {
    const msPerToken = WINDOW_MS / this.limit;
    const bucket = this.buckets.get(key) ?? { tokens: this.limit, at: nowMs };
    // A clock that went backwards (reset()) must not drain a bucket.
    const elapsed = Math.max(0, nowMs - bucket.at);
    bucket.tokens = Math.min(this.limit, bucket.tokens + elapsed / msPerToken);
    bucket.at = nowMs;
    const allowed = bucket.tokens >= 1;
    if (spend && allowed) bucket.tokens -= 1;
    if (spend) this.store(key, bucket);
    const decision: RateDecision = {
      allowed,
      limit: this.limit,
      remaining: Math.floor(bucket.tokens),
      reset: Math.ceil((nowMs + (this.limit - bucket.tokens) * msPerToken) / 1000),
    };
    if (!allowed) decision.retryAfter = Math.max(1, Math.ceil(((1 - bucket.tokens) * msPerToken) / 1000));
    return decision;
  }

  private store(key: string, bucket: { tokens: number; at: number }): void {
    this.buckets.set(key, bucket);
    if (this.buckets.size <= MAX_KEYS) return;
    // Many addresses (spoofed X-Forwarded-For): forget the oldest buckets, which have refilled most.
    for (const old of this.buckets.keys()) {
      if (this.buckets.size <= MAX_KEYS / 2) break;
      this.buckets.delete(old);
    }
  }
}

/** The rate-limit headers of PROTOCOL.md §A for a decision. */
export function rateLimitHeaders(decision: RateDecision): Record<string, string> {
  const headers: Record<string, string> = {
    'X-RateLimit-Limit': String(decision.limit),
    'X-RateLimit-Remaining': String(decision.remaining),
    'X-RateLimit-Reset': String(decision.reset),
  };
  if (decision.retryAfter !== undefined) headers['Retry-After'] = String(decision.retryAfter);
  return headers;
}
