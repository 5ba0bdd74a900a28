// The words of the screens: which catalogue a locale gets, placeholders, plurals, waits, and a
// message for every error code of PROTOCOL.md and CONTRACT.md.
import { describe, expect, it } from 'vitest';
import { CHANGE_PASSWORD_ERRORS, type ClientErrorCode, RESET_ERRORS } from '../../src/codes';
import { WebAuth } from '../../src/index';
import { messageFor } from '../../src/ui/errors';
import { english, mountChangePassword, mountForgotPassword, registerLocale } from '../../src/ui/index';
import { text } from '../../src/ui/locale';
import { host } from './helpers';

const CLIENT_CODES: Record<ClientErrorCode, true> = {
  invalid_configuration: true,
  invalid_request: true,
  PASSWORD_RESET_TOKEN_MISSING: true,
  too_many_requests: true,
  network_error: true,
  timeout: true,
  aborted: true,
  invalid_response: true,
  server_error: true,
  request_failed: true,
};

describe('error messages', () => {
  it('every code of PROTOCOL.md and CONTRACT.md has its message; only those the screens show at a field, a cancelled and a refused call fall to error.unknown', () => {
    const codes = [...Object.keys(RESET_ERRORS), ...Object.keys(CHANGE_PASSWORD_ERRORS), ...Object.keys(CLIENT_CODES)];
    const keys = Object.fromEntries(codes.map((code) => [code, messageFor(code)]));
    for (const key of Object.values(keys)) expect(english).toHaveProperty([key]);
    expect(codes.filter((code) => keys[code] === 'error.unknown').sort()).toEqual(
      ['INVALID_REQUEST', 'aborted', 'invalid_parameter', 'invalid_request', 'request_failed'].sort(),
    );
    expect(keys).toMatchObject({
      EMAIL_COOLDOWN_ACTIVE: 'error.cooldown',
      IP_RATE_LIMIT_EXCEEDED: 'error.tooMany',
      too_many_requests: 'error.tooMany',
      POST_COMMIT_SIDE_EFFECT_FAILURE: 'reset.sessions',
      'password is not allowed': 'error.support',
      EMAIL_SEND_FAILURE: 'error.server',
      network_error: 'error.network',
    });
    expect(messageFor('SOMETHING_NEW')).toBe('error.unknown');
    expect(messageFor(undefined)).toBe('error.unknown');
  });
});

describe('locales', () => {
  it('English when no locale, or one not registered; lang says which', () => {
    expect(text(undefined).t('forgot.title')).toBe('Forgot your password?');
    expect(text(undefined).lang).toBe('en');
    expect(text('nl-BE').lang).toBe('en');
  });

  it('falls back pt-BR → pt → English, key by key', () => {
    registerLocale('pt', { 'forgot.title': 'Esqueceu a palavra-passe?', 'forgot.submit': 'Enviar ligação' });
    expect(text('pt-BR').t('forgot.title')).toBe('Esqueceu a palavra-passe?');
    expect(text('pt-BR').lang).toBe('pt');
    registerLocale('pt-BR', { 'forgot.title': 'Esqueceu a senha?' });
    const brazil = text('pt-br');
    expect([brazil.t('forgot.title'), brazil.t('forgot.submit'), brazil.t('common.email')]).toEqual([
      'Esqueceu a senha?',
      'Enviar ligação',
      'Email address',
    ]);
    expect(brazil.lang).toBe('pt-br');
  });

  it('messages override single strings over the locale', () => {
    registerLocale('xx', { 'forgot.title': 'Locale title', 'forgot.submit': 'Locale submit' });
    const words = text('xx', { 'forgot.title': 'Locked out?' });
    expect([words.t('forgot.title'), words.t('forgot.submit')]).toEqual(['Locked out?', 'Locale submit']);
  });

  it('fills placeholders, picks plurals with Intl.PluralRules, and writes waits', () => {
    const en = text('en');
    expect(en.t('forgot.resent', { email: 'ada@example.com' })).toBe('We sent another email to ada@example.com.');
    expect(en.t('rule.minLength', { count: 1 })).toBe('At least 1 character');
    expect(en.t('rule.breached', { count: 1234567 })).toBe('This password was found in 1,234,567 data breaches. Choose another.');
    expect([undefined, 0, 1, 42, 60, 65, 125].map(en.wait)).toEqual([
      'a moment',
      'a moment',
      '1 second',
      '42 seconds',
      '1 minute',
      '1 minute, 5 seconds',
      '2 minutes, 5 seconds',
    ]);
    registerLocale('ja', { 'time.seconds': { other: '{count}秒' } });
    expect(text('ja').wait(1)).toBe('1秒');
    const parts = en.parts('change.sent', { email: Object.assign(document.createElement('strong'), { textContent: 'a@b.c' }) });
    expect(parts.map((part) => (typeof part === 'string' ? part : (part as Element).outerHTML))).toEqual([
      'We’ve sent a link to ',
      '<strong>a@b.c</strong>',
      '.',
    ]);
  });

  it('the screen speaks the locale, with lang on its root', () => {
    registerLocale('de', { 'forgot.title': 'Passwort vergessen?' });
    const target = host();
    mountForgotPassword(target, { webAuth: new WebAuth({ domain: 'auth.example.com' }), locale: 'de-AT' });
    expect(target.firstElementChild!.getAttribute('lang')).toBe('de');
    expect(target.querySelector('h1')!.textContent).toBe('Passwort vergessen?');
  });
});

it('a target that is not there is a TypeError at once', () => {
  expect(() => mountChangePassword('#nowhere', { webAuth: new WebAuth({ domain: 'auth.example.com' }), connection: 'c' })).toThrow(TypeError);
});
