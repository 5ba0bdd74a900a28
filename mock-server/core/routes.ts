/** The route table: `(method, path) → handler`, with the API each route belongs to. */
import { changePassword } from './change-password';
import type { RouteHandler } from './context';
import { range } from './range';
import { getCooldown, requestReset } from './reset-request';
import { resetPassword } from './reset-password';
import { SIGN_IN_PATH, signIn } from './sign-in';

export interface Route {
  method: 'GET' | 'POST';
  /** The path; one that ends with `/` takes every path under it. */
  path: string;
  /** `A` answers errors in API A's shapes and rate-limits per client id; `B` per address. */
  api: 'A' | 'B';
  handler: RouteHandler;
}

export const RESET_PATH = '/api/auth/password/reset';
/** The range API of the breached-password check: `GET /range/{5 hex}`. */
export const RANGE_PATH = '/range/';

export const ROUTES: readonly Route[] = [
  { method: 'POST', path: '/dbconnections/change_password', api: 'A', handler: changePassword },
  { method: 'POST', path: '/api/auth/password/reset-request', api: 'B', handler: requestReset },
  { method: 'GET', path: '/api/auth/password/reset/cooldown', api: 'B', handler: getCooldown },
  { method: 'POST', path: RESET_PATH, api: 'B', handler: resetPassword },
  { method: 'GET', path: RANGE_PATH, api: 'B', handler: range },
  // The demo's own sign-in (not part of PROTOCOL.md): see sign-in.ts.
  { method: 'POST', path: SIGN_IN_PATH, api: 'B', handler: signIn },
];

/**
 * The route for a request, or why there is none (404, or 405 with the methods that path takes).
 * `HEAD` runs the `GET` route (the answer goes without its body).
 */
export function matchRoute(method: string, path: string): Route | { allow: string[] } | null {
  const candidates = ROUTES.filter((route) => route.path === path || (route.path.endsWith('/') && path.startsWith(route.path)));
  if (candidates.length === 0) return null;
  const wanted = method === 'HEAD' ? 'GET' : method;
  return candidates.find((route) => route.method === wanted) ?? {
    allow: candidates.flatMap((route) => (route.method === 'GET' ? ['GET', 'HEAD'] : [route.method])),
  };
}
