// @vitest-environment node
/**
 * The reference server under concurrent requests through `handle()`: a cooldown, a single-use
 * token and a rate limit must hold exactly, however the requests interleave.
 */
import { describe, expect, it } from 'vitest';
import { createReferenceServer } from '../../mock-server/index';

const BASE = 'https://auth.example.com';
const DEMO = { email: 'demo@example.com', password: 'Demo-Passw0rd!' };

const post = (server: ReturnType<typeof createReferenceServer>, path: string, body: unknown, headers: Record<string, string> = {}) =>
  server.handle(new Request(BASE + path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) }));

async function burst(count: number, send: (i: number) => Promise<Response>) {
  const responses = await Promise.all(Array.from({ length: count }, (_, i) => send(i)));
  return Promise.all(
    responses.map(async (response) => ({
      status: response.status,
      body: (await response.json()) as { code?: string; error?: string },
      remaining: response.headers.get('x-ratelimit-remaining'),
    })),
  );
}
const tally = (answers: { status: number; body: { code?: string; error?: string } }[]) =>
  answers.reduce<Record<string, number>>((counts, { status, body }) => {
    const key = `${status} ${body.code ?? body.error ?? ''}`.trim();
    counts[key] = (counts[key] ?? 0) + 1;
    return counts;
  }, {});

describe('concurrent reset requests for one address: exactly one email', () => {
  it('an address without an account: one 200, the rest EMAIL_COOLDOWN_ACTIVE, one notice', async () => {
    const server = createReferenceServer({ rateLimit: 10_000 });
    const answers = await burst(20, () => post(server, '/api/auth/password/reset-request', { email: 'nobody@example.com' }));
    expect(tally(answers)).toEqual({ 200: 1, '429 EMAIL_COOLDOWN_ACTIVE': 19 });
    expect(server.outbox).toHaveLength(1);
  });

  it('an address with an account: the same answer, one 200 and one email', async () => {
    const server = createReferenceServer({ rateLimit: 10_000 });
    const answers = await burst(20, () => post(server, '/api/auth/password/reset-request', { email: DEMO.email }));
    expect(tally(answers)).toEqual({ 200: 1, '429 EMAIL_COOLDOWN_ACTIVE': 19 });
    expect(server.outbox).toHaveLength(1);
  });
});

describe('one token, many concurrent resets', () => {
  it('exactly one succeeds; the others find it spent; the winner\'s password is set', async () => {
    const server = createReferenceServer({ rateLimit: 10_000 });
    await post(server, '/api/auth/password/reset-request', { email: DEMO.email });
    const token = server.outbox.at(-1)!.token!;
    const answers = await burst(20, (i) => post(server, `/api/auth/password/reset?token=${token}`, { newPassword: `New-Passw0rd!${i}` }));
    expect(tally(answers)).toEqual({ 200: 1, '401 PASSWORD_RESET_TOKEN_INVALID': 19 });
    const winner = answers.findIndex((answer) => answer.status === 200);
    expect(server.checkPassword(DEMO.email, `New-Passw0rd!${winner}`)).toBe(true);
    expect(server.outbox.filter((mail) => mail.kind === 'password-changed')).toHaveLength(1);
  });
});

describe('the rate limit under a burst', () => {
  it('per address: exactly `rateLimit` allowed, each remaining count handed out once', async () => {
    const server = createReferenceServer({ rateLimit: 30 });
    const answers = await burst(50, (i) =>
      server.handle(new Request(`${BASE}/api/auth/password/reset/cooldown?email=a${i}%40example.com`, { headers: { 'X-Forwarded-For': '203.0.113.9' } })),
    );
    expect(tally(answers)).toEqual({ 200: 30, '429 IP_RATE_LIMIT_EXCEEDED': 20 });
    const allowed = answers.filter((answer) => answer.status === 200).map((answer) => Number(answer.remaining));
    expect(allowed.sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i));
    expect(answers.filter((answer) => answer.status === 429).every((answer) => answer.remaining === '0')).toBe(true);
  });

  it('per client id (API A), beside a busy address that does not share its bucket', async () => {
    const server = createReferenceServer({ rateLimit: 30, clients: ['a', 'b'] });
    const change = (client: string) =>
      post(server, '/dbconnections/change_password', { client_id: client, email: 'x@example.com', connection: 'Username-Password-Authentication' });
    const answers = await burst(80, (i) => change(i % 2 ? 'a' : 'b'));
    expect(tally(answers)).toEqual({ 200: 60, '429 too_many_requests': 20 });
    const other = await server.handle(new Request(`${BASE}/api/auth/password/reset/cooldown?email=x%40example.com`));
    expect(other.status).toBe(200);
    expect(other.headers.get('x-ratelimit-remaining')).toBe('29');
  });
});
