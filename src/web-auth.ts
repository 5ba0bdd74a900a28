import { checkBreachedPassword } from './breach';
import { type Callback, deliver } from './callback';
import { WebAuthError } from './errors';
import { type WebAuthOptions, configure } from './options';
import { type Fields, anyText, email, headers, invalid, locale, maybeAnyText, object, signal, text, validate } from './validate';
import { trimmed } from './normalize';
import { checkPassword, describePasswordRule } from './password-policy';
import type { RateLimit } from './rate-limit';
import { parseResetToken } from './reset-token';
import { type Call, send } from './transport';

/**
 * Arguments of {@link WebAuth.changePassword}.
 *
 * @example
 * ```ts
 * await webAuth.changePassword({ connection: 'Username-Password-Authentication', email: 'ada@example.com' });
 * ```
 */
export interface ChangePasswordOptions {
  /** The database connection, e.g. `'Username-Password-Authentication'`. */
  connection: string;
  email: string;
  /** A new password to set when the user confirms; sent only when non-empty (newer servers refuse it). */
  password?: string;
  signal?: AbortSignal;
  /** Headers for this call only (a CAPTCHA token, a request id), merged over the constructor's `headers`. */
  headers?: Record<string, string>;
}
/**
 * Arguments of {@link WebAuth.requestReset}.
 *
 * @example
 * ```ts
 * await webAuth.requestReset({ email: 'ada@example.com', locale: 'de', signal: AbortSignal.timeout(5000) });
 * ```
 */
export interface RequestResetOptions {
  email: string;
  /** The email's language; defaults to the constructor's `locale`. */
  locale?: string;
  signal?: AbortSignal;
  /** Headers for this call only (a CAPTCHA token, a request id), merged over the constructor's `headers`. */
  headers?: Record<string, string>;
}
/**
 * Arguments of {@link WebAuth.getResetCooldown}.
 *
 * @example
 * ```ts
 * await webAuth.getResetCooldown({ email: 'ada@example.com' });
 * ```
 */
export interface ResetCooldownOptions {
  email: string;
  signal?: AbortSignal;
  /** Headers for this call only (a CAPTCHA token, a request id), merged over the constructor's `headers`. */
  headers?: Record<string, string>;
}
/**
 * Arguments of {@link WebAuth.resetPassword}.
 *
 * @example
 * ```ts
 * await webAuth.resetPassword({ password: 'S3cure!pass', token: parseResetToken({ clear: true }) ?? undefined });
 * ```
 */
export interface ResetPasswordOptions {
  /** The new password; checked against the `passwordPolicy` before anything is sent. */
  password: string;
  /** The token from the email link; defaults to `parseResetToken()` of `window.location`. */
  token?: string;
  /** The language of the "password changed" email; defaults to the constructor's `locale`. */
  locale?: string;
  signal?: AbortSignal;
  /** Headers for this call only (a CAPTCHA token, a request id), merged over the constructor's `headers`. */
  headers?: Record<string, string>;
}

/**
 * What {@link WebAuth.changePassword} resolves to.
 *
 * @example
 * ```ts
 * const { message } = await webAuth.changePassword({ connection, email });
 * status.textContent = message;
 * ```
 */
export interface ChangePasswordResult {
  /** The server's sentence, e.g. "We've just sent you an email to reset your password." */
  message: string;
  rateLimit: RateLimit | null;
  /** With `breachCheck` on and a `password` sent: whether the breach check ran (`'passed'`) or could not (`'skipped'`). */
  breachCheck?: BreachCheck;
}
/**
 * What {@link WebAuth.requestReset} resolves to.
 *
 * @example
 * ```ts
 * const { cooldown, rateLimit } = await webAuth.requestReset({ email });
 * startCountdown(cooldown);
 * ```
 */
export interface RequestResetResult {
  /** Seconds before another email may be sent to this address. */
  cooldown: number;
  rateLimit: RateLimit | null;
}
/**
 * What {@link WebAuth.getResetCooldown} resolves to.
 *
 * @example
 * ```ts
 * const { remaining } = await webAuth.getResetCooldown({ email });
 * resend.disabled = remaining > 0;
 * ```
 */
export interface ResetCooldownResult {
  /** Seconds left of the cooldown; 0 when another email may be sent now. */
  remaining: number;
  rateLimit: RateLimit | null;
}
/**
 * What {@link WebAuth.resetPassword} resolves to.
 *
 * @example
 * ```ts
 * const { success } = await webAuth.resetPassword({ password });
 * if (success) location.assign('/login');
 * ```
 */
export interface ResetPasswordResult {
  success: true;
  rateLimit: RateLimit | null;
  /** With `breachCheck` on: whether the breach check ran and the password was not found (`'passed'`), or could not run (`'skipped'`). */
  breachCheck?: BreachCheck;
}

/**
 * How the breach check of a call went, when `breachCheck` is on: `'passed'` (the password is not
 * in known breaches) or `'skipped'` (the range service could not be reached or answered badly;
 * the call went on and the server decided).
 *
 * @example
 * ```ts
 * const { breachCheck } = await webAuth.resetPassword({ password });
 * if (breachCheck === 'skipped') console.info('the breach check was not available');
 * ```
 */
