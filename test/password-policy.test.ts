import { describe, expect, it } from 'vitest';
import { DEFAULT_PASSWORD_POLICY, checkPassword } from '../src/index';
import { describePasswordRule } from '../src/password-policy';

describe('checkPassword', () => {
  it('accepts a password that meets every rule of PROTOCOL.md §B', () => {
    expect(checkPassword('S3cure!pass')).toEqual({ valid: true, failed: [] });
  });

  it('lists every failed rule, in contract order', () => {
    expect(checkPassword('')).toEqual({ valid: false, failed: ['minLength', 'uppercase', 'lowercase', 'digit', 'special'] });
    expect(checkPassword('abcdefgh').failed).toEqual(['uppercase', 'digit', 'special']);
    expect(checkPassword('ABCDEFG1!').failed).toEqual(['lowercase']);
    expect(checkPassword('Ab1!').failed).toEqual(['minLength']);
  });

  it('is as strict as the server: ASCII classes only, a space is not special', () => {
    expect(checkPassword('ÄÖÜäöü12!x').failed).toEqual(['uppercase']);
    expect(checkPassword('Ab1 defgh').failed).toEqual(['special']);
    expect(checkPassword('ab1!defgh٣').failed).toEqual(['uppercase']);
    expect(checkPassword('AB!defghi').failed).toEqual(['digit']);
  });

  it('counts each special character of the protocol', () => {
    for (const c of `!@#$%^&*()_+-={}[]|\\:;'"<>,.?/`) expect(checkPassword(`Abcdefg1${c}`).valid, c).toBe(true);
    for (const c of ' ~`€§') expect(checkPassword(`Abcdefg1${c}`).failed, c).toEqual(['special']);
  });

  it('counts characters, not UTF-16 units, so it is never looser than the server', () => {
    expect(checkPassword('Ab1!😀😀').failed).toEqual(['minLength']);
  });

  it('follows a custom policy', () => {
    const policy = { ...DEFAULT_PASSWORD_POLICY, minLength: 12, special: false };
    expect(checkPassword('Abcdefgh1', policy).failed).toEqual(['minLength']);
    expect(checkPassword('Abcdefghijk1', policy).valid).toBe(true);
  });

  it('never throws on a non-string', () => {
    expect(checkPassword(undefined as unknown as string).valid).toBe(false);
    expect(checkPassword(12345678 as unknown as string).failed[0]).toBe('minLength');
  });

  it('describes each rule for checklists', () => {
    expect(describePasswordRule('minLength', { ...DEFAULT_PASSWORD_POLICY, minLength: 10 })).toBe('At least 10 characters');
    expect(describePasswordRule('special')).toContain('!@#');
  });

  it('the default policy is frozen', () => {
    expect(Object.isFrozen(DEFAULT_PASSWORD_POLICY)).toBe(true);
  });
});
