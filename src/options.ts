import { field, isObject, isString, locale, maybeText, object, optional, validate } from './validate';
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
  /** A custom `fetch` (tests, SSR, instrumentation). */
  fetch?: typeof fetch;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
  /** The URL parameter that carries the reset token; default `'token'`. */
  tokenParam?: string;
  /** The rules `resetPassword` checks before sending; `false` to leave it all to the server. Default `DEFAULT_PASSWORD_POLICY`. */
  passwordPolicy?: PasswordPolicy | false;
}

const count = (min: number, max: number, whole?: boolean) =>
  optional<number>(
    (value) => typeof value === 'number' && value >= min && value <= max && (!whole || value % 1 === 0),
    `Must be a ${whole ? 'whole ' : ''}number from ${min} to ${max}`,
  );

const loopback = /^(localhost|\[::1\]|127(\.\d+){3})$/;

/** `domain` → the origin every request goes to: https, or http to a loopback host; else undefined. */
function toOrigin(domain: unknown): string | undefined {
  try {
    const url = new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(domain as string) ? (domain as string) : `https://${domain}`);
    const secure = url.protocol === 'https:' || (url.protocol === 'http:' && loopback.test(url.hostname));
    if (secure && url.href === `${url.origin}/` && isString(domain) && domain.trim()) return url.origin;
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
  headers: /* @__PURE__ */ optional<Record<string, string>>(
    (value) =>
      isObject(value) &&
      Object.entries(value).every(([name, text]) => /^[\w!#$%&'*+.^`|~-]+$/.test(name) && isString(text) && !/[\r\n\0]/.test(text)),
    'Must be valid header names and values',
  ),
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
  };
}