export type BreachCheck = 'passed' | 'skipped';

const changePasswordArgs = /* @__PURE__ */ object({ connection: text, email, password: maybeAnyText, signal, headers });
const requestResetArgs = /* @__PURE__ */ object({ email, locale, signal, headers });
const cooldownArgs = /* @__PURE__ */ object({ email, signal, headers });
const resetPasswordArgs = /* @__PURE__ */ object({ password: anyText, token: maybeAnyText, locale, signal, headers });

/** Reads `{ [key]: seconds }` from a JSON body. */
const seconds =
  <K extends string>(key: K) =>
  (body: unknown) => {
    const value = (body as Record<string, unknown> | null)?.[key];
    return typeof value === 'number' && value >= 0 && value < Infinity ? ({ [key]: value } as Record<K, number>) : undefined;
  };

/**
 * The client of both password APIs (PROTOCOL.md): change password on an Auth0-style database
 * connection, and the token-based reset. Every method takes an options object and, optionally, a
 * Node-style callback; without one it returns a Promise. Invalid arguments fail with
 * `invalid_request` and send nothing; every failure is a {@link WebAuthError}.
 *
 * @example
 * ```ts
 * const webAuth = new WebAuth({ domain: 'tenant.example.com', clientID: 'abc123' });
 * try {
 *   const { cooldown } = await webAuth.requestReset({ email: 'ada@example.com' });
 *   startCountdown(cooldown);
 * } catch (error) {
 *   if (error instanceof WebAuthError) showError(error.description);
 * }
 * ```
 */
export class WebAuth {
  readonly #config: ReturnType<typeof configure>;

  /**
   * @throws {WebAuthError} `invalid_configuration` when `domain` is missing, not a host or origin,
   * plain http to a host that is not loopback, or when an option has the wrong type.
   */
  constructor(options: WebAuthOptions) {
    this.#config = configure(options);
  }

