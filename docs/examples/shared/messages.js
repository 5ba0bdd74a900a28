// What to tell a person for every pwflow error code: one table, used by the script-tag pages and
// the SPA alike. `describeError(error, flow)` turns a WebAuthError into something a screen can show:
//
//   { kind: 'field',    fields: [{ field, text }] }  → next to those fields
//   { kind: 'alert',    text, wait? }                → above the form; the form stays (try again)
//   { kind: 'link',     title, text }                → this reset link is done for: offer a new one
//   { kind: 'cooldown', wait? }                      → an email went out recently: count down
//   { kind: 'success',  note }                       → it worked after all (POST_COMMIT_SIDE_EFFECT_FAILURE)
//
// Every answer also has `text`, one sentence to show when a screen has no better place for it.
// `flow` is the screen asking: 'request' (forgot password), 'reset' (choose a new password) or
// 'change' (Auth0-style change password). Codes: PROTOCOL.md and CONTRACT.md "WebAuthError".

/** The password rules in the order `checkPassword` reports them, with the checklist's words. */
export function ruleLabels(policy) {
  return [
    ['minLength', `At least ${policy.minLength} characters`],
    ['uppercase', 'An uppercase letter (A–Z)'],
    ['lowercase', 'A lowercase letter (a–z)'],
    ['digit', 'A digit (0–9)'],
    ['special', 'A special character, such as ! ? # or -'],
  ].filter(([rule]) => rule === 'minLength' || policy[rule]);
}

/** "42 seconds", "1 minute 5 seconds", or "a moment" when the server gave no hint. */
export function waitText(seconds) {
  if (typeof seconds !== 'number' || !(seconds > 0)) return 'a moment';
  const s = Math.ceil(seconds);
  const minutes = Math.floor(s / 60);
  const rest = s % 60;
  const part = (n, unit) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (!minutes) return part(rest, 'second');
  return rest ? `${part(minutes, 'minute')} ${part(rest, 'second')}` : part(minutes, 'minute');
}

const NOT_CHANGED = { reset: 'Your password was not changed.', request: 'No email was sent.', change: 'No email was sent.' };

const sentences = (...parts) => parts.filter(Boolean).join(' ');

const ourSide = (flow) => sentences('Something went wrong on our side.', NOT_CHANGED[flow], 'Please try again in a few minutes.');

const emailTrouble = (flow) =>
  flow === 'reset'
    ? ourSide(flow)
    : 'We could not send the email just now. Please try again in a few minutes.';

const tooMany = (error) => ({
  kind: 'alert',
  text: `Too many attempts from your network. Please wait ${waitText(error.retryAfter)} and try again.`,
  wait: error.retryAfter,
});

const newLink = (title, text) => () => ({ kind: 'link', title, text });

