// @vitest-environment node
// inspectResetToken against fast-check: it never throws; `malformed` says exactly "not three
// base64url parts whose payload is a JSON object with a numeric exp" for random strings and for
// near-tokens; and it is false for every token the reference server signs.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createReferenceServer } from '../mock-server/index';
import { WebAuth, inspectResetToken } from '../src/index';

const base64url = (text: string) => Buffer.from(text, 'latin1').toString('base64url');

/**
 * The rule, written out without pwflow's code: three non-empty base64url parts, the middle one
 * decodable (not 1 character over a multiple of 4) to a JSON object whose `exp` is a number
 * whose time a Date can hold.
 */
function wellFormed(token: string): boolean {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts.every((part) => /^[A-Za-z0-9_-]+$/.test(part)) || parts[1]!.length % 4 === 1) return false;
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('latin1'));
  } catch {
    return false;
  }
  if (typeof payload !== 'object' || payload === null) return false;
  const { exp } = payload as { exp?: unknown };
  return typeof exp === 'number' && Math.abs(exp * 1000) < 8.64e15;
}

const part = fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/);
const claims = fc.record(
  {
    sub: fc.string(),
    exp: fc.oneof({ weight: 4, arbitrary: fc.integer() }, fc.double(), fc.string(), fc.constant(null), fc.boolean(), fc.constant(1e300), fc.constant(-8.64e12)),
    extra: fc.jsonValue({ maxDepth: 2 }),
  },
  { requiredKeys: [] },
);
/** Strings close to a token: random parts, random JSON payloads (with and without a numeric exp), random text. */
const nearTokens = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.tuple(part, part, part).map((parts) => parts.join('.')),
  {
    weight: 4,
    arbitrary: fc
      .tuple(part, fc.oneof({ weight: 4, arbitrary: claims.map((value) => JSON.stringify(value)) }, fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.stringify(value) ?? ''), fc.string()), part)
      .map(([header, payload, signature]) => `${header}.${base64url(payload)}.${signature}`),
  },
  fc.tuple(fc.array(part, { maxLength: 5 }), fc.constantFrom('.', '..', ' ', '=', '+', '/', '\n', '%'))
    .map(([parts, glue]) => parts.join(glue)),
);

describe('inspectResetToken, properties', () => {
  it('never throws, and malformed is exactly "not a well-formed token", for 10,000 near-tokens', () => {
    let wellFormedSeen = 0;
    fc.assert(
      fc.property(nearTokens, fc.date({ noInvalidDate: true }), (token, now) => {
        const { expiresAt, expired, malformed } = inspectResetToken(token, now);
        if (malformed) return !wellFormed(token) && expiresAt === null && !expired;
        wellFormedSeen++;
        return wellFormed(token) && expired === expiresAt!.getTime() <= now.getTime();
      }),
      { numRuns: 10_000 },
    );
    // The generator reaches both sides of the rule.
    expect(wellFormedSeen).toBeGreaterThan(1000);
  });

  it('malformed is true for 10,000 random strings that are not three base64url parts with a numeric exp', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.stringMatching(/^[\w.=+/-]*$/)).filter((token) => !wellFormed(token)),
        (token) => {
          const { expiresAt, expired, malformed } = inspectResetToken(token);
          return malformed && expiresAt === null && !expired;
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it('never throws for values that are not strings', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => inspectResetToken(value as string).malformed),
      { numRuns: 2_000 },
    );
  });
});

describe('inspectResetToken and the tokens the reference server signs', () => {
  // Real tokens: requestReset through the reference server (its whole handler, as a fetch), read
  // from its outbox. Several users, lifetimes and clocks, so the payloads differ.
  const tokens: { token: string; exp: number }[] = [];
  beforeAll(async () => {
    const users = Array.from({ length: 8 }, (_, i) => ({ email: `user${i}@example.com`, password: 'Demo-Passw0rd!' }));
    for (const tokenTtl of [1, 900, 86_400 * 365]) {
      const server = createReferenceServer({ users, tokenTtl, rateLimit: 1000 });
      const webAuth = new WebAuth({ domain: 'https://auth.example.com', fetch: (input, init) => server.handle(new Request(input, init)) });
      server.advanceTime(tokenTtl * 1000);
      for (const { email } of users) {
        await webAuth.requestReset({ email });
        const mail = server.outbox.at(-1)!;
        expect(mail.kind).toBe('reset');
        tokens.push({ token: mail.token!, exp: Math.floor(Date.parse(mail.sentAt!) / 1000) + tokenTtl });
      }
    }
  });

  it('is never malformed for them, and expired exactly from their exp on', () => {
    expect(tokens).toHaveLength(24);
    fc.assert(
      fc.property(fc.constantFrom(...tokens), fc.integer({ min: -1000, max: 1000 }), ({ token, exp }, offset) => {
        const now = new Date((exp + offset) * 1000);
        expect(inspectResetToken(token, now)).toEqual({ expiresAt: new Date(exp * 1000), expired: offset >= 0, malformed: false });
        expect(wellFormed(token)).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });
});
