// Every word the screens of `pwflow/ui` show, in one flat catalogue: English here, other languages
// in ./locales/<tag>.ts with exactly the same keys.
//
// The format, for translators:
// - A message is a plain string. `{name}` is a placeholder the screen fills in (`{email}`,
//   `{time}`, `{count}`, `{rules}`); keep each placeholder of the English text, move it where
//   the language needs it, and add no new ones.
// - A message whose words depend on a number is an object `{ one?: string; other: string }`,
//   chosen with `Intl.PluralRules(locale)`: `one` for the singular form (where the language has
//   one), `other` for the rest. `{count}` is the number. Japanese needs only `other`.
// - Keys are named by screen and meaning: `forgot.*` (ask for a reset email), `reset.*` (choose a
//   new password, the page the emailed link opens), `change.*` (Auth0-style "change password"),
//   `link.*` (a reset link that cannot be used), `rule.*` (the password rules), `field.*` (an
//   error next to a field), `error.<code>` (every error code of CONTRACT.md and PROTOCOL.md),
//   `password.*` (the show/hide button), `time.*` (a wait) and `common.*` (shared by the screens).
// - Write for the reader, not word for word: short sentences, the language's usual words for
//   buttons, its own quotation marks and punctuation.

/**
 * A message whose words depend on a number (`{count}`): the `Intl.PluralRules` categories
 * `one` (singular, where the language has it) and `other`.
 *
 * @example
 * ```ts
 * const seconds: Plural = { one: '{count} second', other: '{count} seconds' };
 * ```
 */
export interface Plural {
  one?: string;
  other: string;
}

