import type { KnownCode } from './codes';
import type { PasswordRule } from './password-policy';
import type { RateLimit } from './rate-limit';

/**
 * One invalid argument of an `invalid_request` (or `invalid_configuration`) failure.
 *
 * @example
 * ```ts
 * catch (error) {
 *   if (error instanceof WebAuthError) for (const { path, message } of error.fields ?? []) showNextTo(path, message);
 * }
 * ```
 */
export interface FieldError {
  /** Dotted path of the argument, e.g. `email` or `passwordPolicy.minLength`. */
  path: string;
  /** What is wrong, in a sentence fit to show next to the field. */
  message: string;
  /** For a password that fails the policy: the rule it fails; `'breached'` for one found in data breaches (`breachCheck`). */
  rule?: PasswordRule | 'breached';
}

/**
 * The fields a {@link WebAuthError} is made from.
 *
 * @example
 * ```ts
 * const error = new WebAuthError({ code: 'server_error', description: 'The server failed' });
 * ```
 */
export interface WebAuthErrorInit {
  code: KnownCode | (string & {});
  description: string;
  statusCode?: number;
  rateLimit?: RateLimit | null;
  retryAfter?: number;
  fields?: FieldError[];
  original?: unknown;
}

/**
 * The one error pwflow reports: every failure, from a bad argument to a server's 500, is a
 * `WebAuthError` with a `code` (the server's own when it sent one) and a readable `description`.
 *
 * @example
 * ```ts
 * try {
 *   await webAuth.resetPassword({ password });
 * } catch (error) {
 *   if (error instanceof WebAuthError && error.code === 'PASSWORD_RESET_TOKEN_EXPIRED') {
 *     showSendNewLink();
 *   } else throw error;
 * }
 * ```
 */
export class WebAuthError extends Error {
  override readonly name = 'WebAuthError' as const;
  /** The server's code (API B `code`; API A `code`, else `error`), or one of pwflow's own. */
  declare readonly code: KnownCode | (string & {});
  /** What happened, in a sentence; never empty. */
  declare readonly description: string;
  /** The HTTP status, when a response came. */
  declare readonly statusCode?: number;
  /** The rate limit the response reported, when a response came. */
  declare readonly rateLimit?: RateLimit | null;
  /** Seconds the server asked to wait before trying again. */
  declare readonly retryAfter?: number;
  /** For `invalid_request` and `invalid_configuration`: each invalid argument. */
  declare readonly fields?: FieldError[];
  /** The parsed error body, or the underlying error. */
  declare readonly original?: unknown;

  constructor(init: WebAuthErrorInit) {
    super(init.description);
    Object.assign(this, init);
  }

  /** A plain object for logs and `JSON.stringify`, without `original`. */
  toJSON(): Omit<WebAuthErrorInit, 'original'> & { name: 'WebAuthError' } {
    const { original, ...json } = this;
    return json;
  }
}
