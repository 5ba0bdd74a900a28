/**
 * The email check the SDK runs before sending and the reference server runs on arrival:
 * one `@`, a non-empty local part, a dotted domain, no spaces, at most 254 characters.
 */
export const isEmail = (value: string): boolean =>
  value.length <= 254 && /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value);
