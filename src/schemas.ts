import { $ZodCustom, type $ZodType } from 'zod/v4/core';
import { DEFAULT_PASSWORD_POLICY, type PasswordPolicy, type PasswordRule, checkPassword, describePasswordRule } from './password-policy';
import { emailField, isString } from './validate';

// The form schemas are the SDK's own checks as zod schemas (zod/v4/core, which zod and zod/mini
// wrap: so they plug into `z.object` of either, and are Standard Schema v1 validators). Their
// messages are the SDK's: `describePasswordRule` and the email field of validate.ts.

/**
 * A zod schema (so a Standard Schema v1 validator) of a new password under `policy`: one issue per
 * rule the password fails, in `checkPassword`'s order, with `checkPassword`'s message
 * (`describePasswordRule`) and the rule in the issue's `params.rule`. A value that is not a string
 * gets one issue, "Must be a string".
 *
 * @example
 * ```ts
 * const result = await passwordSchema()['~standard'].validate('abc');
 * // { issues: [{ message: 'At least 8 characters', params: { rule: 'minLength' }, … }, …] }
 * const form = z.object({ email: emailSchema, password: passwordSchema({ ...DEFAULT_PASSWORD_POLICY, minLength: 12 }) });
 * ```
 */
export const passwordSchema = (policy: PasswordPolicy = DEFAULT_PASSWORD_POLICY): $ZodType<string, string> =>
  new $ZodCustom({
    type: 'custom',
    check: 'custom',
    fn: isString,
    error: () => 'Must be a string',
    abort: true,
    // A policy's keys are the rules, in the order checkPassword reports them.
    checks: (Object.keys(DEFAULT_PASSWORD_POLICY) as PasswordRule[]).map(
      (rule) =>
        new $ZodCustom({
          type: 'custom',
          check: 'custom',
          fn: (password) => !checkPassword(password as string, policy).failed.includes(rule),
          error: () => describePasswordRule(rule, policy),
          params: { rule },
        }),
    ),
  }) as $ZodType<string, string>;

/**
 * A zod schema (so a Standard Schema v1 validator) of an email address, the check every method
 * runs before sending: one issue, "Must be a valid email address".
 *
 * @example
 * ```ts
 * const result = await emailSchema['~standard'].validate('ada@example');
 * if (result.issues) showFieldError('email', result.issues[0]!.message);
 * ```
 */
export const emailSchema = /* @__PURE__ */ emailField() as $ZodType<string, string>;
