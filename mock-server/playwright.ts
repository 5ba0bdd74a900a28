/**
 * pwflow/mock-server/playwright — the reference server behind a Playwright page or browser context:
 * every request of the page to one origin is answered by `server.handle`, in the test's own
 * process, so the test holds the server (`failNext`, `advanceTime`, `outbox`) in its hands.
 *
 * Nothing is imported from Playwright at run time, and its types are described here by the few
 * methods this helper calls, so a `Page` or `BrowserContext` of `@playwright/test` and of
 * `playwright-core` both fit, whichever of them (and however many copies) the project has.
 */
import type { ReferenceServer } from './core/types';

/** The part of a Playwright `Request` that {@link routeReferenceServer} reads. */
export interface RoutedRequest {
  url(): string;
  method(): string;
  allHeaders(): Promise<Record<string, string>>;
  postDataBuffer(): Buffer | null;
}

/** The part of a Playwright `Route` that {@link routeReferenceServer} uses. */
export interface RoutedRoute {
  request(): RoutedRequest;
  fulfill(response: { status: number; headers: Record<string, string>; body: Buffer }): Promise<void>;
}

/**
 * A Playwright `Page` or `BrowserContext`: what {@link routeReferenceServer} routes through.
 *
 * @example
 * ```ts
 * import type { Page } from '@playwright/test';
 * import type { RouteTarget } from 'pwflow/mock-server/playwright';
 *
 * const asTarget = (page: Page): RouteTarget => page;
 * ```
 */
export interface RouteTarget {
  route(url: (url: URL) => boolean, handler: (route: RoutedRoute) => Promise<void>): Promise<unknown>;
  unroute(url: (url: URL) => boolean, handler: (route: RoutedRoute) => Promise<void>): Promise<unknown>;
}

/** Methods whose requests carry no body (`fetch` refuses one). */
const BODILESS = new Set(['GET', 'HEAD']);

/**
 * Answers every request of `target` (a Playwright page or browser context) to `origin` with the
 * reference server: the API of both flows, the range API of the breached-password check, CORS
 * preflights and the mailbox, with the request's method, headers and body passed on unchanged and
 * the server's status, headers and bytes handed back as they are. Other origins go to the network.
 *
 * Resolves to a function that removes the route again, after which the page reaches the real
 * network at `origin`.
 *
 * @param target - a `Page` or `BrowserContext` (a context also covers pages opened later).
 * @param server - the reference server, from `createReferenceServer()`.
 * @param origin - the origin the app's `WebAuth` uses as `domain`, e.g. `'https://auth.example.com'`.
 * @throws TypeError when `origin` is not an absolute URL.
 *
 * @example
 * ```ts
 * import { expect, test } from '@playwright/test';
 * import { createReferenceServer } from 'pwflow/mock-server';
 * import { routeReferenceServer } from 'pwflow/mock-server/playwright';
 *
 * const server = createReferenceServer({ appUrl: 'http://localhost:5173/reset-password' });
 *
 * test.beforeEach(async ({ page }) => {
 *   server.reset();
 *   await routeReferenceServer(page, server, 'https://auth.example.com');
 * });
 *
 * test('the email service is down', async ({ page }) => {
 *   server.failNext('EMAIL_DISABLED');
 *   await page.goto('http://localhost:5173/forgot-password');
 *   await page.getByLabel('Email address').fill('demo@example.com');
 *   await page.getByRole('button', { name: 'Send reset link' }).click();
 *   await expect(page.getByRole('alert')).toContainText('could not send');
 * });
 * ```
 */
export async function routeReferenceServer(
  target: RouteTarget,
  server: ReferenceServer,
  origin: string,
): Promise<() => Promise<void>> {
  const base = new URL(origin).origin;
  const matches = (url: URL): boolean => url.origin === base;
  const answer = async (route: RoutedRoute): Promise<void> => {
    const request = route.request();
    const method = request.method();
    const body = BODILESS.has(method) ? null : request.postDataBuffer();
    const response = await server.handle(
      new Request(request.url(), {
        method,
        headers: await request.allHeaders(),
        body: body ? new Uint8Array(body) : null,
      }),
    );
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      headers[name] = value;
    });
    await route.fulfill({ status: response.status, headers, body: Buffer.from(await response.arrayBuffer()) });
  };
  await target.route(matches, answer);
  return async () => {
    await target.unroute(matches, answer);
  };
}
