import { afterEach, describe, expect, it, vi } from 'vitest';
import { inspectResetToken, parseResetToken } from '../src/index';

const jwt = (payload: object) =>
  ['{"alg":"HS256","typ":"JWT"}', JSON.stringify(payload)]
    .map((part) => btoa(part).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''))
    .concat('c2lnbmF0dXJl')
    .join('.');

function visit(url: string) {
  history.replaceState({ app: 'state' }, '', url);
}

afterEach(() => visit('http://localhost:3000/'));

describe('parseResetToken', () => {
  it('reads the query, hash parameters and a hash route query', () => {
    expect(parseResetToken('https://app.example.com/reset-password?token=abc')).toBe('abc');
    expect(parseResetToken('https://app.example.com/reset#token=def&x=1')).toBe('def');
    expect(parseResetToken('https://app.example.com/#/reset-password?token=ghi')).toBe('ghi');
    expect(parseResetToken(new URL('https://app.example.com/?a=1&token=jkl'))).toBe('jkl');
  });

  it('honours a custom parameter name', () => {
    expect(parseResetToken('https://a.example/?t=1&code=xyz', { param: 'code' })).toBe('xyz');
    expect(parseResetToken('https://a.example/?token=xyz', { param: 'code' })).toBeNull();
  });

  it('is null when there is no token, an empty one, or a URL it cannot read', () => {
    expect(parseResetToken('https://app.example.com/reset-password')).toBeNull();
    expect(parseResetToken('https://app.example.com/?token=')).toBeNull();
    expect(parseResetToken('https://app.example.com/#section')).toBeNull();
    expect(parseResetToken('http://[bad')).toBeNull();
  });

  it('reads window.location by default', () => {
    visit('/reset-password?token=live');
    expect(parseResetToken()).toBe('live');
    expect(parseResetToken({ param: 'token' })).toBe('live');
    expect(location.search).toBe('?token=live');
  });

  it('clears the token from the address bar, keeping every other part, without a new entry', () => {
    visit('/reset-password?a=1&token=secret&b=x%20y#frag');
    const length = history.length;
    expect(parseResetToken({ clear: true })).toBe('secret');
    expect(location.href).toBe('http://localhost:3000/reset-password?a=1&b=x%20y#frag');
    expect(history.length).toBe(length);
    expect(history.state).toEqual({ app: 'state' });
    expect(JSON.stringify(history.state)).not.toContain('secret');
  });

  it('clears a hash route token and a hash parameter token', () => {
    visit('/app/#/reset-password?token=secret&lang=de');
    expect(parseResetToken({ clear: true })).toBe('secret');
    expect(location.href).toBe('http://localhost:3000/app/#/reset-password?lang=de');
    visit('/app/#/reset-password?token=secret');
    parseResetToken({ clear: true });
    expect(location.href).toBe('http://localhost:3000/app/#/reset-password');
    visit('/reset#token=secret');
    parseResetToken({ clear: true });
    expect(location.href).toBe('http://localhost:3000/reset');
  });

  it('reads hash parameters whose values hold a `?` (a return path), and clears only the token', () => {
    expect(parseResetToken('https://app.example.com/reset#token=abc&next=/account?tab=security')).toBe('abc');
    visit('/reset#next=/account?tab=1&token=secret');
    expect(parseResetToken({ clear: true })).toBe('secret');
    expect(location.href).toBe('http://localhost:3000/reset#next=/account?tab=1');
  });

  it('takes the first non-empty value of a repeated parameter, and clears them all', () => {
    expect(parseResetToken('https://app.example.com/reset?token=&token=abc')).toBe('abc');
    visit('/reset?token=&token=secret&x=1');
    expect(parseResetToken({ clear: true })).toBe('secret');
    expect(location.href).toBe('http://localhost:3000/reset?x=1');
  });

  it('reads a hash route whose path holds an `=` (matrix parameters)', () => {
    expect(parseResetToken('https://app.example.com/#/reset;lang=de?token=abc')).toBe('abc');
    visit('/app/#/users/id=5/reset?token=secret&x=1');
    expect(parseResetToken({ clear: true })).toBe('secret');
    expect(location.href).toBe('http://localhost:3000/app/#/users/id=5/reset?x=1');
  });

  it('clears when handed the live location, but never rewrites the address bar for another URL', () => {
    visit('/reset-password?token=mine');
    expect(parseResetToken(location, { clear: true })).toBe('mine');
    expect(location.search).toBe('');
    visit('/page?token=keep');
    const replace = vi.spyOn(history, 'replaceState');
    expect(parseResetToken('https://other.example/?token=x', { clear: true })).toBe('x');
    expect(replace).not.toHaveBeenCalled();
    expect(location.search).toBe('?token=keep');
    replace.mockRestore();
  });
});

