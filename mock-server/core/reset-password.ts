/** API B: `POST /api/auth/password/reset?token=&locale=` `{"newPassword"}` (PROTOCOL.md §B). */
import { checkPassword, DEFAULT_PASSWORD_POLICY } from '../../src/password-policy';
import { randomId } from './base64url';
import type { RouteContext } from './context';
import { emailLocale, renderEmail } from './emails';
import { verifyToken } from './jwt';
import { json, resetError } from './responses';

/**
 * Token first (missing → invalid → expired → user gone → already used), then the new password
 * against the server's rule. On success the password changes, the user's secret version rotates
 * (so this and every older token is spent) and a "password changed" notice goes out.
 */
export async function resetPassword(context: RouteContext): Promise<Response> {
  const { state, body } = context;
  const where = { nowMs: context.nowMs, path: context.url.pathname };
  const token = context.url.searchParams.get('token');
  if (!token) return resetError('PASSWORD_RESET_TOKEN_MISSING', where);
  const verified = await verifyToken(await context.signingKey(), token, context.nowMs);
  if (!verified.ok) {
    return resetError(verified.problem === 'expired' ? 'PASSWORD_RESET_TOKEN_EXPIRED' : 'PASSWORD_RESET_TOKEN_INVALID', where);
  }
  const user = state.users.get(verified.claims.sub);
  if (!user) return resetError('USER_NOT_FOUND', where);
  if (user.ver !== verified.claims.ver) return resetError('PASSWORD_RESET_TOKEN_INVALID', where);

  const newPassword = body?.ok ? body.value.newPassword : undefined;
  if (typeof newPassword !== 'string' || !checkPassword(newPassword, DEFAULT_PASSWORD_POLICY).valid) {
    return resetError('INVALID_REQUEST', where);
  }
  user.password = newPassword;
  user.ver = randomId();
  const lang = emailLocale(context.url.searchParams.get('locale'));
  state.outbox.push(renderEmail('password-changed', lang, { to: user.email, tokenTtl: state.config.tokenTtl, nowMs: context.nowMs }));
  return json(200, { success: true });
}
