/**
 * One rule of a {@link PasswordPolicy}, in the order `checkPassword` reports them.
 *
 * @example
 * ```ts
 * const labels: Record<PasswordRule, string> = { minLength: '8+ characters', uppercase: 'A–Z', lowercase: 'a–z', digit: '0–9', special: '!@#…' };
 * ```
 */
export type PasswordRule = 'minLength' | 'uppercase' | 'lowercase' | 'digit' | 'special';

/**
 * What a password must contain. Each flag turns its rule on.
 *
 * @example
 * ```ts
 * const policy: PasswordPolicy = { ...DEFAULT_PASSWORD_POLICY, minLength: 12 };
 * checkPassword('Correct-Horse-1', policy).valid; // true
 * ```
 */
export interface PasswordPolicy {
  /** Fewest characters (Unicode code points). */
  minLength: number;
  /** At least one of `A`–`Z`. */
  uppercase: boolean;
  /** At least one of `a`–`z`. */
  lowercase: boolean;
  /** At least one of `0`–`9`. */
  digit: boolean;
  /** At least one of the special characters of PROTOCOL.md §B (`!@#$%^&*()_+-={}[]|\:;'"<>,.?/`; not a space). */
  special: boolean;
}

/**
 * The result of {@link checkPassword}.
 *
 * @example
 * ```ts
 * const { valid, failed } = checkPassword('abc');
 * // valid === false, failed === ['minLength', 'uppercase', 'digit', 'special']
 * ```
 */
export interface PasswordCheck {
  valid: boolean;
  /** Every rule the password fails, in the order `minLength, uppercase, lowercase, digit, special`. */
  failed: PasswordRule[];
}

/**
 * The characters that count as "special" (PROTOCOL.md §B). A space does not.
 *
 * @example
 * ```ts
 * hint.textContent = `One of ${SPECIAL_CHARACTERS}`;
 * ```
 */
export const SPECIAL_CHARACTERS = `!@#$%^&*()_+-={}[]|\\:;'"<>,.?/`;

/**
 * The server's rule (PROTOCOL.md §B): 8 characters with an uppercase and a lowercase letter, a digit
 * and a special character, all ASCII, exactly as strict as the server so that no password it will
 * refuse gets past the browser.
 *
 * @example
 * ```ts
 * const webAuth = new WebAuth({ domain, passwordPolicy: { ...DEFAULT_PASSWORD_POLICY, minLength: 12 } });
 * ```
 */
export const DEFAULT_PASSWORD_POLICY: Readonly<PasswordPolicy> = /* @__PURE__ */ Object.freeze({
  minLength: 8,
  uppercase: true,
  lowercase: true,
  digit: true,
  special: true,
});

const tests: [Exclude<PasswordRule, 'minLength'>, (c: string) => boolean][] = [
  ['uppercase', (c) => c >= 'A' && c <= 'Z'],
  ['lowercase', (c) => c >= 'a' && c <= 'z'],
  ['digit', (c) => c >= '0' && c <= '9'],
  ['special', (c) => SPECIAL_CHARACTERS.includes(c)],
];

/**
 * Checks a password against a policy, the same check `resetPassword` runs before it sends anything
 * and the reference server runs on arrival. Use it for a live checklist while the user types.
 * Never throws: a non-string fails every rule.
 *
 * @example
 * ```ts
 * const { valid, failed } = checkPassword(input.value);
 * for (const rule of ['minLength', 'uppercase', 'lowercase', 'digit', 'special'] as const) {
 *   checklist[rule].classList.toggle('ok', !failed.includes(rule));
 * }
 * submit.disabled = !valid;
 * ```
 */
export function checkPassword(
  password: string,
  policy: PasswordPolicy = DEFAULT_PASSWORD_POLICY,
): PasswordCheck {
  let failed: PasswordRule[] = [];
  try {
    policy ||= DEFAULT_PASSWORD_POLICY;
    const chars = typeof password === 'string' ? [...password] : [];
    if (chars.length < policy.minLength || typeof password !== 'string') failed.push('minLength');
    for (const [rule, test] of tests) {
      if (policy[rule] && !chars.some(test)) failed.push(rule);
    }
  } catch {
    // A policy that cannot be read: nothing passes.
    failed = ['minLength', ...tests.map(([rule]) => rule)];
  }
  return { valid: failed.length === 0, failed };
}

/**
 * A short sentence for each rule, for checklists and `WebAuthError.fields`.
 *
 * @example
 * ```ts
 * describePasswordRule('minLength', policy); // 'At least 8 characters'
 * ```
 */
export function describePasswordRule(
  rule: PasswordRule,
  policy: PasswordPolicy = DEFAULT_PASSWORD_POLICY,
): string {
  return {
    minLength: `At least ${policy.minLength} characters`,
    uppercase: 'An uppercase letter',
    lowercase: 'A lowercase letter',
    digit: 'A digit',
    special: `One of ${SPECIAL_CHARACTERS}`,
  }[rule];
}
