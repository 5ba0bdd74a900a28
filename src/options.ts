import * as z from 'zod/mini';
import { isEmail } from './email';
import { type FieldError, WebAuthError } from './errors';
import { DEFAULT_PASSWORD_POLICY, type PasswordPolicy } from './password-policy';

/** Options of `new WebAuth(options)`. */
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

const nonEmpty = z.string().check(z.minLength(1));
export const email = z.string().check(z.refine(isEmail, 'Must be a valid email address'));
export const locale = z.optional(
  z.string().check(z.regex(/^[a-z]{2,8}([_-][a-z\d]{1,8})*$/i, 'Must be a locale tag such as "en" or "pt-BR"')),
);
export const signal = z.optional(z.custom<AbortSignal>((value) => value instanceof AbortSignal, 'Must be an AbortSignal'));
export const text = z.string();

const flag = z.boolean();
const configuration = z.object({
  domain: z.string(),
  clientID: z.optional(nonEmpty),
  locale,
  timeout: z.optional(z.number().check(z.positive(), z.lte(2147483647))),
  retry: z.optional(z.int().check(z.gte(0), z.lte(10))),
  maxRetryWait: z.optional(z.number().check(z.gte(0))),
  fetch: z.optional(z.custom<typeof fetch>((value) => typeof value === 'function', 'Must be a function')),
  headers: z.optional(
    z.record(
      z.string().check(z.regex(/^[\w!#$%&'*+.^`|~-]+$/, 'Must be a valid HTTP header name')),
      z.string().check(z.regex(/^[^\r\n\0]*$/, 'Must be a valid HTTP header value')),
    ),
  ),
  tokenParam: z.optional(nonEmpty),
  passwordPolicy: z.optional(
    z.union(
      [
        z.literal(false),
        z.object({ minLength: z.int().check(z.gte(1)), uppercase: flag, lowercase: flag, digit: flag, special: flag }),
      ],
      'Must be a password policy or false',
    ),
  ),
});

/** Messages for the issues zod/mini leaves bare; checks with a message of their own keep it. */
function describe(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_type') return issue.input === undefined ? 'Required' : `Must be a ${issue.expected}`;
  if (issue.code === 'too_small') return issue.origin === 'string' ? 'Must not be empty' : `Must be at least ${issue.minimum}`;
  if (issue.code === 'too_big') return `Must be at most ${issue.maximum}`;
  if (issue.code === 'invalid_key') return issue.issues[0]?.message;
  return undefined;
}

/** A `WebAuthError` for invalid arguments (`invalid_request`) or options (`invalid_configuration`). */
export function invalid(code: 'invalid_request' | 'invalid_configuration', fields: FieldError[]): WebAuthError {
  const list = fields.map((field) => `${field.path || 'value'}: ${field.message}`).join('; ');
  return new WebAuthError({
    code,
    description: `Invalid ${code === 'invalid_request' ? 'arguments' : 'options'}: ${list}`,
    fields,
  });
}

/** Parses input with a schema, or throws `invalid(code)` with one field per issue. */
export function validate<T>(
  schema: z.ZodMiniType<T>,
  input: unknown,
  code: 'invalid_request' | 'invalid_configuration',
): T {
  let issues: { path: PropertyKey[]; message: string }[];
  try {
    const result = z.safeParse(schema, input, { error: describe });
    if (result.success) return result.data;
    issues = result.error.issues;
  } catch {
    // A getter that throws, a revoked proxy: the input cannot be read at all.
    issues = [{ path: [], message: 'Could not be read' }];
  }
  throw invalid(code, issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })));
}

const loopback = (host: string) => host === 'localhost' || host === '[::1]' || /^127(\.\d+){3}$/.test(host);

/** `domain` → the origin every request goes to; only https, or http to a loopback host. */
function toOrigin(domain: string): string {
  let url: URL | undefined;
  try {
    url = new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(domain) ? domain : `https://${domain}`);
  } catch {}
  const fail = (message: string) => {
    throw invalid('invalid_configuration', [{ path: 'domain', message }]);
  };
  if (!url || url.pathname !== '/' || url.search || url.hash || url.username || url.password || !domain.trim()) {
    return fail('Must be a host such as "tenant.example.com" or an origin such as "https://tenant.example.com"');
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback(url.hostname))) {
    return fail('Must use https (plain http is allowed only for localhost, 127.0.0.0/8 and [::1])');
  }
  return url.origin;
}

/** The validated, defaulted configuration of one `WebAuth`. */
export function configure(options: WebAuthOptions) {
  const o = validate(configuration, options, 'invalid_configuration');
  return {
    origin: toOrigin(o.domain),
    clientID: o.clientID,
    locale: o.locale,
    timeout: o.timeout ?? 10_000,
    retry: o.retry ?? 0,
    maxRetryWait: o.maxRetryWait ?? 60_000,
    fetch: o.fetch,
    headers: o.headers,
    tokenParam: o.tokenParam ?? 'token',
    passwordPolicy: o.passwordPolicy ?? DEFAULT_PASSWORD_POLICY,
  };
}
