import { $ZodCustom, type $ZodType } from 'zod/v4/core';
import { isEmail } from './email';
import { type FieldError, WebAuthError } from './errors';

// Validation is zod, at its smallest: every field is one `custom` check (a test and the message
// to show), the zod/v4/core class that zod/mini wraps. Building on it directly keeps zod/mini's
// wrapper methods (.check, .with, .brand, …, never used here) out of the browser bundle, several
// hundred bytes; and `validate` runs the fields of an object one by one rather than through zod's
// `object`, whose parser weighs 1.2 KB (gzip) in a 12 KB budget. An optional field is a test that
// also passes `undefined` (zod's `optional` would cost another 200). Each field is run through its
// Standard Schema `validate` (every zod schema has it), not `safeParse`, which brings zod's error
// classes: 360 B gzip of the script tag. Nothing here compiles code: CSP-safe.
type Test = (value: unknown) => boolean;
type Shape = Record<string, $ZodType>;
type Output<S extends Shape> = { [K in keyof S]: S[K] extends $ZodType<infer T> ? T : never };
declare const output: unique symbol;
/** Fields checked together, each key's schema; and, as a type only, the object they make. */
export type Fields<T> = Shape & { readonly [output]?: T };

/** A value that passes `test`, else an issue with `message`. */
export const field = <T>(test: Test, message: string) =>
  /* @__PURE__ */ new $ZodCustom({ type: 'custom', check: 'custom', fn: test, error: () => message }) as unknown as $ZodType<T>;
/** Fields that `undefined` passes: `validate` takes an absent one as it is, without a run of zod. */
const optionals = new WeakSet<$ZodType>();
/** The same, or `undefined`. */
export const optional = <T>(test: Test, message: string) => {
  const schema = field<T | undefined>((value) => value === undefined || test(value), message);
  optionals.add(schema);
  return schema;
};
/** An object of fields; other keys are dropped. */
export const object = <S extends Shape>(shape: S) => shape as S & Fields<Output<S>>;

export const isString = (value: unknown): value is string => typeof value === 'string';
export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

const isText: Test = (value) => isString(value) && value.trim() !== '';
export const text = /* @__PURE__ */ field<string>(isText, 'Must be a non-empty string');
export const maybeText = /* @__PURE__ */ optional<string>(isText, 'Must be a non-empty string');
export const anyText = /* @__PURE__ */ field<string>(isString, 'Must be a string');
export const maybeAnyText = /* @__PURE__ */ optional<string>(isString, 'Must be a string');
/** An email address as every method checks it; a new schema each time (the app may freeze `emailSchema`, never pwflow's own). */
export const emailField = () => field<string>((value) => isString(value) && isEmail(value), 'Must be a valid email address');
export const email = /* @__PURE__ */ emailField();
export const locale = /* @__PURE__ */ optional<string>(
  (value) => isString(value) && /^[a-z]{2,8}([_-][a-z\d]{1,8})*$/i.test(value),
  'Must be a locale such as "pt-BR"',
);
/**
 * Header names and values `fetch` can send: a token name, and a value of Latin-1 characters without
 * NUL, CR or LF (anything else makes `fetch` throw, which would look like a network error).
 */
export const headers = /* @__PURE__ */ optional<Record<string, string>>(
  (value) =>
    isObject(value) &&
    Object.entries(value).every(([name, text]) => /^[\w!#$%&'*+.^`|~-]+$/.test(name) && isString(text) && !/[\0\r\n\u0100-\uffff]/.test(text)),
  'Must be valid header names and values',
);
export const signal = /* @__PURE__ */ optional<AbortSignal>((value) => value instanceof AbortSignal, 'Must be an AbortSignal');

/** A `WebAuthError` for invalid arguments (`invalid_request`) or options (`invalid_configuration`). */
export function invalid(code: 'invalid_request' | 'invalid_configuration', fields: FieldError[]): WebAuthError {
  const description = fields.map((field) => `${field.path || 'value'}: ${field.message}`).join('; ');
  return new WebAuthError({ code, description, fields });
}

/** Checks each field of `input` (an object), or throws `invalid(code)` with one entry per bad field. */
export function validate<T>(fields: Fields<T>, input: unknown, code: 'invalid_request' | 'invalid_configuration'): T {
  let picked: Record<string, unknown> = {};
  let issues: FieldError[] = [];
  try {
    // Every key of the fields, read once (a getter cannot answer twice), so that a missing one is
    // `undefined` to its test; no other key.
    if (isObject(input)) picked = Object.fromEntries(Object.keys(fields).map((key) => [key, input[key]]));
    else issues = [{ path: '', message: 'Must be an object' }];
    for (const key of Object.keys(picked)) {
      if (picked[key] === undefined && optionals.has(fields[key]!)) continue;
      // zod's Standard Schema entry: synchronous for these checks, a Promise only when one threw.
      const result = fields[key]!['~standard'].validate(picked[key]);
      if (result instanceof Promise) throw result.catch(() => {});
      if (result.issues) issues.push({ path: key, message: result.issues[0]!.message });
    }
  } catch {
    // A getter that throws, a revoked proxy: the input cannot be read at all.
    issues = [{ path: '', message: 'Could not be read' }];
  }
  if (issues.length) throw invalid(code, issues);
  return picked as T;
}
