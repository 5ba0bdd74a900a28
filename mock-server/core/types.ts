/**
 * The public shapes of the reference server (CONTRACT.md "mock-server"). Kept apart from the engine
 * so that the entry file only re-exports.
 */

/**
 * The kinds of email the reference server sends: a reset link (API B), a "no account" notice
 * (API B, unknown address), a "password changed" notice (after a reset), a change-password link (API A).
 *
 * @example
 * ```ts
 * const links = server.outbox.filter((mail) => mail.kind === 'reset' || mail.kind === 'change-password');
 * ```
 */
export type SentEmailKind = 'reset' | 'no-account' | 'password-changed' | 'change-password';

/**
 * One email the reference server "sent", as it appears in {@link ReferenceServer.outbox}.
 *
 * @example
 * ```ts
 * const mail = server.outbox.at(-1);
 * if (mail?.kind === 'reset') await page.goto(mail.link!);
 * ```
 */
export interface SentEmail {
  /** The address it went to. */
  to: string;
  kind: SentEmailKind;
  /** The locale it was rendered in: `'de'` or `'en'`. */
  locale: string;
  subject: string;
  /** The plain-text body, link included. */
  text: string;
  /** The reset link (`appUrl?token=…`), for `reset` and `change-password` emails. */
  link?: string;
  /** The reset token inside {@link SentEmail.link}. */
  token?: string;
  /** When it was sent, ISO 8601 on the server's clock (see {@link ReferenceServer.advanceTime}). */
  sentAt: string;
}

/**
 * Options of {@link createReferenceServer}; every one has a default.
 *
 * @example
 * ```ts
 * const server = createReferenceServer({
 *   users: [{ email: 'ada@example.com', password: 'Old-Passw0rd!' }],
 *   cooldown: 30,
 *   allowOrigins: ['http://localhost:5173'],
 * });
 * ```
 */
export interface ReferenceServerOptions {
  /** Known client ids (API A `client_id`). Default `['demo-client']`. */
  clients?: string[];
  /** Known database connections (API A `connection`). Default `['Username-Password-Authentication']`. */
  connections?: string[];
  /**
   * The accounts. `connection` defaults to the first connection.
   * Default: `demo@example.com` / `Demo-Passw0rd!`.
   */
  users?: { email: string; password: string; connection?: string }[];
  /**
   * Where reset links point; the token is added as `?token=` (or to a `#/route?` hash). Default
   * `'http://127.0.0.1:3000/reset-password'`. A function picks it per request (from the
   * reset-request or change-password request), e.g. one app's hash route and another's page:
   * `(request) => request.headers.get('x-app') === 'spa' ? 'http://localhost:3000/spa/#/reset-password' : 'http://localhost:3000/reset-password'`.
   * Let it choose only among your own apps' URLs: a link built from what a caller sends would
   * mail the victim's token to the caller's site.
   */
  appUrl?: string | ((request: Request) => string);
  /** Lifetime of a reset token, in seconds. Default 900. */
  tokenTtl?: number;
  /** Seconds between two reset emails to one address. Default 60. */
  cooldown?: number;
  /**
   * Requests per minute, per client id (API A, for a known `client_id`) or per address (API B and
   * everything else: the first hop of `X-Forwarded-For`, else one shared `'local'` key).
   * The bucket refills continuously: one request comes back every `60 / rateLimit` seconds. Default 30.
   */
  rateLimit?: number;
  /**
   * Origins allowed by CORS (exact match, or `'*'`). Default: any origin (echoed back). A request
   * whose `Origin` is not listed is refused with 403 before anything runs (no email, no cooldown,
   * no rate-limit use); requests without `Origin` (curl, server to server) are served.
   */
  allowOrigins?: string[];
  /**
   * Behave like a newer API A server that refuses a `password` field: a non-empty `password` in
   * `POST /dbconnections/change_password` answers 400 `{"error":"password is not allowed"}`.
   * Default `false` (the password is accepted and ignored; the email carries a reset link).
   */
  refusePassword?: boolean;
  /**
   * The passwords `GET /range/{5 hex}` (the k-anonymity range API of Have I Been Pwned) reports as
   * breached, each with a count of 1 to 65,536 taken from its SHA-1 (the same on every run).
   * Default: a few classics of leaked-password lists, `'password'`, `'123456'`, `'123456789'`,
   * `'qwerty'`, and some that pass the default policy: `'Passw0rd!'`, `'P@ssw0rd'`, `'Password1!'`,
   * `'Password123!'`.
   */
  breachedPasswords?: string[];
}

/**
 * Options of {@link ReferenceServer.failNext}.
 *
 * @example
 * ```ts
 * server.failNext('IP_RATE_LIMIT_EXCEEDED', { retryAfter: 2 });
 * ```
 */
export interface FailNextOptions {
  /** Seconds for a `Retry-After` header. Default: 1 on a 429, none otherwise. */
  retryAfter?: number;
  /**
   * Queue the failure for the range API of the breached-password check (`GET /range/…`) instead
   * of the next call of PROTOCOL.md's APIs. Each queue is its own: a page whose `breachCheck` asks
   * the range first does not use up a failure meant for the reset that follows. Default false.
   */
  range?: boolean;
}

/**
 * The in-memory reference server of both APIs in PROTOCOL.md: one fetch-style function plus the
 * knobs tests need.
 *
 * @example
 * ```ts
 * const server = createReferenceServer();
 * const res = await server.handle(new Request('http://x/api/auth/password/reset-request', {
 *   method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'demo@example.com' }),
 * }));
 * res.status; // 200
 * server.outbox.at(-1)?.kind; // 'reset'
 * ```
 */
export interface ReferenceServer {
  /** Answers one request; never rejects (a bug inside answers 500). */
  handle(request: Request): Promise<Response>;
  /** Every email sent, newest last. The same array for the server's whole life (`reset()` empties it). */
  readonly outbox: SentEmail[];
  /**
   * Moves the server's clock forward (cooldowns, token expiry, rate-limit refill, timestamps).
   * @throws TypeError for a value that is not finite or would leave the years 1970 to 9999 (the clock stays as it was).
   */
  advanceTime(ms: number): void;
  /**
   * Makes the next API request (not a preflight) answer with that PROTOCOL.md error: any code of
   * `RESET_ERRORS` (its status and API B body) or of `CHANGE_PASSWORD_ERRORS` (its status and shape).
   * Calls queue up, one failure per request. Extra codes:
   * `'html'` → 502 with an HTML proxy page, `'text'` → 503 plain text, `'network'` → a network error
   * (`Response.error()`; the Node server drops the connection).
   * `POST_COMMIT_SIDE_EFFECT_FAILURE` on the reset route changes the password, then answers 500.
   * A rate-limited request does not use up the queued failure. The range API (`GET /range/…`) of
   * the breached-password check takes only failures queued with `{ range: true }`.
   * @throws TypeError for an unknown code, at once.
   */
  failNext(code: string, options?: FailNextOptions): void;
  /** Whether a user with this email has this password now (did the reset take effect?). */
  checkPassword(email: string, password: string): boolean;
  /** Deletes the user(s) with this email, so their reset tokens answer `USER_NOT_FOUND`. Returns whether one existed. */
  deleteUser(email: string): boolean;
  /** Back to the initial state: users, outbox, cooldowns, rate limits, clock, queued failures. */
  reset(): void;
}
