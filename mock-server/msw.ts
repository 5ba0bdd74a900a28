/**
 * pwflow/mock-server/msw — the reference server as MSW v2 request handlers. Thin: every request to
 * the origin goes to `server.handle`.
 */
import { http } from 'msw';
import type { RequestHandler } from 'msw';
import type { ReferenceServer } from './core/types';

/**
 * MSW v2 handlers that answer every request to `origin` (any method, any path) from `server`.
 *
 * @throws TypeError when `origin` is not an absolute URL.
 *
 * @example
 * ```ts
 * import { setupServer } from 'msw/node';
 * import { createReferenceServer } from 'pwflow/mock-server';
 * import { mswHandlers } from 'pwflow/mock-server/msw';
 *
 * const server = createReferenceServer();
 * const msw = setupServer(...mswHandlers(server, 'https://auth.example.com'));
 * beforeAll(() => msw.listen({ onUnhandledRequest: 'error' }));
 * afterEach(() => server.reset());
 * afterAll(() => msw.close());
 *
 * server.failNext('EMAIL_DISABLED');
 * await expect(webAuth.requestReset({ email: 'demo@example.com' })).rejects.toMatchObject({ code: 'EMAIL_DISABLED' });
 * ```
 */
export function mswHandlers(server: ReferenceServer, origin: string): RequestHandler[] {
  const base = new URL(origin).origin;
  // A RegExp, not a path string: MSW reads every `:` of a path as a route parameter, so the one
  // in an IPv6 host such as `http://[::1]:3000` made every request fail to match.
  const pattern = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/`);
  return [http.all(pattern, ({ request }) => server.handle(request))];
}
