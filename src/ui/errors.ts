// Which message a failed call shows: every error code of PROTOCOL.md (API B, then API A) and of
// CONTRACT.md (pwflow's own), grouped by what it means to the person. A code not listed here
// (a server may send its own) shows `error.unknown`.
import type { Ui } from './dom';
import type { Messages } from './messages';

const BY_MESSAGE: Partial<Record<keyof Messages, string>> = {
  // The link cannot be used; the reset screen shows these as its own page (linkState).
  'link.reopen': 'PASSWORD_RESET_TOKEN_MISSING',
  'link.expired': 'PASSWORD_RESET_TOKEN_EXPIRED',
  'link.invalid': 'PASSWORD_RESET_TOKEN_INVALID PASSWORD_RESET_TOKEN_SECRET_FAILURE USER_NOT_FOUND',
  'error.cooldown': 'EMAIL_COOLDOWN_ACTIVE',
  'error.tooMany': 'IP_RATE_LIMIT_EXCEEDED too_many_requests',
  // Nothing the person can do but try again later.
  'error.server':
    'DATABASE_FAILURE HASH_FAILURE EMAIL_SEND_FAILURE EMAIL_TEMPLATE_FAILURE EMAIL_AUTHENTICATION_FAILURE EMAIL_COOLDOWN_CACHE_FAILURE PASSWORD_RESET_TOKEN_CREATION_FAILURE server_error invalid_response',
  // PROTOCOL.md: the password DID change; only ending the other sessions failed.
  'reset.sessions': 'POST_COMMIT_SIDE_EFFECT_FAILURE',
  // Turned off, or set up wrongly (a developer's error): only the site's support can help.
  'error.support': 'EMAIL_DISABLED bad.connection unauthorized_client password_is_not_allowed invalid_configuration',
  'error.network': 'network_error timeout',
  // The screens show these next to a field; anywhere else, and for a cancelled or refused call: try again.
  'error.unknown': 'INVALID_REQUEST invalid_parameter invalid_request aborted request_failed',
};

/** The message key for an error code. */
export function messageFor(code: unknown): keyof Messages {
  const word = String(code).replaceAll(' ', '_');
  const found = Object.entries(BY_MESSAGE).find(([, codes]) => codes!.split(' ').includes(word));
  return (found?.[0] as keyof Messages | undefined) ?? 'error.unknown';
}

/** The words for a failed call, with its wait ("Please wait 42 seconds"). */
export function errorText(ui: Ui, error: unknown): string {
  const { code, retryAfter } = (error ?? {}) as { code?: unknown; retryAfter?: number };
  return ui.t(messageFor(code), { time: ui.wait(retryAfter) });
}
