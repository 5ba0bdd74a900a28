import * as z from 'zod/mini';
import { isEmail } from './email';
import { type FieldError, WebAuthError } from './errors';
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

// Every field is a zod/mini `custom` check in one `object`: each other kind of schema or check
// would cost the browser bundle a few hundred bytes, and a test with its message says it as clearly.
type Test = (value: unknown) => boolean;
const field = <T>(test: Test, message: string) => /* @__PURE__ */ z.custom<T>(test, message);
const optional = <T>(test: Test, message: string) => /* @__PURE__ */ z.optional(field<T>(test, message));
const isString = (value: unknown): value is string => typeof value === 'string';
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const count = (min: number, max: number, whole?: boolean) =>
  optional<number>(
    (value) => typeof value === 'number' && value >= min && value <= max && (!whole || value % 1 === 0),
    `Must be a ${whole ? 'whole ' : ''}number from ${min} to ${max}`,
  );

export const text = /* @__PURE__ */ field<string>((value) => isString(value) && value !== '', 'Must be a non-empty string');
export const anyText = /* @__PURE__ */ field<string>(isString, 'Must be a string');
export const email = /* @__PURE__ */ field<string>((value) => isString(value) && isEmail(value), 'Must be a valid email address');
export const locale = /* @__PURE__ */ optional<string>(
  (value) => isString(value) && /^[a-z]{2,8}([_-][a-z\d]{1,8})*$/i.test(value),
  'Must be a locale tag such as "en" or "pt-BR"',
);
export const signal = /* @__PURE__ */ optional<AbortSignal>((value) => value instanceof AbortSignal, 'Must be an AbortSignal');

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

const configuration = /* @__PURE__ */ z.object({
  domain: /* @__PURE__ */ field<string>(
    (value) => toOrigin(value) !== undefined,
    'Must be a host ("tenant.example.com") or an https origin; plain http only for localhost, 127.0.0.0/8 and [::1]',
  ),
  clientID: /* @__PURE__ */ z.optional(text),
  locale,
  timeout: /* @__PURE__ */ count(1, 2147483647),
  retry: /* @__PURE__ */ count(0, 10, true),
  maxRetryWait: /* @__PURE__ */ count(0, 2147483647),
  fetch: /* @__PURE__ */ optional<typeof fetch>((value) => typeof value === 'function', 'Must be a function'),
  headers: /* @__PURE__ */ optional<Record<string, string>>(
    (value) =>
      isObject(value) &&
      Object.entries(value).every(([name, text]) => /^[\w!#$%&'*+.^`|~-]+$/.test(name) && isString(text) && !/[\r\n\0]/.test(text)),
    'Must map header names to header values',
  ),
  tokenParam: /* @__PURE__ */ z.optional(text),
  passwordPolicy: /* @__PURE__ */ optional<PasswordPolicy | false>(
    (value) =>
      value === false ||
      (isObject(value) &&
        (value.minLength as number) >= 1 &&
        ['uppercase', 'lowercase', 'digit', 'special'].every((rule) => typeof value[rule] === 'boolean')),
    'Must be a password policy or false',
  ),
});

/** A `WebAuthError` for invalid arguments (`invalid_request`) or options (`invalid_configuration`). */
export function invalid(code: 'invalid_request' | 'invalid_configuration', fields: FieldError[]): WebAuthError {
  const list = fields.map((field) => `${field.path || 'value'}: ${field.message}`).join('; ');
  return new WebAuthError({ code, description: `Invalid ${code === 'invalid_request' ? 'arguments' : 'options'}: ${list}`, fields });
}

/** Parses input with a schema, or throws `invalid(code)` with one field per issue. */
export function validate<T>(
  schema: z.ZodMiniType<T>,
  input: unknown,
  code: 'invalid_request' | 'invalid_configuration',
): T {
  let issues: { path: PropertyKey[]; message: string }[];
  try {
    // The only issues without a message of their own: a required field is missing, or the
    // arguments are not an object at all.
    const result = z.safeParse(schema, input, {
      error: (issue) => (issue.expected === 'nonoptional' ? 'Required' : 'Must be an object'),
    });
    if (result.success) return result.data;
    issues = result.error.issues;
  } catch {
    // A getter that throws, a revoked proxy: the input cannot be read at all.
    issues = [{ path: [], message: 'Could not be read' }];
  }
  throw invalid(code, issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })));
}

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