  /**
   * One call, either form: validate the arguments (nothing is sent when they are invalid), build
   * the request, screen a new password against known breaches (when `breachCheck` is on), send it,
   * pick the result from the body.
   */
  #call<A extends { signal?: AbortSignal | undefined; headers?: Record<string, string> | undefined }, T>(
    args: unknown,
    callback: Callback<T & { rateLimit: RateLimit | null; breachCheck?: BreachCheck }> | undefined,
    schema: Fields<A>,
    request: (args: A) => Omit<Call, 'signal'> & { screen?: string | undefined },
    pick: (body: unknown) => T | undefined,
  ) {
    // `changePassword(callback)` with no options: the callback still gets the `invalid_request`.
    if (typeof args === 'function' && !callback) [args, callback] = [undefined, args as unknown as typeof callback];
    return deliver(
      (async () => {
        const valid = validate(schema, args, 'invalid_request');
        const { screen, ...call } = request(valid);
        const breachCheck = screen && this.#config.breachCheck && (await this.#screen(screen, valid.signal));
        // The call's headers over the constructor's, whatever their case: both read once a call.
        let settings = this.#config;
        if (settings.headers || valid.headers) {
          const headers = new Headers(settings.headers);
          for (const [name, value] of Object.entries(valid.headers ?? {})) headers.set(name, value);
          settings = { ...settings, headers: Object.fromEntries(headers) };
        }
        const result = await send(settings, { ...call, signal: valid.signal }, pick);
        return breachCheck ? { ...result, breachCheck } : result;
      })(),
      callback,
    );
  }

  /**
   * The breach check of a new password: a breached one fails with `invalid_request` (rule
   * `breached`); a check that could not run is `'skipped'` and the call goes on (the server stays
   * the authority), unless the caller aborted.
   */
  async #screen(password: string, signal: AbortSignal | undefined): Promise<BreachCheck> {
    const outcome = await checkBreachedPassword(password, { ...this.#config.breachCheck, fetch: this.#config.fetch, signal }).catch(
      (error: unknown) => {
        if (signal?.aborted) throw error;
      },
    );
    if (outcome?.breached) {
      throw invalid('invalid_request', [
        { path: 'password', rule: 'breached', message: `Seen ${outcome.count} times in data breaches` },
      ]);
    }
    return outcome ? 'passed' : 'skipped';
  }

  /**
   * Asks an Auth0-style database connection to email the user a change-password link
   * (`POST /dbconnections/change_password`). The answer is the same whether or not the email has
   * an account. Needs `clientID`.
   *
   * @example
   * ```ts
   * const { message } = await webAuth.changePassword({
   *   connection: 'Username-Password-Authentication',
   *   email: 'ada@example.com',
   * });
   * // or: webAuth.changePassword({ connection, email }, (error, result) => { … });
   * ```
   */
  changePassword(options: ChangePasswordOptions): Promise<ChangePasswordResult>;
  changePassword(options: ChangePasswordOptions, callback: Callback<ChangePasswordResult>): void;
  changePassword(options: ChangePasswordOptions, callback?: Callback<ChangePasswordResult>) {
    return this.#call(
      options,
      callback,
      changePasswordArgs,
      ({ connection, email, password }) => {
        const { clientID } = this.#config;
        if (!clientID) throw invalid('invalid_configuration', [{ path: 'clientID', message: 'Required by changePassword' }]);
        const json: Record<string, string> = { client_id: clientID, email, connection };
        if (password) json.password = password;
        return { method: 'POST', path: '/dbconnections/change_password', json, codeInError: true, screen: password };
      },
      (body) => {
        const message = trimmed(body);
        return message ? { message } : undefined;
      },
    );
  }

  /**
   * Emails the user a password-reset link (`POST /api/auth/password/reset-request`). Resolves
   * with the cooldown before another email may be sent; the answer is the same for an address
   * without an account. During a cooldown it fails with `EMAIL_COOLDOWN_ACTIVE`.
   *
   * @example
   * ```ts
   * webAuth.requestReset({ email: 'ada@example.com', locale: 'de' }, (error, result) => {
   *   if (error?.code === 'EMAIL_COOLDOWN_ACTIVE') return startCountdown(error.retryAfter ?? 60);
   *   if (error) return showError(error.description);
   *   startCountdown(result.cooldown);
   * });
   * ```
   */
  requestReset(options: RequestResetOptions): Promise<RequestResetResult>;
  requestReset(options: RequestResetOptions, callback: Callback<RequestResetResult>): void;
  requestReset(options: RequestResetOptions, callback?: Callback<RequestResetResult>) {
    return this.#call(
      options,
      callback,
      requestResetArgs,
      ({ email, locale = this.#config.locale }) => ({
        method: 'POST',
        path: '/api/auth/password/reset-request',
        query: { locale },
        json: { email },
      }),
      seconds('cooldown'),
    );
  }

  /**
   * Asks how many seconds are left before another reset email may be sent to an address
   * (`GET /api/auth/password/reset/cooldown`).
   *
   * @example
   * ```ts
   * const { remaining } = await webAuth.getResetCooldown({ email: 'ada@example.com' });
   * resendButton.disabled = remaining > 0;
   * ```
   */
  getResetCooldown(options: ResetCooldownOptions): Promise<ResetCooldownResult>;
  getResetCooldown(options: ResetCooldownOptions, callback: Callback<ResetCooldownResult>): void;
  getResetCooldown(options: ResetCooldownOptions, callback?: Callback<ResetCooldownResult>) {
    return this.#call(
      options,
      callback,
      cooldownArgs,
      ({ email }) => ({ method: 'GET', path: '/api/auth/password/reset/cooldown', query: { email } }),
      seconds('remaining'),
    );
  }

  /**
   * Sets the new password with the token from the email link (`POST /api/auth/password/reset`).
   * The token defaults to the one in `window.location`; none anywhere fails with
   * `PASSWORD_RESET_TOKEN_MISSING`, a password that fails the policy with `invalid_request`
   * (one field per failed rule), and neither sends anything.
   * `POST_COMMIT_SIDE_EFFECT_FAILURE` means the password **was** changed.
   *
   * @example
   * ```ts
   * try {
   *   await webAuth.resetPassword({ password: 'S3cure!pass' });
   *   showDone();
   * } catch (error) {
   *   if (!(error instanceof WebAuthError)) throw error;
   *   if (error.code === 'POST_COMMIT_SIDE_EFFECT_FAILURE') showDone();
   *   else if (error.code === 'PASSWORD_RESET_TOKEN_EXPIRED') offerNewLink();
   *   else showError(error.description);
   * }
   * ```
   */
  resetPassword(options: ResetPasswordOptions): Promise<ResetPasswordResult>;
  resetPassword(options: ResetPasswordOptions, callback: Callback<ResetPasswordResult>): void;
  resetPassword(options: ResetPasswordOptions, callback?: Callback<ResetPasswordResult>) {
    return this.#call(
      options,
      callback,
      resetPasswordArgs,
      ({ password, token, locale = this.#config.locale }) => {
        const { passwordPolicy, tokenParam } = this.#config;
        token ||= parseResetToken({ param: tokenParam }) ?? '';
        if (!token) {
          throw new WebAuthError({
            code: 'PASSWORD_RESET_TOKEN_MISSING',
            description: 'No reset token: open the emailed link again',
          });
        }
        const { failed } = passwordPolicy ? checkPassword(password, passwordPolicy) : { failed: [] };
        if (failed.length) {
          throw invalid(
            'invalid_request',
            failed.map((rule) => ({ path: 'password', message: describePasswordRule(rule, passwordPolicy || undefined), rule })),
          );
        }
        return {
          method: 'POST',
          path: '/api/auth/password/reset',
          query: { token, locale },
          json: { newPassword: password },
          secret: token,
          screen: password,
        };
      },
      (body) => ((body as { success?: unknown } | null)?.success === true ? { success: true as const } : undefined),
    );
  }
}
