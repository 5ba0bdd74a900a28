/** API B: request a reset email, and ask for the remaining cooldown (PROTOCOL.md §B). */
import { isEmail } from './body';
import type { RouteContext } from './context';
import { emailLocale, renderEmail } from './emails';
import { json, resetError } from './responses';
import { mailResetLink } from './tokens';

/** Seconds left of `email`'s cooldown, rounded up; 0 when none. */
function remaining(context: RouteContext, email: string): number {
  const until = context.state.cooldowns.get(email.toLowerCase()) ?? 0;
  return Math.max(0, Math.ceil((until - context.nowMs) / 1000));
}

/**
 * `POST /api/auth/password/reset-request?locale=` `{"email"}`: mails a reset link, or a "no account"
 * notice for an unknown address; either way the same `200 {"cooldown"}`, and the same cooldown.
 */
export async function requestReset(context: RouteContext): Promise<Response> {
  const { body, state } = context;
  const where = { nowMs: context.nowMs, path: context.url.pathname };
  if (!body?.ok || !isEmail(body.value.email)) return resetError('INVALID_REQUEST', where);
  const email = body.value.email;
  const wait = remaining(context, email);
  if (wait > 0) return resetError('EMAIL_COOLDOWN_ACTIVE', where, { 'Retry-After': String(wait) });
  // Claimed before any await: concurrent requests for one address must not all pass the check.
  state.cooldowns.set(email.toLowerCase(), context.nowMs + state.config.cooldown * 1000);

  const lang = emailLocale(context.url.searchParams.get('locale'));
  const sent = await mailResetLink(context, state.findByEmail(email), 'reset', lang);
  if (!sent) {
    const notice = renderEmail('no-account', lang, { to: email, tokenTtl: state.config.tokenTtl, nowMs: context.nowMs });
    state.outbox.push(notice);
  }
  return json(200, { cooldown: state.config.cooldown });
}

/** `GET /api/auth/password/reset/cooldown?email=` → `{"remaining"}` seconds. */
export async function getCooldown(context: RouteContext): Promise<Response> {
  const email = context.url.searchParams.get('email');
  if (!isEmail(email)) return resetError('INVALID_REQUEST', { nowMs: context.nowMs, path: context.url.pathname });
  return json(200, { remaining: remaining(context, email) });
}
