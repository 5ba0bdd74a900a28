/**
 * The email check the SDK runs before sending and the reference server runs on arrival:
 * one `@`, a non-empty local part, a dotted domain, at most 254 characters, and no space, control
 * or invisible character (`\p{C}`: C0, DEL, C1, zero-width and bidi marks, BOM, tags, a lone
 * surrogate; `\p{DI}`: soft hyphen, fillers, variation selectors), which would make an address
 * that looks like another.
 */
export const isEmail = (value: string): boolean =>
  value.length <= 254 && /^[^\s@\p{C}\p{DI}]+@[^\s@.\p{C}\p{DI}]+(\.[^\s@.\p{C}\p{DI}]+)+$/u.test(value);
