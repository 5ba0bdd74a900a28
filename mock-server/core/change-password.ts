/** API A: `POST /dbconnections/change_password` (PROTOCOL.md §A). */
import { isEmail, isFilled } from './body';
import type { RouteContext } from './context';
import { emailLocale } from './emails';
import { changePasswordError, json } from './responses';
import { mailResetLink } from './tokens';

/** The success sentence, sent as a JSON string. */
export const CHANGE_PASSWORD_SENT = "We've just sent you an email to reset your password.";

/**
 * Validates the body in the order a real server would (client, then fields, then connection), and
 * answers the same success whether or not the email has an account. The email goes out only for a
 * user of that connection, in the locale of `?locale=` or else `Accept-Language`.
 */
export async function changePassword(context: RouteContext): Promise<Response> {
  const { body, state } = context;
  if (!body?.ok) return invalid(body?.reason ?? 'body missing');
  const { client_id: clientId, email, connection, password } = body.value;
  if (!isFilled(clientId)) return invalid('client_id');
  if (!state.config.clients.has(clientId)) return changePasswordError('unauthorized_client');
  if (!isEmail(email)) return invalid('email');
  if (!isFilled(connection)) return invalid('connection');
  if (password !== undefined && password !== null && typeof password !== 'string') return invalid('password');
  if (!state.config.connections.includes(connection)) return changePasswordError('bad.connection');
  if (state.config.refusePassword && isFilled(password)) return changePasswordError('password is not allowed');

  const locale = context.url.searchParams.get('locale') ?? context.request.headers.get('accept-language');
  await mailResetLink(context, state.findByEmail(email, connection), 'change-password', emailLocale(locale));
  return json(200, CHANGE_PASSWORD_SENT);
}

function invalid(what: string): Response {
  return changePasswordError('invalid_parameter', {}, what);
}