/** The English catalogue: the keys and placeholders every locale has. */
const en = {
  // Shared by the screens.
  'common.email': 'Email address',
  'common.sending': 'Sending…',
  'common.problem': 'There is a problem',
  'common.spam': 'Can’t find it? Check your spam or junk folder.',

  // "Forgot your password?": ask for a reset email, then "Check your inbox" with a countdown.
  'forgot.title': 'Forgot your password?',
  'forgot.intro': 'Enter the email address of your account. We’ll send you a link to choose a new password.',
  'forgot.submit': 'Send reset link',
  'forgot.sentTitle': 'Check your inbox',
  'forgot.sent': 'If an account exists for {email}, we’ve sent it an email with a link to choose a new password. The link works for a short time only.',
  'forgot.sentEarlier': 'We sent an email to {email} a moment ago. Look for the link in it.',
  'forgot.wait': 'You can ask for another email in {time}.',
  'forgot.ready': 'Didn’t get it? You can ask for another email now.',
  'forgot.resend': 'Send another email',
  'forgot.resent': 'We sent another email to {email}.',
  'forgot.otherEmail': 'Use a different email address',

  // "Choose a new password": the page the emailed link opens.
  'reset.title': 'Choose a new password',
  'reset.password': 'New password',
  'reset.confirm': 'Confirm new password',
  'reset.rulesTitle': 'Your new password needs:',
  'reset.ruleMet': 'done',
  'reset.ruleUnmet': 'not yet',
  'reset.stillNeeded': 'Still needed: {rules}.',
  'reset.allMet': 'Your password meets every rule.',
  'reset.submit': 'Change password',
  'reset.saving': 'Saving…',
  'reset.doneTitle': 'Your password has been changed',
  'reset.done': 'You can now sign in with your new password.',

  // "Change your password" (Auth0 style): the server emails a link.
  'change.title': 'Change your password',
  'change.intro': 'We’ll email you a link. Open it to set a new password.',
  'change.submit': 'Email me a link',
  'change.sentTitle': 'Check your inbox',
  'change.sent': 'We’ve sent an email to {email} with a link to change your password.',

  // A reset link that cannot be used: the way on is a new link.
  'link.missingTitle': 'This page needs the link from your email',
  'link.missing': 'Open the link in the password reset email again, or ask for a new one.',
  'link.malformedTitle': 'This link is incomplete',
  'link.malformed': 'The link may have been cut short or changed when it was copied. Open it again from the email, or ask for a new one.',
  'link.expiredTitle': 'This link has expired',
  'link.expired': 'For your security, password reset links work for a short time only. We can send you a new one.',
  'link.usedTitle': 'This link has already been used',
  'link.used': 'Each link works once. If you have just changed your password, you can sign in with it. Otherwise, ask for a new link.',
  'link.invalidTitle': 'This link doesn’t work',
  'link.invalid': 'We could not read this link, so your password was not changed. Ask for a new link.',
  'link.newLink': 'Ask for a new link',

  // The password rules, as the checklist shows them (in the order checkPassword reports them).
  'rule.minLength': { one: 'At least {count} character', other: 'At least {count} characters' } as Plural,
  'rule.uppercase': 'An uppercase letter (A–Z)',
  'rule.lowercase': 'A lowercase letter (a–z)',
  'rule.digit': 'A digit (0–9)',
  'rule.special': 'A special character, such as ! ? # or -',
  // Not in the checklist: the server (or the breached-password check) found the password in known data breaches.
  'rule.breached': {
    one: 'This password has appeared in a data breach, so attackers may try it. Choose a different one.',
    other: 'This password has appeared in {count} data breaches, so attackers may try it. Choose a different one.',
  } as Plural,

  // An error next to a field.
  'field.emailMissing': 'Enter your email address.',
  'field.emailInvalid': 'Enter an email address in the right form, like name@example.com.',
  'field.passwordMissing': 'Enter a new password.',
  'field.passwordRules': 'Your new password does not meet every rule below.',
  'field.passwordRefused': 'The server did not accept this password. Choose a different one.',
  'field.confirmMissing': 'Type the new password again.',
  'field.mismatch': 'The passwords don’t match.',

  // The show/hide button beside a password field (GOV.UK's pattern): the visible word, the
  // button's full name (what it will do), and what is announced after a press.
  'password.show': 'Show',
  'password.hide': 'Hide',
  'password.showPassword': 'Show password',
  'password.hidePassword': 'Hide password',
  'password.showConfirm': 'Show password confirmation',
  'password.hideConfirm': 'Hide password confirmation',
  'password.shown': 'Your password is visible.',
  'password.hidden': 'Your password is hidden.',

  // A wait, as in "Please wait {time}": "42 seconds", "1 minute", "2 minutes 5 seconds", "a moment".
  'time.seconds': { one: '{count} second', other: '{count} seconds' } as Plural,
  'time.minutes': { one: '{count} minute', other: '{count} minutes' } as Plural,
  'time.minutesSeconds': '{minutes} {seconds}',
  'time.moment': 'a moment',

  // Every error code (PROTOCOL.md §B, then §A, then pwflow's own). `error.unknown` is for any other.
  'error.INVALID_REQUEST': 'The server did not accept this. Check what you entered and try again.',
  'error.PASSWORD_RESET_TOKEN_EXPIRED': 'This link has expired. Ask for a new one.',
  'error.PASSWORD_RESET_TOKEN_INVALID': 'This link was already used or is invalid. Ask for a new one.',
  'error.PASSWORD_RESET_TOKEN_MISSING': 'This page needs the link from your password reset email.',
  'error.USER_NOT_FOUND': 'We can’t find the account for this link. It may have been deleted since the email was sent.',
  'error.EMAIL_COOLDOWN_ACTIVE': 'We sent an email to this address a moment ago. Please wait {time} before asking for another.',
  'error.IP_RATE_LIMIT_EXCEEDED': 'Too many attempts from your network. Please wait {time} and try again.',
  'error.PASSWORD_RESET_TOKEN_SECRET_FAILURE': 'We could not read this link. Your password was not changed. Ask for a new link.',
  'error.DATABASE_FAILURE': 'Something went wrong on our side. Nothing was changed. Please try again in a few minutes.',
  'error.HASH_FAILURE': 'Something went wrong on our side. Your password was not changed. Please try again in a few minutes.',
  'error.POST_COMMIT_SIDE_EFFECT_FAILURE': 'We could not sign you out on your other devices. If you think someone else knows your old password, sign out there as well.',
  'error.EMAIL_SEND_FAILURE': 'We could not send the email just now. Please try again in a few minutes.',
  'error.EMAIL_TEMPLATE_FAILURE': 'We could not prepare the email just now. Please try again in a few minutes.',
  'error.EMAIL_AUTHENTICATION_FAILURE': 'We could not send the email just now. Please try again in a few minutes.',
  'error.EMAIL_COOLDOWN_CACHE_FAILURE': 'We could not send the email just now. Please try again in a few minutes.',
  'error.PASSWORD_RESET_TOKEN_CREATION_FAILURE': 'We could not create a reset link just now. Please try again in a few minutes.',
  'error.EMAIL_DISABLED': 'Password reset by email is turned off at the moment. Please contact support.',
  'error.invalid_parameter': 'The server did not accept this request. Check the email address and try again.',
  'error.bad.connection': 'This sign-in method is not set up on the server, so no email was sent.',
  'error.unauthorized_client': 'This app is not allowed to change passwords, so no email was sent.',
  'error.password is not allowed': 'This server does not take a new password here; it emails a link instead.',
  'error.too_many_requests': 'Too many attempts. Please wait {time} and try again.',
  'error.invalid_configuration': 'This page is not set up correctly. Please contact support.',
  'error.invalid_request': 'Check what you entered and try again.',
  'error.network_error': 'We can’t reach the server. Check your internet connection and try again.',
  'error.timeout': 'The server took too long to answer. Please try again.',
  'error.aborted': 'The request was cancelled. Please try again.',
  'error.invalid_response': 'The server sent an answer this page does not understand. Please try again in a moment.',
  'error.server_error': 'Something went wrong on our side. Please try again in a few minutes.',
  'error.request_failed': 'The server refused the request. Please try again, or contact support if it keeps happening.',
  'error.unknown': 'Something went wrong. Please try again.',
};

/**
 * The catalogue of every word the screens show: a flat object, one key per message. A locale
 * file is a `Messages`; the `messages` option of a screen takes any part of one.
 *
 * Messages are plain strings with `{name}` placeholders, or {@link Plural} objects for words
 * that depend on `{count}`.
 *
 * @example
 * ```ts
 * import type { Messages } from 'pwflow/ui';
 *
 * const overrides: Partial<Messages> = {
 *   'forgot.title': 'Locked out?',
 *   'time.seconds': { one: '{count} sec', other: '{count} secs' },
 * };
 * ```
 */
export type Messages = { [K in keyof typeof en]: (typeof en)[K] extends string ? string : Plural };

/**
 * The English catalogue, built into `pwflow/ui`: the fallback for every key a locale lacks.
 *
 * @example
 * ```ts
 * import { english } from 'pwflow/ui';
 *
 * console.log(english['forgot.title']); // "Forgot your password?"
 * ```
 */
export const english: Messages = en;
