import { $ZodCustom, $ZodObject, type $ZodType, safeParse } from 'zod/v4/core';
import { isEmail } from './email';
import { type FieldError, WebAuthError } from './errors';

// Validation is zod, at its smallest: every field is one `custom` check (a test and the message
// to show) inside one `object`. These are the zod/v4/core classes that zod/mini wraps; building
// on them directly keeps zod/mini's wrapper methods (.check, .with, .brand, …, never used here)
// out of the browser bundle, several hundred bytes. An optional field is a test that also passes
// `undefined`, and `validate` hands zod every key of the shape, present or not: zod's `optional`
// would cost another 200. Nothing here compiles code: CSP-safe.
type Test = (value: unknown) => boolean;
type Shape = Record<string, $ZodType>;
type Output<S extends Shape> = { [K in keyof S]: S[K] extends $ZodType<infer T> ? T : never };

/** A value that passes `test`, else an issue with `message`. */
export const field = <T>(test: Test, message: string) =>
  /* @__PURE__ */ new $ZodCustom({ type: 'custom', check: 'custom', fn: test, error: () => message }) as unknown as $ZodType<T>;
/** The same, or `undefined`. */
export const optional = <T>(test: Test, message: string) =>
  /* @__PURE__ */ field<T | undefined>((value) => value === undefined || test(value), message);
/** An object of fields; other keys are dropped. */
export const object = <S extends Shape>(shape: S) =>
  /* @__PURE__ */ new $ZodObject({ type: 'object', shape }) as unknown as $ZodType<Output<S>>;

export const isString = (value: unknown): value is string => typeof value === 'string';
export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

const isText: Test = (value) => isString(value) && value !== '';
export const text = /* @__PURE__ */ field<string>(isText, 'Must be a non-empty string');
export const maybeText = /* @__PURE__ */ optional<string>(isText, 'Must be a non-empty string');
export const anyText = /* @__PURE__ */ field<string>(isString, 'Must be a string');
export const maybeAnyText = /* @__PURE__ */ optional<string>(isString, 'Must be a string');
export const email = /* @__PURE__ */ field<string>((value) => isString(value) && isEmail(value), 'Must be a valid email address');
export const locale = /* @__PURE__ */ optional<string>(
  (value) => isString(value) && /^[a-z]{2,8}([_-][a-z\d]{1,8})*$/i.test(value),
  'Must be a locale such as "pt-BR"',
);
export const signal = /* @__PURE__ */ optional<AbortSignal>((value) => value instanceof AbortSignal, 'Must be an AbortSignal');

/** A `WebAuthError` for invalid arguments (`invalid_request`) or options (`invalid_configuration`). */
export function invalid(code: 'invalid_request' | 'invalid_configuration', fields: FieldError[]): WebAuthError {
  const description = fields.map((field) => `${field.path || 'value'}: ${field.message}`).join('; ');
  return new WebAuthError({ code, description, fields });
}

/** Parses input with a schema, or throws `invalid(code)` with one field per issue. */
export function validate<T>(schema: $ZodType<T>, input: unknown, code: 'invalid_request' | 'invalid_configuration'): T {
  let issues: { path: PropertyKey[]; message: string }[];
  try {
    // Every key of the shape, so that a missing one is `undefined` to its test; no other key.
    const { shape } = (schema as unknown as $ZodObject)._zod.def;
    const picked = isObject(input) ? Object.fromEntries(Object.keys(shape).map((key) => [key, input[key]])) : input;
    // The one issue without a message of its own: the arguments are not an object at all.
    const result = safeParse(schema, picked, { error: () => 'Must be an object' });
    if (result.success) return result.data as T;
    issues = result.error.issues;
  } catch {
    // A getter that throws, a revoked proxy: the input cannot be read at all.
    issues = [{ path: [], message: 'Could not be read' }];
  }
  throw invalid(code, issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })));
}
