/**
 * 100 interleaved calls on one WebAuth, against the reference server behind MSW with random
 * delays: every call gets its own answer (never a neighbour's), forced failures land on exactly
 * as many calls as were queued, invalid calls send nothing, and the server's state agrees.
 */
import { http, delay } from 'msw';
import { describe, expect, it } from 'vitest';
import { createReferenceServer } from '../../mock-server/index';
import { WebAuth, WebAuthError } from '../../src/index';
import { ORIGIN, useNetwork } from '../support/network';

/** mulberry32: a seeded PRNG, so a failing interleaving can be replayed. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const SEED = 20260107;
const random = prng(SEED);

const USERS = Array.from({ length: 10 }, (_, i) => ({ email: `user${i}@example.com`, password: `Old-Passw0rd!${i}` }));
const reference = createReferenceServer({ users: USERS, rateLimit: 100_000 });
const SENTENCE = "We've just sent you an email to reset your password.";

/** What the server answered, by the request's unique key (path + the value only that call sends). */
const answered = new Map<string, { status: number; body: unknown; remaining: string | null }>();
async function keyOf(request: Request): Promise<string> {
  const url = new URL(request.url);
  if (url.pathname.endsWith('/cooldown')) return `cooldown ${url.searchParams.get('email')}`;
  if (url.pathname.endsWith('/reset')) return `reset ${url.searchParams.get('token')}`;
  const body = JSON.parse(await request.text()) as { email: string };
  return `${url.pathname.endsWith('change_password') ? 'change' : 'request'} ${body.email}`;
}
const { sent } = useNetwork(
  http.all(`${ORIGIN}/*`, async ({ request }) => {
    const key = await keyOf(request.clone());
    await delay(Math.floor(random() * 15));
    const response = await reference.handle(request);
    const text = await response.clone().text();
    expect(answered.has(key), `two requests for ${key}`).toBe(false);
    answered.set(key, { status: response.status, body: JSON.parse(text), remaining: response.headers.get('x-ratelimit-remaining') });
    return response;
  }),
);

type Outcome = { ok: true; value: Record<string, unknown> } | { ok: false; error: WebAuthError };
interface Planned {
  key: string | null; // null: must not be sent
  run: (webAuth: WebAuth, callback?: (error: WebAuthError | null, result?: unknown) => void) => Promise<unknown> | void;
  expect: (outcome: Outcome) => void;
}

const ok = (check: (value: Record<string, unknown>) => void) => (outcome: Outcome) => {
  if (!outcome.ok) throw new Error(`expected a result, got ${outcome.error.code}`);
  check(outcome.value);
};
const fails = (code: string, statusCode?: number) => (outcome: Outcome) => {
  if (outcome.ok) throw new Error(`expected ${code}, got a result`);
  expect(outcome.error).toBeInstanceOf(WebAuthError);
  expect(outcome.error.code).toBe(code);
  expect(outcome.error.statusCode).toBe(statusCode);
};

