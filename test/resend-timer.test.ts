// createResendTimer: the answers of the real reference server (MSW) on a clock of our own, a Storage
// we can look into, and fake timers for the ticking.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebAuth, WebAuthError, createResendTimer } from '../src/index';
import { ORIGIN, failure, useReferenceServer, wire } from './support/network';

const { reference, sent } = useReferenceServer();
const webAuth = new WebAuth({ domain: ORIGIN });
const email = 'demo@example.com';

/** A Storage over a Map, so a test can read every key and value the timer left. */
class MapStorage implements Storage {
  readonly map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  key(index: number) {
    return [...this.map.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  setItem(key: string, value: string) {
    this.map.set(key, String(value));
  }
}

/** A clock the test moves: ms like Date.now(). */
function clock(start = Date.UTC(2026, 11, 2, 10)) {
  const at = { ms: start, now: () => at.ms, advance: (ms: number) => void (at.ms += ms) };
  return at;
}

afterEach(() => {
  vi.useRealTimers();
  sessionStorage.clear();
});

describe('createResendTimer: update', () => {
  it('takes the wait of every answer kind, and moves the end time only later', async () => {
    const time = clock();
    const timer = createResendTimer({ email, storage: new MapStorage(), now: time.now });
    expect(timer.secondsLeft).toBe(0);

    // requestReset: { cooldown } from the server.
    const result = await webAuth.requestReset({ email });
    expect(result.cooldown).toBe(60);
    timer.update(result);
    expect(timer.secondsLeft).toBe(60);
    timer.update({ cooldown: 30, rateLimit: null }); // earlier: ignored
    expect(timer.secondsLeft).toBe(60);

    // EMAIL_COOLDOWN_ACTIVE: its retryAfter, from the server's Retry-After.
    time.advance(20_000);
    reference.advanceTime(20_000);
    const cooling = await failure<WebAuthError>(webAuth.requestReset({ email }));
    expect(cooling).toMatchObject({ code: 'EMAIL_COOLDOWN_ACTIVE', retryAfter: 40 });
    timer.update(cooling);
    expect(timer.secondsLeft).toBe(40);
    timer.update(new WebAuthError({ code: 'EMAIL_COOLDOWN_ACTIVE', description: 'x', retryAfter: 90 }));
    expect(timer.secondsLeft).toBe(90);
    timer.update(new WebAuthError({ code: 'EMAIL_COOLDOWN_ACTIVE', description: 'x', retryAfter: 5 }));
    expect(timer.secondsLeft).toBe(90);

    // getResetCooldown: { remaining } (update takes it forward only; sync lets it win).
    const cooldown = await webAuth.getResetCooldown({ email });
    expect(cooldown.remaining).toBe(40);
    timer.update(cooldown);
    expect(timer.secondsLeft).toBe(90);
    timer.update({ remaining: 100, rateLimit: null });
    expect(timer.secondsLeft).toBe(100);

    // too_many_requests: its retryAfter (see below for one from a spent rate limit).
    timer.update(new WebAuthError({ code: 'too_many_requests', description: 'x', retryAfter: 110 }));
    expect(timer.secondsLeft).toBe(110);
    timer.update(new WebAuthError({ code: 'too_many_requests', description: 'x', retryAfter: 120 }));
    expect(timer.secondsLeft).toBe(120);
    timer.update(new WebAuthError({ code: 'too_many_requests', description: 'x', retryAfter: 100 }));
    expect(timer.secondsLeft).toBe(120);

    // Any other 429 (API B's IP_RATE_LIMIT_EXCEEDED): its retryAfter too.
    timer.update(new WebAuthError({ code: 'IP_RATE_LIMIT_EXCEEDED', description: 'x', statusCode: 429, retryAfter: 115 }));
    expect(timer.secondsLeft).toBe(120);
    timer.update(new WebAuthError({ code: 'IP_RATE_LIMIT_EXCEEDED', description: 'x', statusCode: 429, retryAfter: 130 }));
    expect(timer.secondsLeft).toBe(130);

    // Anything else: ignored.
    for (const answer of [
      undefined, null, 0, 'EMAIL_COOLDOWN_ACTIVE', [], {}, new Error('x'),
      new WebAuthError({ code: 'too_many_requests', description: 'x' }),
      new WebAuthError({ code: 'IP_RATE_LIMIT_EXCEEDED', description: 'x', retryAfter: 500 }),
      new WebAuthError({ code: 'server_error', description: 'x', statusCode: 503, retryAfter: 500 }),
      new WebAuthError({ code: 'network_error', description: 'x' }),
      { code: 'EMAIL_COOLDOWN_ACTIVE', retryAfter: '500' }, { code: 'EMAIL_COOLDOWN_ACTIVE', retryAfter: Infinity },
      { cooldown: '500' }, { cooldown: NaN }, { cooldown: Infinity }, { remaining: -Infinity }, { cooldown: false }, { success: true },
    ]) {
      timer.update(answer);
      expect(timer.secondsLeft, JSON.stringify(answer)).toBe(130);
    }

    time.advance(129_001);
    expect(timer.secondsLeft).toBe(1);
    time.advance(999);
    expect(timer.secondsLeft).toBe(0);
    timer.dispose();
  });
});

describe('createResendTimer: a spent rate limit', () => {
  it('takes the wait of a 429 that sent no Retry-After, only its spent limit (pwflow makes that its retryAfter)', async () => {
    const time = clock(Date.now());
    const reset = Math.floor(Date.now() / 1000) + 90;
    // A server of another make: a bare 429 with X-RateLimit-* headers and no Retry-After.
    const other = new WebAuth({
      domain: ORIGIN,
      fetch: async () =>
        new Response('', { status: 429, headers: { 'X-RateLimit-Limit': '5', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': String(reset) } }),
    });
    const error = await failure<WebAuthError>(other.requestReset({ email }));
    expect(error).toMatchObject({ code: 'too_many_requests', rateLimit: { remaining: 0 } });
    const timer = createResendTimer({ email, storage: false, now: time.now });
    timer.update(error);
    expect(Math.abs(timer.secondsLeft - (reset - Date.now() / 1000))).toBeLessThan(2);
    expect(timer.secondsLeft).toBeGreaterThan(80);
  });
});

describe('createResendTimer: storage', () => {
  it('a reload (a new timer over the same storage) shows the same seconds left', async () => {
    const time = clock();
    const storage = new MapStorage();
    createResendTimer({ email, storage, now: time.now }).update(await webAuth.requestReset({ email }));
    time.advance(15_500);
    expect(createResendTimer({ email, storage, now: time.now }).secondsLeft).toBe(45);
    // The same address, typed differently.
    expect(createResendTimer({ email: '  Demo@Example.COM ', storage, now: time.now }).secondsLeft).toBe(45);
    // Another address, or memory only: nothing kept.
    expect(createResendTimer({ email: 'ada@example.com', storage, now: time.now }).secondsLeft).toBe(0);
    expect(createResendTimer({ email, storage: false, now: time.now }).secondsLeft).toBe(0);
    time.advance(45_000);
    expect(createResendTimer({ email, storage, now: time.now }).secondsLeft).toBe(0);
  });

  it('keeps the end time in sessionStorage by default, under a key that does not show the address', () => {
    const time = clock();
    const addresses = [email, 'ada.lovelace+reset@example.org', 'user%40x@example.com'];
    for (const address of addresses) createResendTimer({ email: address, now: time.now }).update({ cooldown: 60 });
    expect(sessionStorage.length).toBe(3);
    const kept = Object.entries(sessionStorage);
    for (const [key, value] of kept) {
      expect(key).toMatch(/^pwflow\.resend\.-?[0-9a-z]+$/);
      expect(value).toBe(String(time.now() + 60_000));
    }
    const text = JSON.stringify(kept).toLowerCase();
    for (const part of ['demo', 'ada', 'lovelace', 'example', '@', '%40', 'user']) expect(text).not.toContain(part);
    expect(createResendTimer({ email, now: time.now }).secondsLeft).toBe(60);
  });

  it('never throws with a storage that throws (Safari private mode, a sandboxed iframe): memory only', () => {
    const time = clock();
    const refusing = new MapStorage();
    refusing.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const timer = createResendTimer({ email, storage: refusing, now: time.now });
    timer.update({ cooldown: 60 });
    expect(timer.secondsLeft).toBe(60);
    expect(refusing.length).toBe(0);

    const denied = new MapStorage();
    denied.getItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    denied.setItem = denied.getItem;
    const second = createResendTimer({ email, storage: denied, now: time.now });
    second.update({ cooldown: 30 });
    expect(second.secondsLeft).toBe(30);

    // The window's sessionStorage getter itself throws (a sandboxed iframe without allow-same-origin).
    const getter = vi.spyOn(window, 'sessionStorage', 'get').mockImplementation(() => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    });
    try {
      const third = createResendTimer({ email, now: time.now });
      third.update({ cooldown: 10 });
      expect(third.secondsLeft).toBe(10);
    } finally {
      getter.mockRestore();
    }
  });

  it('ignores a kept value that is no time', () => {
    const time = clock();
    const storage = new MapStorage();
    createResendTimer({ email, storage, now: time.now }).update({ cooldown: 60 });
    const [key] = storage.map.keys();
    for (const junk of ['soon', 'Infinity', '1e400', '-Infinity', '']) {
      storage.setItem(key!, junk);
      expect(createResendTimer({ email, storage, now: time.now }).secondsLeft, junk).toBe(0);
    }
  });
});

describe('createResendTimer: sync', () => {
  it('asks the server and wins over what was kept, earlier or later', async () => {
    const time = clock();
    const storage = new MapStorage();
    const timer = createResendTimer({ email, storage, now: time.now });
    timer.update({ cooldown: 300 });
    await webAuth.requestReset({ email });
    sent.length = 0;
    await timer.sync(webAuth);
    expect(await wire(sent[0])).toEqual({
      method: 'GET',
      url: `${ORIGIN}/api/auth/password/reset/cooldown`,
      query: [['email', email]],
      contentType: null,
      body: '',
    });
    expect(timer.secondsLeft).toBe(60);
    expect(createResendTimer({ email, storage, now: time.now }).secondsLeft).toBe(60);

    reference.advanceTime(60_000);
    await timer.sync(webAuth);
    expect(timer.secondsLeft).toBe(0);
    expect(createResendTimer({ email, storage, now: time.now }).secondsLeft).toBe(0);

    await webAuth.requestReset({ email });
    await timer.sync(webAuth);
    expect(timer.secondsLeft).toBe(60);
  });

  it('does not undo an answer that came while it waited for the server', async () => {
    const time = clock();
    const timer = createResendTimer({ email, storage: false, now: time.now });
    const syncing = timer.sync(webAuth); // the server will say 0
    timer.update({ cooldown: 60 });
    await syncing;
    expect(timer.secondsLeft).toBe(60);
  });

  it('rejects when the server cannot answer, keeping what it had', async () => {
    const time = clock();
    const timer = createResendTimer({ email, storage: false, now: time.now });
    timer.update({ cooldown: 60 });
    const offline = new WebAuth({ domain: ORIGIN, fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    expect(await failure(timer.sync(offline))).toMatchObject({ code: 'network_error' });
    expect(timer.secondsLeft).toBe(60);
    const bad = createResendTimer({ email: 'not an address', storage: false, now: time.now });
    expect(await failure(bad.sync(webAuth))).toMatchObject({ code: 'invalid_request' });
    expect(sent).toHaveLength(0);
  });
});

describe('createResendTimer: ticking', () => {
  it('tells onChange each second while time is left, then stops with no timer left', () => {
    vi.useFakeTimers();
    const seen: number[] = [];
    const timer = createResendTimer({ email, storage: false, onChange: (seconds) => seen.push(seconds) });
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(500);
    timer.update({ cooldown: 3 });
    expect(seen).toEqual([3]);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual([3, 2]);
    timer.update({ cooldown: 2.5 }); // later than the 2 s left: 3 again, rounded up
    expect(timer.secondsLeft).toBe(3);
    expect(seen).toEqual([3, 2, 3]);
    vi.advanceTimersByTime(2499);
    expect(seen).toEqual([3, 2, 3, 2, 1]);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual([3, 2, 3, 2, 1, 0]);
    expect(timer.secondsLeft).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(10_000);
    expect(seen).toEqual([3, 2, 3, 2, 1, 0]);
  });

  it('starts ticking from a kept end time, without calling onChange for the first value', () => {
    vi.useFakeTimers();
    const storage = new MapStorage();
    createResendTimer({ email, storage }).update({ cooldown: 2 });
    const seen: number[] = [];
    const timer = createResendTimer({ email, storage, onChange: (seconds) => seen.push(seconds) });
    expect(timer.secondsLeft).toBe(2);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(2000);
    expect(seen).toEqual([1, 0]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('keeps no timer without a listener, and none after dispose()', () => {
    vi.useFakeTimers();
    createResendTimer({ email, storage: false }).update({ cooldown: 60 });
    expect(vi.getTimerCount()).toBe(0);

    const onChange = vi.fn();
    const timer = createResendTimer({ email, storage: false, onChange });
    timer.update({ cooldown: 60 });
    expect(vi.getTimerCount()).toBe(1);
    timer.dispose();
    expect(vi.getTimerCount()).toBe(0);
    onChange.mockClear();
    timer.update({ cooldown: 120 });
    vi.advanceTimersByTime(5000);
    expect(onChange).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
    expect(timer.secondsLeft).toBe(115);
  });

  it('keeps ticking when the listener throws', () => {
    vi.useFakeTimers();
    const seen: number[] = [];
    const timer = createResendTimer({
      email,
      storage: false,
      onChange: (seconds) => {
        seen.push(seconds);
        throw new Error('render failed');
      },
    });
    expect(() => timer.update({ cooldown: 2 })).toThrow('render failed');
    expect(() => vi.advanceTimersByTime(1000)).toThrow('render failed');
    expect(() => vi.advanceTimersByTime(1000)).toThrow('render failed');
    expect(seen).toEqual([2, 1, 0]);
    expect(vi.getTimerCount()).toBe(0);
  });
});
