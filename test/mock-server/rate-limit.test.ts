import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createReferenceServer } from '../../mock-server/index';
import { A, answer, bError, COOLDOWN, get, post, REQUEST } from './helpers';

const NOW = Date.UTC(2026, 10, 22, 10, 0, 0);
const nowS = NOW / 1000;
const cooldownOf = (n: number) => `${COOLDOWN}?email=user${n}%40example.com`;

function limits(response: Response) {
  return {
    limit: response.headers.get('x-ratelimit-limit'),
    remaining: response.headers.get('x-ratelimit-remaining'),
    reset: response.headers.get('x-ratelimit-reset'),
    retryAfter: response.headers.get('retry-after'),
  };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => vi.useRealTimers());

describe('rate limit', () => {
  it('sends X-RateLimit-* on every answer and 429 IP_RATE_LIMIT_EXCEEDED with Retry-After when spent (API B)', async () => {
    const server = createReferenceServer({ rateLimit: 3 });
    const seen = [];
    for (let i = 0; i < 3; i++) seen.push(limits(await get(server, cooldownOf(i))));
    // One request comes back every 20 s, so the bucket is full again 20 s per spent request later.
    expect(seen).toEqual([
      { limit: '3', remaining: '2', reset: String(nowS + 20), retryAfter: null },
      { limit: '3', remaining: '1', reset: String(nowS + 40), retryAfter: null },
      { limit: '3', remaining: '0', reset: String(nowS + 60), retryAfter: null },
    ]);
    const limited = await get(server, cooldownOf(9));
    expect(limits(limited)).toEqual({ limit: '3', remaining: '0', reset: String(nowS + 60), retryAfter: '20' });
    expect(await answer(limited)).toEqual({
      status: 429,
      type: 'application/json',
      body: bError('IP_RATE_LIMIT_EXCEEDED', 429, 'Too Many Requests', 'Too many requests from this address', COOLDOWN),
    });
  });

  it('refills one request per share of the minute, on the server clock', async () => {
    const server = createReferenceServer({ rateLimit: 2 });
    await get(server, cooldownOf(1));
    await get(server, cooldownOf(2));
    expect((await get(server, cooldownOf(3))).status).toBe(429);
    server.advanceTime(29_000);
    expect(limits(await get(server, cooldownOf(4))).retryAfter).toBe('1');
    server.advanceTime(1_000);
    const back = await get(server, cooldownOf(5));
    expect(back.status).toBe(200);
    expect(limits(back).remaining).toBe('0');
  });

  it('counts API B per address: first X-Forwarded-For hop, else one "local" key', async () => {
    const server = createReferenceServer({ rateLimit: 1 });
    expect((await get(server, cooldownOf(1), { 'X-Forwarded-For': '203.0.113.7, 10.0.0.1' })).status).toBe(200);
    expect((await get(server, cooldownOf(1), { 'X-Forwarded-For': '203.0.113.7' })).status).toBe(429);
    expect((await get(server, cooldownOf(1), { 'X-Forwarded-For': '198.51.100.1' })).status).toBe(200);
    expect((await get(server, cooldownOf(1))).status).toBe(200);
    expect((await post(server, REQUEST, { email: 'a@example.com' })).status).toBe(429);
  });

  it('counts API A per client id, answering 429 too_many_requests', async () => {
    const server = createReferenceServer({ rateLimit: 1, clients: ['one', 'two'] });
    const body = (client: string) => ({ client_id: client, email: 'a@example.com', connection: 'Username-Password-Authentication' });
    expect((await post(server, A, body('one'))).status).toBe(200);
    const limited = await post(server, A, body('one'));
    expect(limits(limited)).toMatchObject({ limit: '1', remaining: '0', retryAfter: '60' });
    expect(await answer(limited)).toEqual({
      status: 429,
      type: 'application/json',
      body: { error: 'too_many_requests', error_description: 'Global limit has been reached' },
    });
    expect((await post(server, A, body('two'))).status).toBe(200);
  });

  it('puts the headers on error answers too, and spends nothing on 404 and 405', async () => {
    const server = createReferenceServer({ rateLimit: 5 });
    const bad = await post(server, REQUEST, { email: 'nope' });
    expect(bad.status).toBe(400);
    expect(limits(bad)).toMatchObject({ limit: '5', remaining: '4' });
    const missing = await get(server, '/api/nothing');
    expect(missing.status).toBe(404);
    expect(limits(missing)).toMatchObject({ limit: '5', remaining: '4' });
    const wrongMethod = await get(server, REQUEST);
    expect(wrongMethod.status).toBe(405);
    expect(limits(wrongMethod)).toMatchObject({ limit: '5', remaining: '4' });
  });
});
