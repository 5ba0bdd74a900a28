import { describe, expect, it } from 'vitest';
import { parseRateLimit } from '../src/index';

const now = new Date('2026-11-22T10:00:00Z');
const epoch = now.getTime() / 1000;

describe('parseRateLimit', () => {
  it('reads X-RateLimit-* with reset in epoch seconds', () => {
    const headers = new Headers({ 'X-RateLimit-Limit': '30', 'X-RateLimit-Remaining': '29', 'X-RateLimit-Reset': String(epoch + 60) });
    expect(parseRateLimit(headers, now)).toEqual({ limit: 30, remaining: 29, reset: new Date(now.getTime() + 60_000) });
  });

  it('reads RateLimit-* with reset in delta seconds', () => {
    const headers = new Headers({ 'RateLimit-Limit': '100', 'RateLimit-Remaining': '0', 'RateLimit-Reset': '30' });
    expect(parseRateLimit(headers, now)).toEqual({ limit: 100, remaining: 0, reset: new Date(now.getTime() + 30_000) });
  });

  it('reads the structured RateLimit header', () => {
    const headers = new Headers({ RateLimit: 'limit=100, remaining=50, reset=30' });
    expect(parseRateLimit(headers, now)).toEqual({ limit: 100, remaining: 50, reset: new Date(now.getTime() + 30_000) });
  });

  it('reads the draft form with RateLimit-Policy', () => {
    const headers = new Headers({ RateLimit: '"default";r=5;t=12', 'RateLimit-Policy': '"default";q=10;w=60' });
    expect(parseRateLimit(headers, now)).toEqual({ limit: 10, remaining: 5, reset: new Date(now.getTime() + 12_000) });
  });

  it('adds Retry-After in seconds, or from an HTTP date', () => {
    const base = { 'X-RateLimit-Limit': '30', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': String(epoch + 60) };
    expect(parseRateLimit(new Headers({ ...base, 'Retry-After': '42' }), now)?.retryAfter).toBe(42);
    const date = new Date(now.getTime() + 90_000).toUTCString();
    expect(parseRateLimit(new Headers({ ...base, 'Retry-After': date }), now)?.retryAfter).toBe(90);
    const past = new Date(now.getTime() - 90_000).toUTCString();
    expect(parseRateLimit(new Headers({ ...base, 'Retry-After': past }), now)?.retryAfter).toBe(0);
    expect(parseRateLimit(new Headers({ ...base, 'Retry-After': 'soon' }), now)).not.toHaveProperty('retryAfter');
  });

  it('reads the early draft that lists policies after the limit (`100, 100;w=60`)', () => {
    const headers = new Headers({ 'RateLimit-Limit': '100, 100;w=60', 'RateLimit-Remaining': '50', 'RateLimit-Reset': '30' });
    expect(parseRateLimit(headers, now)).toEqual({ limit: 100, remaining: 50, reset: new Date(now.getTime() + 30_000) });
  });

  it('reads Retry-After in all three HTTP date formats, as UTC (asctime names no zone)', () => {
    const base = { 'X-RateLimit-Limit': '30', 'X-RateLimit-Remaining': '0' };
    // now + 90 s is Sun, 22 Nov 2026 10:01:30 GMT.
    for (const date of ['Sun, 22 Nov 2026 10:01:30 GMT', 'Sunday, 22-Nov-26 10:01:30 GMT', 'Sun Nov 22 10:01:30 2026']) {
      expect(parseRateLimit(new Headers({ ...base, 'Retry-After': date }), now)?.retryAfter, date).toBe(90);
    }
    expect(parseRateLimit(new Headers({ ...base, 'Retry-After': 'Sun Nov  1 10:01:30 2026' }), now)?.retryAfter).toBe(0);
    expect(parseRateLimit(new Headers({ ...base, 'Retry-After': 'Sun Nov 22 10:01:30' }), now)).not.toHaveProperty('retryAfter');
  });

  it('reads no other list: a list in another header is unreadable, and the next form is used', () => {
    const structured = { RateLimit: 'limit=9, remaining=8, reset=7' };
    const headers = new Headers({ 'X-RateLimit-Limit': '100;w=60', 'X-RateLimit-Remaining': '3', ...structured });
    expect(parseRateLimit(headers, now)).toEqual({ limit: 9, remaining: 8, reset: new Date(now.getTime() + 7_000) });
    // Two X-RateLimit-Remaining headers, combined by Headers into "5, 0": which one holds is unknown.
    const twice = new Headers([['X-RateLimit-Limit', '30'], ['X-RateLimit-Remaining', '5'], ['X-RateLimit-Remaining', '0']]);
    expect(parseRateLimit(twice, now)).toBeNull();
    // Only RateLimit-Limit lists policies after the limit (the early draft); an X- list gives way.
    const listed = new Headers({ 'X-RateLimit-Limit': '100, 100', 'X-RateLimit-Remaining': '5', 'X-RateLimit-Reset': String(epoch + 60) });
    expect(parseRateLimit(listed, now)).toBeNull();
    listed.set('RateLimit-Limit', '10');
    listed.set('RateLimit-Remaining', '1');
    listed.set('RateLimit-Reset', '30');
    expect(parseRateLimit(listed, now)).toEqual({ limit: 10, remaining: 1, reset: new Date(now.getTime() + 30_000) });
  });

  it('prefers X-RateLimit-* over the IETF forms when both are sent', () => {
    const headers = new Headers({ 'X-RateLimit-Limit': '30', 'X-RateLimit-Remaining': '1', 'RateLimit-Limit': '99', 'RateLimit-Remaining': '98' });
    expect(parseRateLimit(headers, now)).toMatchObject({ limit: 30, remaining: 1 });
  });

  it('is null without limit headers, and for malformed ones', () => {
    expect(parseRateLimit(new Headers(), now)).toBeNull();
    expect(parseRateLimit(new Headers({ 'Retry-After': '5' }), now)).toBeNull();
    expect(parseRateLimit(new Headers({ 'X-RateLimit-Limit': 'many', 'X-RateLimit-Remaining': '-1' }), now)).toBeNull();
    expect(parseRateLimit(new Headers({ RateLimit: 'garbage' }), now)).toBeNull();
  });

  it('defaults to the current time', () => {
    const before = Date.now();
    const limit = parseRateLimit(new Headers({ 'RateLimit-Limit': '1', 'RateLimit-Remaining': '1', 'RateLimit-Reset': '10' }));
    expect(limit!.reset.getTime()).toBeGreaterThanOrEqual(before + 10_000);
  });
});
