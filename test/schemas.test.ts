// passwordSchema and emailSchema: the SDK's own checks as zod schemas (Standard Schema v1), with the
// SDK's messages; a property test holds passwordSchema(policy) to checkPassword(·, policy).
import fc from 'fast-check';
import { z } from 'zod';
import { z as mini } from 'zod/mini';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_PASSWORD_POLICY, WebAuth, type WebAuthError, checkPassword, emailSchema, passwordSchema } from '../src/index';
import { describePasswordRule, SPECIAL_CHARACTERS } from '../src/password-policy';
import type { StandardSchemaV1 } from '@standard-schema/spec';
import type { PasswordPolicy } from '../src/index';
import { failure } from './support/network';

/** The schema's issues for `value` (synchronous: the schemas have no async check). */
function issues(schema: ReturnType<typeof passwordSchema>, value: unknown) {
  const result = schema['~standard'].validate(value);
  if (result instanceof Promise) throw new Error('validate() went async');
  return result.issues ?? [];
}

// The contract's types: both are Standard Schema v1 validators of a string.
const asStandard: StandardSchemaV1<string>[] = [passwordSchema(), passwordSchema(DEFAULT_PASSWORD_POLICY), emailSchema];

describe('passwordSchema', () => {
  it('gives one issue per failed rule, in checkPassword order, with its message and rule', () => {
    const found = issues(passwordSchema(), 'abc');
    expect(found.map((issue) => issue.message)).toEqual(
      (['minLength', 'uppercase', 'digit', 'special'] as const).map((rule) => describePasswordRule(rule)),
    );
    expect(found.map((issue) => (issue as { params?: { rule?: string } }).params?.rule)).toEqual(['minLength', 'uppercase', 'digit', 'special']);
    for (const schema of asStandard) expect(schema['~standard']).toMatchObject({ vendor: 'zod', version: 1 });
    expect(passwordSchema()['~standard'].validate('S3cure!pass')).toEqual({ value: 'S3cure!pass' });
  });

  it('refuses a value that is not a string with one issue', () => {
    for (const value of [undefined, null, 12345678, ['Abcdefg1!']]) {
      expect(issues(passwordSchema(), value).map((issue) => issue.message)).toEqual(['Must be a string']);
    }
  });

  it('follows the policy, message included', () => {
    const policy = { ...DEFAULT_PASSWORD_POLICY, minLength: 12, special: false };
    expect(issues(passwordSchema(policy), 'Abcdefgh1').map((issue) => issue.message)).toEqual(['At least 12 characters']);
    expect(issues(passwordSchema(policy), 'Abcdefghijk1')).toEqual([]);
  });

  it('composes in zod and zod/mini objects, issues at their paths', () => {
    const form = z.object({ email: emailSchema, password: passwordSchema() });
    const result = form.safeParse({ email: 'ada@example', password: 'Abcdefgh1' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map(({ path, message }) => ({ path, message }))).toEqual([
      { path: ['email'], message: 'Must be a valid email address' },
      { path: ['password'], message: `One of ${SPECIAL_CHARACTERS}` },
    ]);
    expect(mini.object({ password: passwordSchema() }).parse({ password: 'S3cure!pass' })).toEqual({ password: 'S3cure!pass' });
  });

  it('agrees with checkPassword on 10,000 random passwords and policies', () => {
    const policy = fc.record({
      minLength: fc.integer({ min: 1, max: 24 }),
      uppercase: fc.boolean(),
      lowercase: fc.boolean(),
      digit: fc.boolean(),
      special: fc.boolean(),
    });
    // Mostly the characters the rules are about, and any other Unicode, astral planes included.
    const password = fc.oneof(
      fc.string({ unit: fc.constantFrom(...'aZ09!@ ~é€😀'), maxLength: 30 }),
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.string({ unit: 'binary', maxLength: 30 }),
    );
    fc.assert(
      fc.property(password, policy, (value: string, rules: PasswordPolicy) => {
        const { valid, failed } = checkPassword(value, rules);
        const found = issues(passwordSchema(rules), value);
        // Plain comparisons, not expect(): fast-check shrinks a failure to the smallest case.
        const said = JSON.stringify(found.map((issue) => [(issue as { params?: { rule?: string } }).params?.rule, issue.message]));
        return found.length === 0 === valid && said === JSON.stringify(failed.map((rule) => [rule, describePasswordRule(rule, rules)]));
      }),
      { numRuns: 10_000 },
    );
  }, 120_000);
});

describe('emailSchema', () => {
  it('runs the SDK email check, with the message an invalid_request carries', async () => {
    const error = await failure<WebAuthError>(new WebAuth({ domain: 'auth.example.com' }).requestReset({ email: 'ada@example' }));
    expect(issues(emailSchema, 'ada@example').map((issue) => issue.message)).toEqual([error.fields![0]!.message]);
    expect(issues(emailSchema, 42).map((issue) => issue.message)).toEqual([error.fields![0]!.message]);
    expect(emailSchema['~standard'].validate('ada@example.com')).toEqual({ value: 'ada@example.com' });
  });

  it('is the app\'s own: freezing it before any call leaves the SDK\'s email check working', async () => {
    vi.resetModules();
    const fresh = await import('../src/index');
    Object.freeze(fresh.emailSchema);
    const fetch = async () => new Response('{"cooldown":60}', { headers: { 'content-type': 'application/json' } });
    await expect(new fresh.WebAuth({ domain: 'auth.example.com', fetch }).requestReset({ email: 'ada@example.com' })).resolves.toMatchObject({ cooldown: 60 });
  });
});

describe('in the form libraries of docs/guides/forms.md', () => {
  it('react-hook-form’s standard-schema resolver reports every failed rule on the field', async () => {
    const { standardSchemaResolver } = await import('@hookform/resolvers/standard-schema');
    const resolver = standardSchemaResolver(z.object({ email: emailSchema, password: passwordSchema() }));
    const { errors } = await resolver({ email: 'ada@example', password: 'abcdefgh' }, undefined, { fields: {}, shouldUseNativeValidation: false, criteriaMode: 'all' });
    expect(errors.email?.message).toBe('Must be a valid email address');
    expect(Object.values(errors.password?.types ?? {}).flat()).toEqual(['An uppercase letter', 'A digit', `One of ${SPECIAL_CHARACTERS}`]);
  });

  it('TanStack Form takes them as field validators', async () => {
    const { FormApi, FieldApi } = await import('@tanstack/react-form');
    const form = new FormApi({ defaultValues: { password: '' } });
    form.mount();
    const field = new FieldApi({ form, name: 'password', validators: { onChange: passwordSchema() } });
    field.mount();
    field.handleChange('Abcdefgh1');
    expect(field.state.meta.errors.map((issue) => issue?.message)).toEqual([`One of ${SPECIAL_CHARACTERS}`]);
    field.handleChange('Abcdefgh1!');
    expect(field.state.meta.errors).toEqual([]);
  });
});
