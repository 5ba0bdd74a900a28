/**
 * The pipeline around every route: preflight → refused origin → match → content type → body →
 * rate limit → queued failure → handler → CORS and rate-limit headers. Nothing escapes: a bug answers 500.
 */
import { readJsonObject } from './body';
import type { RouteContext } from './context';
import { corsHeaders, preflight, refusedOrigin } from './cors';
import type { RateDecision } from './rate-limiter';
import { rateLimitHeaders } from './rate-limiter';
import { changePasswordError, forcedFailure, isJsonRequest, json, resetError, unsupportedMediaType } from './responses';
import { matchRoute, RANGE_PATH, RESET_PATH } from './routes';
import type { Route } from './routes';
import type { ServerState } from './state';

/** API B and unmatched paths are limited per address: the first `X-Forwarded-For` hop, else `'local'`. */
function addressKey(request: Request): string {
  const hop = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return `ip:${hop || 'local'}`;
}

function rateKey(route: Route, context: RouteContext): string {
  const clientId = context.body?.ok ? context.body.value.client_id : undefined;
  if (route.api === 'A' && typeof clientId === 'string' && context.state.config.clients.has(clientId)) {
    return `client:${clientId}`;
  }
  return addressKey(context.request);
}

function finish(response: Response, request: Request, state: ServerState, decision: RateDecision): Response {
  if (response.type === 'error') return response;
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries({ ...corsHeaders(request, state.config.allowOrigins), ...rateLimitHeaders(decision) })) {
    if (!headers.has(name)) headers.set(name, value);
  }
  headers.set('Cache-Control', 'no-store');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

async function route(request: Request, state: ServerState, signingKey: () => Promise<CryptoKey>): Promise<Response> {
  const url = new URL(request.url);
  const nowMs = state.now();
  if (request.method === 'OPTIONS') return preflight(request, state.config.allowOrigins);
  const refused = refusedOrigin(request, state.config.allowOrigins);
  if (refused) return refused;
  const match = matchRoute(request.method, url.pathname);
  if (match === null || 'allow' in match) {
    const decision = state.limiter.peek(addressKey(request), nowMs);
    const response = match === null
      ? json(404, { error: 'not_found', error_description: `No route for ${url.pathname}` })
      : json(405, { error: 'method_not_allowed', error_description: `Use ${match.allow.join(' or ')}` }, { Allow: [...match.allow, 'OPTIONS'].join(', ') });
    return finish(response, request, state, decision);
  }
  if (match.api === 'B' && match.method === 'POST' && !isJsonRequest(request)) {
    return finish(unsupportedMediaType(request, { nowMs, path: url.pathname }), request, state, state.limiter.peek(addressKey(request), nowMs));
  }
  const body = match.method === 'POST' ? await readJsonObject(request) : null;
  const context: RouteContext = { request, url, state, signingKey, nowMs, body };
  const decision = state.limiter.consume(rateKey(match, context), nowMs);
  if (!decision.allowed) {
    const headers = rateLimitHeaders(decision);
    const limited = match.api === 'A'
      ? changePasswordError('too_many_requests', headers)
      : resetError('IP_RATE_LIMIT_EXCEEDED', { nowMs, path: url.pathname }, headers);
    return finish(limited, request, state, decision);
  }
  // The range API (the breach check's) and the APIs of PROTOCOL.md each take their own failures.
  const queued = state.failures.findIndex((failure) => failure.range === (match.path === RANGE_PATH));
  const failure = queued < 0 ? undefined : state.failures.splice(queued, 1)[0];
  if (!failure) return finish(await match.handler(context), request, state, decision);
  const forced = forcedFailure(failure.code, { nowMs, path: url.pathname, retryAfter: failure.options.retryAfter });
  if (failure.code === 'POST_COMMIT_SIDE_EFFECT_FAILURE' && match.path === RESET_PATH) {
    // The password did change; only the follow-up step "failed". A real error still wins.
    const real = await match.handler(context);
    return finish(real.ok ? forced : real, request, state, decision);
  }
  return finish(forced, request, state, decision);
}

/** HEAD answers as GET would, with the body's length but not the body. */
async function withoutBody(response: Response): Promise<Response> {
  const headers = new Headers(response.headers);
  headers.set('Content-Length', String((await response.arrayBuffer()).byteLength));
  return new Response(null, { status: response.status, statusText: response.statusText, headers });
}

/** Builds the server's `handle(request)`. */
export function createHandler(state: ServerState, signingKey: () => Promise<CryptoKey>): (request: Request) => Promise<Response> {
  return async (request) => {
    try {
      const response = await route(request, state, signingKey);
      return request.method === 'HEAD' && response.type !== 'error' ? await withoutBody(response) : response;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return json(500, { error: 'server_error', error_description: `pwflow mock-server bug: ${message}` }, { 'Cache-Control': 'no-store' });
    }
  };
}