describe('100 interleaved calls on one WebAuth', () => {
  it(`give 100 correct, independent results (seed ${SEED})`, async () => {
    // Before the burst: a reset email (so a token, and a running cooldown) for each user.
    const tokens: string[] = [];
    for (const user of USERS) {
      await reference.handle(new Request(`${ORIGIN}/api/auth/password/reset-request`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: user.email }) }));
      tokens.push(reference.outbox.at(-1)!.token!);
    }
    const FORCED = 5;
    for (let i = 0; i < FORCED; i++) reference.failNext('DATABASE_FAILURE');

    const plan: Planned[] = [];
    for (let i = 0; i < 25; i++) {
      const email = `new${i}@example.com`;
      plan.push({ key: `request ${email}`, run: (w, cb) => w.requestReset({ email }, cb!), expect: ok((v) => expect(v.cooldown).toBe(60)) });
    }
    for (const { email } of USERS) {
      plan.push({ key: `request ${email}`, run: (w, cb) => w.requestReset({ email }, cb!), expect: fails('EMAIL_COOLDOWN_ACTIVE', 429) });
      plan.push({
        key: `cooldown ${email}`,
        run: (w, cb) => w.getResetCooldown({ email }, cb!),
        expect: ok((v) => expect(v.remaining).toBeGreaterThanOrEqual(55)),
      });
    }
    for (let i = 0; i < 10; i++) {
      const email = `idle${i}@example.com`;
      plan.push({ key: `cooldown ${email}`, run: (w, cb) => w.getResetCooldown({ email }, cb!), expect: ok((v) => expect(v.remaining).toBe(0)) });
    }
    for (let i = 0; i < 20; i++) {
      const email = i < 10 ? USERS[i]!.email.replace('@', `+${i}@`) : `change${i}@example.com`;
      plan.push({
        key: `change ${email}`,
        run: (w, cb) => w.changePassword({ connection: 'Username-Password-Authentication', email }, cb!),
        expect: ok((v) => expect(v.message).toBe(SENTENCE)),
      });
    }
    tokens.forEach((token, i) => {
      plan.push({
        key: `reset ${token}`,
        run: (w, cb) => w.resetPassword({ password: `New-Passw0rd!${i}`, token }, cb!),
        expect: ok((v) => expect(v.success).toBe(true)),
      });
    });
    for (let i = 0; i < 10; i++) {
      const token = `not.a-valid.token${i}`;
      plan.push({ key: `reset ${token}`, run: (w, cb) => w.resetPassword({ password: 'New-Passw0rd!', token }, cb!), expect: fails('PASSWORD_RESET_TOKEN_INVALID', 401) });
    }
    for (let i = 0; i < 5; i++) {
      plan.push({ key: null, run: (w, cb) => w.requestReset({ email: `bad ${i}` }, cb!), expect: fails('invalid_request') });
    }
    expect(plan).toHaveLength(100);
    for (let i = plan.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [plan[i], plan[j]] = [plan[j]!, plan[i]!];
    }

    const webAuth = new WebAuth({ domain: ORIGIN, clientID: 'demo-client' });
    const outcomes = await Promise.all(
      plan.map(async (call, i): Promise<Outcome> => {
        await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 5)));
        if (i % 2) {
          return new Promise((resolve) => {
            const returned = call.run(webAuth, (error, result) =>
              resolve(error ? { ok: false, error } : { ok: true, value: result as Record<string, unknown> }),
            );
            expect(returned).toBeUndefined();
          });
        }
        return (call.run(webAuth) as Promise<Record<string, unknown>>).then(
          (value) => ({ ok: true, value }),
          (error: WebAuthError) => ({ ok: false, error }),
        );
      }),
    );

    // Exactly the queued forced failures, each on a call that reached the server.
    const forced = outcomes.filter((outcome) => !outcome.ok && outcome.error.code === 'DATABASE_FAILURE');
    expect(forced).toHaveLength(FORCED);
    plan.forEach((call, i) => {
      const outcome = outcomes[i]!;
      if (!outcome.ok && outcome.error.code === 'DATABASE_FAILURE') {
        expect(call.key).not.toBeNull();
        expect(outcome.error.statusCode).toBe(500);
      } else {
        call.expect(outcome);
      }
      // Its own answer, never another call's: status, body and rate limit of the request it sent.
      if (call.key === null) return;
      const answer = answered.get(call.key)!;
      expect(answer, call.key).toBeDefined();
      if (outcome.ok) {
        expect(answer.status).toBe(200);
        if (typeof answer.body === 'object') expect(outcome.value).toMatchObject(answer.body as object);
        else expect(outcome.value.message).toBe(answer.body);
        expect(outcome.value.rateLimit).toMatchObject({ limit: 100_000, remaining: Number(answer.remaining) });
      } else {
        expect(outcome.error.statusCode).toBe(answer.status);
        expect(outcome.error.code).toBe((answer.body as { code?: string; error?: string }).code ?? (answer.body as { error: string }).error);
        expect(outcome.error.rateLimit?.remaining).toBe(Number(answer.remaining));
      }
    });

    // 95 requests, one per valid call; the 5 invalid ones sent nothing.
    expect(sent).toHaveLength(95);
    expect(answered.size).toBe(95);
    // The server agrees: a user's password changed exactly when their reset succeeded.
    tokens.forEach((token, i) => {
      const succeeded = outcomes[plan.findIndex((call) => call.key === `reset ${token}`)]!.ok;
      expect(reference.checkPassword(USERS[i]!.email, `New-Passw0rd!${i}`)).toBe(succeeded);
      expect(reference.checkPassword(USERS[i]!.email, USERS[i]!.password)).toBe(!succeeded);
    });
  });
});
