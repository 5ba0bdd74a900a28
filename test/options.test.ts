import { describe, expect, it } from 'vitest';
import { WebAuth, WebAuthError } from '../src/index';

const thrown = (options: unknown): WebAuthError => {
  try {
    new WebAuth(options as never);
  } catch (error) {
    return error as WebAuthError;
  }
  throw new Error('expected the constructor to throw');
};

describe('new WebAuth(options)', () => {
  it.each(['tenant.example.com', 'https://tenant.example.com', 'https://tenant.example.com/', 'tenant.example.com:8443',
    'http://localhost:3000', 'http://127.0.0.1', 'http://127.8.9.10:1', 'http://[::1]:8080'])('accepts %s', (domain) => {
    expect(new WebAuth({ domain })).toBeInstanceOf(WebAuth);
  });

  it.each([
    ['http://tenant.example.com', 'https'],
    ['http://192.168.1.1', 'https'],
    ['http://localhost.evil.example', 'https'],
    ['ftp://tenant.example.com', 'https'],
    ['', 'Must be a host'],
    ['   ', 'Must be a host'],
    ['https://tenant.example.com/path', 'Must be a host'],
    ['https://tenant.example.com/?q=1', 'Must be a host'],
    ['https://user:pw@tenant.example.com', 'Must be a host'],
    ['tenant example.com', 'Must be a host'],
  ])('refuses domain %j', (domain, message) => {
    const error = thrown({ domain });
    expect(error).toBeInstanceOf(WebAuthError);
    expect(error.code).toBe('invalid_configuration');
    expect(error.fields).toEqual([{ path: 'domain', message: expect.stringContaining(message) }]);
    expect(error.description).toContain('domain');
  });

  it.each([
    [undefined, ''],
    [{}, 'domain'],
    [{ domain: 42 }, 'domain'],
    [{ domain: 'a.example', clientID: 7 }, 'clientID'],
    [{ domain: 'a.example', clientID: '' }, 'clientID'],
    [{ domain: 'a.example', timeout: -1 }, 'timeout'],
    [{ domain: 'a.example', timeout: '100' }, 'timeout'],
    [{ domain: 'a.example', retry: 1.5 }, 'retry'],
    [{ domain: 'a.example', maxRetryWait: -5 }, 'maxRetryWait'],
    [{ domain: 'a.example', fetch: 'fetch' }, 'fetch'],
    [{ domain: 'a.example', headers: { 'X-A': 1 } }, 'headers'],
    [{ domain: 'a.example', headers: { 'bad header': 'x' } }, 'headers'],
    [{ domain: 'a.example', headers: { 'X-A': 'a\r\nSet-Cookie: x' } }, 'headers'],
    [{ domain: 'a.example', tokenParam: '' }, 'tokenParam'],
    [{ domain: 'a.example', locale: 'de DE' }, 'locale'],
    [{ domain: 'a.example', passwordPolicy: true }, 'passwordPolicy'],
    [{ domain: 'a.example', passwordPolicy: { minLength: 8 } }, 'passwordPolicy'],
    [{ domain: 'a.example', passwordPolicy: { minLength: '8', uppercase: true, lowercase: true, digit: true, special: true } }, 'passwordPolicy'],
    [{ domain: 'a.example', passwordPolicy: { minLength: true, uppercase: true, lowercase: true, digit: true, special: true } }, 'passwordPolicy'],
  ])('refuses %j naming %s', (options, path) => {
    const error = thrown(options);
    expect(error.code).toBe('invalid_configuration');
    expect(error.fields?.map((field) => field.path)).toContain(path);
    expect(error.fields?.every((field) => field.message.length > 0 && field.message !== 'Invalid input')).toBe(true);
  });

  it('accepts every documented option', () => {
    const webAuth = new WebAuth({
      domain: 'tenant.example.com',
      clientID: 'abc',
      locale: 'pt_BR',
      timeout: 5000,
      retry: 2,
      maxRetryWait: 1000,
      fetch: (...args) => fetch(...args),
      headers: { 'X-Tenant': 'acme' },
      tokenParam: 'code',
      passwordPolicy: false,
    });
    expect(webAuth).toBeInstanceOf(WebAuth);
  });
});
