import { field, headers, isObject, isString, locale, maybeText, object, optional, validate } from './validate';
import { DEFAULT_PASSWORD_POLICY, type PasswordPolicy } from './password-policy';

/**
 * Options of `new WebAuth(options)`.
 *
 * @example
 * ```ts
 * const webAuth = new WebAuth({ domain: 'tenant.example.com', clientID: 'abc123', locale: 'de', retry: 2 });
 * ```
 */
export interface WebAuthOptions {
  /** `'tenant.example.com'` (meaning `https://tenant.example.com`) or a full origin. Plain `http://` only for loopback hosts. */
  domain: string;
  /** The application's client id; needed by `changePassword`. */
  clientID?: string;
  /** Default locale (BCP 47 or Java tag, e.g. `'de'`, `'pt-BR'`) of the emails `requestReset` and `resetPassword` cause. */
  locale?: string;
  /** Milliseconds one request (its whole body included) may take; default 10000. */
  timeout?: number;
  /** Automatic retries after a 429 or 503 that carries a wait hint; default 0. */
  retry?: number;
  /** Milliseconds: a retry that would wait longer than this is not made; default 60000. */
  maxRetryWait?: number;
  /** A custom `fetch` (tests, SSR, instrumentation). Its answers are always read as a stream, at most 64 KiB. */
  fetch?: typeof fetch;
  /** Extra headers sent with every request; each method's `headers` are merged over them. Values must be Latin-1, without CR or LF (what `fetch` can send). */
  headers?: Record<string, string>;
  /** The URL parameter that carries the reset token; default `'token'`. */
  tokenParam?: string;
  /** The rules `resetPassword` checks before sending; `false` to leave it all to the server. Default `DEFAULT_PASSWORD_POLICY`. */
  passwordPolicy?: PasswordPolicy | false;
  /**
   * Before `resetPassword` (and `changePassword` with a password) sends a new password, look it up
   * in known data breaches with {@link checkBreachedPassword}: a breached one fails with
   * `invalid_request` (rule `'breached'`) and nothing is sent. When the range service cannot be
   * reached or answers badly, the call goes on and its result says `breachCheck: 'skipped'`.
   * `true` uses `https://api.pwnedpasswords.com/range/` with a 3000 ms timeout. Default off.
   */
  breachCheck?: boolean | { endpoint?: string; timeout?: number };
}

const within = (value: unknown, min: number, max: number, whole?: boolean) =>
  typeof value === 'number' && value >= min && value <= max && (!whole || value % 1 === 0);
const count = (min: number, max: number, whole?: boolean) =>
  optional<number>((value) => within(value, min, max, whole), `Must be a ${whole ? 'whole ' : ''}number from ${min} to ${max}`);

const loopback = /^(localhost|\[::1\]|127(\.\d+){3})$/;

/** Whether a URL may carry what pwflow sends: https, or http to a loopback host. */
export const secure = (url: URL) => url.protocol === 'https:' || (url.protocol === 'http:' && loopback.test(url.hostname));

/** Whether a value is an absolute URL that {@link secure} allows (the breach check's `endpoint`). */
export const isEndpoint = (value: unknown): value is string => {
  try {
    return isString(value) && secure(new URL(value));
  } catch {
    return false;
  }
};

/** `domain` → the origin every request goes to: https, or http to a loopback host; else undefined. */
function toOrigin(domain: unknown): string | undefined {
  try {
    const url = new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(domain as string) ? (domain as string) : `https://${domain}`);
    if (secure(url) && url.href === `${url.origin}/` && isString(domain) && domain.trim()) return url.origin;
  } catch {}
  return undefined;
}

const configuration = /* @__PURE__ */ object({
  domain: /* @__PURE__ */ field<string>(
    (value) => toOrigin(value) !== undefined,
    'Must be a host or an https origin, without a path (http only for localhost)',
  ),
  clientID: maybeText,
  locale,
  timeout: /* @__PURE__ */ count(1, 2147483647),
  retry: /* @__PURE__ */ count(0, 10, true),
  maxRetryWait: /* @__PURE__ */ count(0, 2147483647),
  fetch: /* @__PURE__ */ optional<typeof fetch>((value) => typeof value === 'function', 'Must be a function'),
  headers,
  tokenParam: maybeText,
  passwordPolicy: /* @__PURE__ */ optional<PasswordPolicy | false>(
    (value) =>
      value === false ||
      (isObject(value) &&
        typeof value.minLength === 'number' &&
        value.minLength >= 1 &&
        ['uppercase', 'lowercase', 'digit', 'special'].every((rule) => typeof value[rule] === 'boolean')),
    'Must be a password policy or false',
  ),
  breachCheck: /* @__PURE__ */ optional<WebAuthOptions['breachCheck']>(
    (value) =>
      typeof value === 'boolean' ||
      (isObject(value) &&
        (value.endpoint === undefined || isEndpoint(value.endpoint)) &&
        (value.timeout === undefined || within(value.timeout, 1, 2147483647))),
    'Must be a boolean or { endpoint, timeout }',
  ),
});

/** The validated, defaulted configuration of one `WebAuth`. */
export function configure(options: WebAuthOptions) {
  const o = validate(configuration, options, 'invalid_configuration');
  return {
    ...o,
    origin: toOrigin(o.domain)!,
    timeout: o.timeout ?? 10_000,
    retry: o.retry ?? 0,
    maxRetryWait: o.maxRetryWait ?? 60_000,
    tokenParam: o.tokenParam ?? 'token',
    passwordPolicy: o.passwordPolicy ?? DEFAULT_PASSWORD_POLICY,
    // `true` is the default range service; `false` or nothing, no check.
    breachCheck: o.breachCheck === true ? {} : o.breachCheck || undefined,
  };
}
