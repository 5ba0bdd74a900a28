/** CORS: preflight answers, and the headers every API answer carries. */

/** Response headers a browser script may read: every rate-limit form PROTOCOL.md names. */
export const EXPOSED_HEADERS = [
  'X-RateLimit-Limit',
  'X-RateLimit-Remaining',
  'X-RateLimit-Reset',
  'RateLimit',
  'RateLimit-Policy',
  'RateLimit-Limit',
  'RateLimit-Remaining',
  'RateLimit-Reset',
  'Retry-After',
].join(', ');

export const ALLOWED_METHODS = 'GET, POST, OPTIONS';
const BASE_HEADERS = ['Content-Type', 'Auth0-Client', 'Authorization', 'X-Requested-With'];
const HEADER_NAME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,64}$/;
const MAX_AGE = '600';

/** `true` when the origin may call (no list means any origin). */
export function originAllowed(origin: string, allowOrigins: readonly string[] | null): boolean {
  return allowOrigins === null || allowOrigins.includes('*') || allowOrigins.includes(origin);
}

/** The CORS headers of a normal (non-preflight) answer to `request`. */
export function corsHeaders(request: Request, allowOrigins: readonly string[] | null): Record<string, string> {
  const headers: Record<string, string> = { Vary: 'Origin', 'Access-Control-Expose-Headers': EXPOSED_HEADERS };
  const origin = request.headers.get('origin');
  if (origin !== null && originAllowed(origin, allowOrigins)) headers['Access-Control-Allow-Origin'] = origin;
  return headers;
}

/**
 * 403 without any CORS header when the request carries an `Origin` that is not allowed, else
 * `null`. A browser sends a "simple" POST (`text/plain`, no preflight) from any site: refusing
 * it here, before anything runs, is what keeps such a request from changing anything.
 */
export function refusedOrigin(request: Request, allowOrigins: readonly string[] | null): Response | null {
  const origin = request.headers.get('origin');
  if (origin === null || originAllowed(origin, allowOrigins)) return null;
  return new Response(JSON.stringify({ error: 'origin_not_allowed', error_description: `Origin ${origin} is not allowed` }), {
    status: 403,
    headers: { 'Content-Type': 'application/json', Vary: 'Origin', 'Cache-Control': 'no-store' },
  });
}

/**
 * Answers an `OPTIONS` request: 204 with the CORS grant for an allowed origin, 403 without any CORS
 * header for another one. Requested headers are echoed when they are well-formed names.
 */
export function preflight(request: Request, allowOrigins: readonly string[] | null): Response {
  const refused = refusedOrigin(request, allowOrigins);
  if (refused) return refused;
  const origin = request.headers.get('origin');
  const requested = (request.headers.get('access-control-request-headers') ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => HEADER_NAME.test(name))
    .slice(0, 32);
  const seen = new Set(BASE_HEADERS.map((name) => name.toLowerCase()));
  const allowHeaders = [...BASE_HEADERS];
  for (const name of requested) {
    if (seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    allowHeaders.push(name);
  }
  const headers: Record<string, string> = { Allow: ALLOWED_METHODS, Vary: 'Origin' };
  if (origin !== null) {
    Object.assign(headers, {
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Methods': ALLOWED_METHODS,
      'Access-Control-Allow-Headers': allowHeaders.join(', '),
      'Access-Control-Max-Age': MAX_AGE,
      'Access-Control-Expose-Headers': EXPOSED_HEADERS,
    });
  }
  return new Response(null, { status: 204, headers });
}