/** code → (error, flow) → what to show. */
const BY_CODE = {
  // The reset link itself can no longer be used: the only way on is a new link.
  PASSWORD_RESET_TOKEN_EXPIRED: newLink(
    'This link has expired',
    'For your security, password reset links work for a short time only. We can send you a new one.',
  ),
  PASSWORD_RESET_TOKEN_INVALID: newLink(
    'This link was already used or is invalid',
    'Each link works once. If you have just changed your password, you can sign in with it. Otherwise, ask for a new link.',
  ),
  PASSWORD_RESET_TOKEN_MISSING: newLink(
    'This page needs the link from your email',
    'Open the link in the password reset email again, or ask for a new one.',
  ),
  PASSWORD_RESET_TOKEN_SECRET_FAILURE: newLink(
    'We could not read this link',
    'The link may have been cut short or changed. Your password was not changed. Ask for a new link.',
  ),
  USER_NOT_FOUND: newLink(
    'We can’t find the account for this link',
    'The account may have been deleted since the email was sent. Your password was not changed.',
  ),

  INVALID_REQUEST: (error, flow) =>
    flow === 'reset'
      ? { kind: 'field', fields: [{ field: 'password', text: 'The server did not accept this password. Choose one that meets every rule below.' }] }
      : { kind: 'field', fields: [{ field: 'email', text: 'The server did not accept this email address. Check it and try again.' }] },

  EMAIL_COOLDOWN_ACTIVE: (error) => ({
    kind: 'cooldown',
    wait: error.retryAfter,
    text: `We sent an email to this address a moment ago. Please wait ${waitText(error.retryAfter)} before asking for another.`,
  }),
  IP_RATE_LIMIT_EXCEEDED: tooMany,
  too_many_requests: tooMany,

  DATABASE_FAILURE: (error, flow) => ({ kind: 'alert', text: ourSide(flow) }),
  HASH_FAILURE: (error, flow) => ({ kind: 'alert', text: ourSide(flow) }),
  EMAIL_SEND_FAILURE: (error, flow) => ({ kind: 'alert', text: emailTrouble(flow) }),
  EMAIL_TEMPLATE_FAILURE: (error, flow) => ({ kind: 'alert', text: emailTrouble(flow) }),
  EMAIL_AUTHENTICATION_FAILURE: (error, flow) => ({ kind: 'alert', text: emailTrouble(flow) }),
  EMAIL_COOLDOWN_CACHE_FAILURE: (error, flow) => ({ kind: 'alert', text: emailTrouble(flow) }),
  PASSWORD_RESET_TOKEN_CREATION_FAILURE: (error, flow) => ({ kind: 'alert', text: emailTrouble(flow) }),
  // PROTOCOL.md: the password DID change; only a follow-up step (ending other sessions) failed.
  POST_COMMIT_SIDE_EFFECT_FAILURE: (error, flow) =>
    flow === 'reset'
      ? {
          kind: 'success',
          note: 'We could not sign you out on your other devices. If you think someone else knows your old password, sign out there as well.',
          text: 'Your password has been changed.',
        }
      : { kind: 'alert', text: ourSide(flow) },
  EMAIL_DISABLED: (error, flow) => ({
    kind: 'alert',
    text: sentences('Password reset by email is turned off at the moment.', NOT_CHANGED[flow], 'Please contact support.'),
  }),

  // API A (change password).
  invalid_parameter: (error) => ({
    kind: 'field',
    fields: [{ field: 'email', text: 'The server did not accept this request. Check the email address and try again.' }],
  }),
  'bad.connection': () => ({
    kind: 'alert',
    text: 'This sign-in method is not set up on the server, so no email was sent. (Developers: check `connection`.)',
  }),
  unauthorized_client: () => ({
    kind: 'alert',
    text: 'This app is not allowed to change passwords, so no email was sent. (Developers: check `clientID`.)',
  }),
  'password is not allowed': () => ({
    kind: 'alert',
    text: 'This server does not take a new password here; it emails a link instead. (Developers: leave `password` out.)',
  }),

  // Made by pwflow itself when no server code came.
  server_error: (error, flow) => ({
    kind: 'alert',
    text: sentences(ourSide(flow), error.statusCode && `(HTTP ${error.statusCode})`),
  }),
  request_failed: (error) => ({
    kind: 'alert',
    text: `The server refused the request${error.statusCode ? ` (HTTP ${error.statusCode})` : ''}. Please try again, or contact support if it keeps happening.`,
  }),
  invalid_response: () => ({
    kind: 'alert',
    text: 'The server sent an answer this page does not understand. Please try again in a moment.',
  }),
  network_error: () => ({
    kind: 'alert',
    text: 'We can’t reach the server. Check your internet connection and try again.',
  }),
  timeout: () => ({ kind: 'alert', text: 'The server took too long to answer. Please try again.' }),
  aborted: () => ({ kind: 'alert', text: 'The request was cancelled.' }),
  invalid_configuration: (error) => ({
    kind: 'alert',
    text: `This page is not set up correctly (a developer error): ${error.description}`,
  }),
  invalid_request: (error) => ({
    kind: 'field',
    fields: (error.fields?.length ? error.fields : [{ path: '', message: error.description }]).map((f) => ({
      field: f.path,
      text: FIELD_TEXT[f.path] ?? f.message,
    })),
  }),
};

/** invalid_request fields, by argument path, in plain words. */
const FIELD_TEXT = {
  email: 'Enter an email address, like name@example.com.',
  password: 'Your new password does not meet every rule below.',
};

/** Every code this table answers specifically (the rest get the server's own description). */
export const KNOWN_CODES = Object.keys(BY_CODE);

/**
 * What to show for `error` (a WebAuthError, or anything thrown) on the screen `flow`.
 * Never throws; an unknown code shows the server's own description.
 */
export function describeError(error, flow) {
  const code = error && typeof error === 'object' ? error.code : undefined;
  const known = typeof code === 'string' && Object.prototype.hasOwnProperty.call(BY_CODE, code);
  if (known) {
    const shown = BY_CODE[code](error, flow);
    return { ...shown, text: shown.text ?? sentences(shown.title && `${shown.title}.`, shown.fields?.map((f) => f.text).join(' ')) };
  }
  const said = error && typeof error.description === 'string' && error.description ? ` The server said: “${error.description}”` : '';
  return { kind: 'alert', text: `Something went wrong.${said} Please try again.` };
}