describe('inspectResetToken', () => {
  const now = new Date('2026-11-22T10:00:00Z');
  const exp = now.getTime() / 1000;

  it('reads exp without verifying', () => {
    expect(inspectResetToken(jwt({ sub: 'u', exp: exp + 60 }), now)).toEqual({ expiresAt: new Date((exp + 60) * 1000), expired: false, malformed: false });
    expect(inspectResetToken(jwt({ exp: exp - 1 }), now)).toEqual({ expiresAt: new Date((exp - 1) * 1000), expired: true, malformed: false });
    expect(inspectResetToken(jwt({ exp }), now).expired).toBe(true);
  });

  it('reads base64url payloads with - and _', () => {
    const token = jwt({ sub: '>>>???', exp: exp + 5 });
    expect(token.split('.')[1]).toMatch(/[-_]/);
    expect(inspectResetToken(token, now).expired).toBe(false);
  });

  it('never throws; not a JWT or no exp is malformed, never expired', () => {
    const good = jwt({ exp: exp - 60 });
    const [header, payload, signature] = good.split('.') as [string, string, string];
    for (const token of [
      '', 'opaque', 'a.b', 'a.b.c', jwt({ sub: 'x' }), jwt({ exp: 'soon' }), jwt({ exp: null }), jwt({ exp: 1e300 }),
      'a.!!!.c', null, 42, undefined, {}, [header, payload].join('.'), `${good}.x`, `${header}..${signature}`,
      `${header}.${payload}.`, `.${payload}.${signature}`, ` ${good}`, `${good}\n`, `${header}.${payload} .${signature}`,
      `${header}.${payload}==.${signature}`, `${header}.${payload.slice(0, -1)}.${signature}`,
      `${header}.${btoa('[1,2]')}.${signature}`, `${header}.${btoa('"exp"')}.${signature}`, `${header}.${btoa('7')}.${signature}`,
    ]) {
      expect(inspectResetToken(token as string, now), String(token)).toEqual({ expiresAt: null, expired: false, malformed: true });
    }
  });
});

describe('parseResetToken, edge cases', () => {
  it('honours options after an undefined source', () => {
    visit('/reset?code=X');
    expect(parseResetToken(undefined, { param: 'code' })).toBe('X');
  });

  it('leaves no copy of the token in a router state that kept the URL', () => {
    history.replaceState({ current: '/reset-password?token=SECRET', scroll: 3 }, '', '/reset-password?token=SECRET&a=1');
    expect(parseResetToken({ clear: true })).toBe('SECRET');
    expect(location.href).toBe('http://localhost:3000/reset-password?a=1');
    expect(history.state).toEqual({ current: '/reset-password?token=', scroll: 3 });
  });

  it('still returns the token when replaceState throws', () => {
    visit('/reset-password?token=SECRET');
    const spy = vi.spyOn(history, 'replaceState').mockImplementation(() => {
      throw new DOMException('rate limited', 'SecurityError');
    });
    expect(parseResetToken({ clear: true })).toBe('SECRET');
    spy.mockRestore();
  });
});

describe('parseResetToken({ clear: true }), paths of every odd shape (issue 11)', () => {
  // Each page URL as the browser shows it, and what must be left once the token is cleared.
  const cases: [string, string][] = [
    // An app URL with a trailing slash plus `/reset-password`: replaceState('//reset-password')
    // would name the host `reset-password`, and the browser refuses it.
    ['//reset-password?token=SECRET', '//reset-password'],
    ['//reset-password?a=1&token=SECRET#x', '//reset-password?a=1#x'],
    ['///x?token=SECRET', '///x'],
    ['/\\x?token=SECRET', '//x'], // a backslash is a slash in an http URL
    ['/%2F%2Fx?token=SECRET', '/%2F%2Fx'],
    ['/r%C3%A9set%20it/?token=SECRET&q=%E2%9C%93', '/r%C3%A9set%20it/?q=%E2%9C%93'],
    ['/ré set?token=SECRET&q="a b"', '/r%C3%A9%20set?q=%22a%20b%22'],
    ['//app/#/reset-password?token=SECRET&lang=de', '//app/#/reset-password?lang=de'],
    ['//app/#//reset?token=SECRET', '//app/#//reset'],
    ['//reset#token=SECRET', '//reset'],
    ['/a/..//b?token=SECRET', '//b'],
  ];
  for (const [path, left] of cases) {
    it(`clears the token on ${path}`, () => {
      visit(`http://localhost:3000${path}`);
      const length = history.length;
      expect(parseResetToken({ clear: true })).toBe('SECRET');
      expect(location.href).toBe(`http://localhost:3000${left}`);
      expect(location.origin).toBe('http://localhost:3000');
      expect(history.length).toBe(length);
    });
  }
});
