/** `createReferenceServer`: state + signing key + the handler, behind the ReferenceServer interface. */
import { createHandler } from './handle';
import { createSigningKey } from './jwt';
import { failureStatus, isFailureCode } from './responses';
import { resolveConfig, ServerState } from './state';
import type { FailNextOptions, ReferenceServer, ReferenceServerOptions } from './types';

/**
 * Creates the stateful, in-memory reference server of both APIs in PROTOCOL.md. It runs anywhere
 * `fetch` types and Web Crypto exist (browsers, Node ≥ 20, workers); plug it into MSW with
 * `mswHandlers`, or into `node:http` with `startReferenceServer`.
 *
 * @throws TypeError for options that cannot work (a negative `cooldown`, a bad `appUrl`, …).
 *
 * @example
 * ```ts
 * import { createReferenceServer } from 'pwflow/mock-server';
 *
 * const server = createReferenceServer({ users: [{ email: 'ada@example.com', password: 'Old-Passw0rd!' }] });
 * const answer = await server.handle(new Request('https://auth.example.com/api/auth/password/reset-request', {
 *   method: 'POST',
 *   headers: { 'Content-Type': 'application/json' },
 *   body: JSON.stringify({ email: 'ada@example.com' }),
 * }));
 * const { token } = server.outbox.at(-1)!; // the link the user would click
 *
 * server.failNext('DATABASE_FAILURE'); // the next call answers 500 DATABASE_FAILURE
 * server.advanceTime(16 * 60_000);     // and now `token` has expired
 * ```
 */
export function createReferenceServer(options: ReferenceServerOptions = {}): ReferenceServer {
  const state = new ServerState(resolveConfig(options));
  let key: Promise<CryptoKey> | undefined;
  const handle = createHandler(state, () => (key ??= createSigningKey()));

  return {
    handle,
    get outbox() {
      return state.outbox;
    },
    advanceTime(ms: number): void {
      state.advance(ms);
    },
    failNext(code: string, failOptions: FailNextOptions = {}): void {
      if (typeof code !== 'string' || !isFailureCode(code)) {
        throw new TypeError(`pwflow mock-server: failNext() does not know the code ${JSON.stringify(code)}`);
      }
      const retryAfter = failOptions.retryAfter ?? (failureStatus(code) === 429 ? 1 : undefined);
      state.failures.push({ code, range: failOptions.range === true, options: retryAfter === undefined ? {} : { retryAfter } });
    },
    checkPassword(email: string, password: string): boolean {
      const wanted = String(email).toLowerCase();
      return [...state.users.values()].some((user) => user.email.toLowerCase() === wanted && user.password === password);
    },
    deleteUser(email: string): boolean {
      const wanted = String(email).toLowerCase();
      let found = false;
      for (const [id, user] of state.users) {
        if (user.email.toLowerCase() === wanted) found = state.users.delete(id);
      }
      return found;
    },
    reset(): void {
      state.reset();
    },
  };
}
