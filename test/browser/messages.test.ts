// @vitest-environment node
// The examples' message table (docs/examples/shared/messages.js) against the wire tables: every
// code a server or pwflow can produce has its own words on every screen, never the fallback.
import { describe, expect, it } from 'vitest';
import { CHANGE_PASSWORD_ERRORS, RESET_ERRORS } from '../../src/codes';
import type { ClientErrorCode } from '../../src/codes';
// @ts-expect-error: a plain browser module of the examples, without types
import { describeError, KNOWN_CODES, waitText } from '../../docs/examples/shared/messages.js';

const CLIENT_CODES: ClientErrorCode[] = [
  'invalid_configuration',
  'invalid_request',
  'PASSWORD_RESET_TOKEN_MISSING',
  'too_many_requests',
  'network_error',
  'timeout',
  'aborted',
  'invalid_response',
  'server_error',
  'request_failed',
];
const ALL = [...Object.keys(RESET_ERRORS), ...Object.keys(CHANGE_PASSWORD_ERRORS), ...CLIENT_CODES];

describe('messages.js', () => {
  it('has its own entry for every known code', () => {
    expect(ALL.filter((code) => !KNOWN_CODES.includes(code))).toEqual([]);
  });

  it.each(['request', 'reset', 'change'])('gives a sentence for every code on the %s screen', (flow) => {
    for (const code of ALL) {
      const shown = describeError({ code, description: 'x', statusCode: 500 }, flow);
      expect(shown.text, code).toMatch(/\S/);
      expect(shown.text, code).not.toMatch(/^Something went wrong\. The server said/);
      expect(['field', 'alert', 'link', 'cooldown', 'success'], code).toContain(shown.kind);
    }
  });

  it('only POST_COMMIT_SIDE_EFFECT_FAILURE on the reset screen counts as success', () => {
    const successes = ['request', 'reset', 'change'].flatMap((flow) =>
      ALL.filter((code) => describeError({ code }, flow).kind === 'success').map((code) => `${flow}:${code}`),
    );
    expect(successes).toEqual(['reset:POST_COMMIT_SIDE_EFFECT_FAILURE']);
  });

  it('falls back to the server’s own words for an unknown code, and survives junk', () => {
    expect(describeError({ code: 'SOMETHING_NEW', description: 'Quota exceeded' }, 'reset').text).toBe(
      'Something went wrong. The server said: “Quota exceeded” Please try again.',
    );
    expect(describeError(undefined, 'reset').text).toBe('Something went wrong. Please try again.');
    expect(describeError(new TypeError('boom'), 'reset').kind).toBe('alert');
  });

  it('puts invalid_request fields next to their field', () => {
    const shown = describeError(
      { code: 'invalid_request', fields: [{ path: 'email', message: 'Invalid email address' }] },
      'change',
    );
    expect(shown).toMatchObject({ kind: 'field', fields: [{ field: 'email', text: 'Enter an email address, like name@example.com.' }] });
  });

  it('says waits in words', () => {
    expect(waitText(1)).toBe('1 second');
    expect(waitText(42)).toBe('42 seconds');
    expect(waitText(60)).toBe('1 minute');
    expect(waitText(125)).toBe('2 minutes 5 seconds');
    expect(waitText(undefined)).toBe('a moment');
  });
});
