import { $ZodCustom, $ZodObject, $ZodOptional, type $ZodType, safeParse } from 'zod/v4/core';
import { isEmail } from './email';
import { type FieldError, WebAuthError } from './errors';

// Validation is zod, at its smallest: every field is one `custom` check (a test and the message
// to show) inside one `object`. These are the zod/v4/core classes that zod/mini wraps; building
// on them directly keeps zod/mini's wrapper methods (.check, .with, .brand, …, never used here)
// out of the browser bundle, several hundred bytes. Nothing here compiles code: CSP-safe.
type Test = (value: unknown) => boolean;
type Shape = Record<string, $ZodType>;
type Output<S extends Shape> = { [K in keyof S]: S[K] extends $ZodType<infer T> ? T : never };

/** A value that passes `test`, else an issue with `message`. */
export const field = <T>(test: Test, message: string) =>
  /* @__PURE__ */ new $ZodCustom({ type: 'custom', check: 'custom', fn: test, error: () => message }) as unknown as $ZodType<T>;
/** The same, or `undefined`. */
export const optional = <T>(schema: $ZodType<T>) =>
  /* @__PURE__ */ new $ZodOptional({ type: 'optional', innerType: schema }) as unknown as $ZodType<T | undefined>;
/** An object of fields; other keys are dropped. */
export const object = <S extends Shape>(shape: S) =>
  /* @__PURE__ */ new $ZodObject({ type: 'object', shape }) as unknown as $ZodType<Output<S>>;

export const isString = (value: unknown): value is string => typeof value === 'string';
export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export const text = /* @__PURE__ */ field<string>((value) => isString(value) && value !== '', 'Must be a non-empty string');
export const anyText = /* @__PURE__ */ field<string>(isString, 'Must be a string');
export const email = /* @__PURE__ */ field<string>((value) => isString(value) && isEmail(value), 'Must be a valid email address');
export const locale = /* @__PURE__ */ optional(
  /* @__PURE__ */ field<string>(
    (value) => isString(value) && /^[a-z]{2,8}([_-][a-z\d]{1,8})*$/i.test(value),
    'Must be a locale such as "pt-BR"',
  ),
);
export const signal = /* @__PURE__ */ optional(
  /* @__PURE__ */ field<AbortSignal>((value) => value instanceof AbortSignal, 'Must be an AbortSignal'),
);

/** A `WebAuthError` for invalid arguments (`invalid_request`) or options (`invalid_configuration`). */
export function invalid(code: 'invalid_request' | 'invalid_configuration', fields: FieldError[]): WebAuthError {
  const description = fields.map((field) => `${field.path || 'value'}: ${field.message}`).join('; ');
  return new WebAuthError({ code, description, fields });
}

/** Parses input with a schema, or throws `invalid(code)` with one field per issue. */
export function validate<T>(schema: $ZodType<T>, input: unknown, code: 'invalid_request' | 'invalid_configuration'): T {
  let issues: { path: PropertyKey[]; message: string }[];
  try {
    // The one issue without a message of its own: the arguments are not an object at all.
    const result = safeParse(schema, input, { error: () => 'Must be an object' });
    if (result.success) return result.data as T;
    issues = result.error.issues;
  } catch {
    // A getter that throws, a revoked proxy: the input cannot be read at all.
    issues = [{ path: [], message: 'Could not be read' }];
  }
  throw invalid(code, issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })));
}
