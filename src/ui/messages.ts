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
//   error next to a field), `error.*` (what went wrong: ./errors.ts maps every error code of
//   CONTRACT.md and PROTOCOL.md to one of them), `password.*` (the show/hide button), `time.*`
//   (a wait) and `common.*` (shared by the screens).
// - Keep it short: each locale file has a budget of 1.5 KiB gzip.
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
  'common.busy': 'Please wait…',
  'common.intro': 'We’ll email you a link to choose a new password.',
  'common.inbox': 'Check your inbox',
  'common.spam': 'Not there? Check your spam folder.',

  // "Forgot your password?": ask for a reset email, then "Check your inbox" with a countdown.
  'forgot.title': 'Forgot your password?',
  'forgot.submit': 'Send reset link',
  'forgot.sent': 'If {email} has an account, we’ve emailed a link to it.',
  'forgot.sentEarlier': 'We sent a link to {email} a moment ago.',
  'forgot.wait': 'You can ask for another email in {time}.',
  'forgot.ready': 'You can ask for another email now.',
  'forgot.resend': 'Send another email',
  'forgot.resent': 'We sent another email to {email}.',
  'forgot.otherEmail': 'Use a different email address',

  // "Choose a new password": the page the emailed link opens.
  'reset.title': 'Choose a new password',
  'reset.password': 'New password',
  'reset.confirm': 'Confirm new password',
  'reset.rulesTitle': 'Your password needs:',
  'reset.ruleMet': 'done',
  'reset.ruleUnmet': 'not yet',
  'reset.stillNeeded': 'Still needed: {rules}.',
  'reset.allMet': 'Your password meets every rule.',
  'reset.submit': 'Change password',
  'reset.doneTitle': 'Your password has been changed',
  'reset.done': 'You can now sign in with your new password.',
  // POST_COMMIT_SIDE_EFFECT_FAILURE: the password did change, ending the other sessions failed.
  'reset.sessions': 'We couldn’t sign you out on your other devices. Sign out there yourself.',

  // "Change your password" (Auth0 style): the server emails a link.
  'change.title': 'Change your password',
  'change.submit': 'Email me a link',
  'change.sent': 'We’ve sent a link to {email}.',

  // A reset link that cannot be used: a title for each state (missing, malformed, expired, used,
  // invalid), then `link.reopen` (missing, malformed) or the state's own text; the way on is a new link.
  'link.reopen': 'Open the link from the email again, or ask for a new one.',
  'link.missingTitle': 'This page needs the link from your email',
  'link.malformedTitle': 'This link is incomplete',
  'link.expiredTitle': 'This link has expired',
  'link.expired': 'For your security, links work for a short time only.',
  'link.usedTitle': 'This link has already been used',
  'link.used': 'If you just changed your password, sign in with it.',
  'link.invalidTitle': 'This link doesn’t work',
  'link.invalid': 'Your password was not changed.',
  'link.newLink': 'Ask for a new link',

  // The password rules, as the checklist shows them, and 'breached' (found in known data breaches).
  'rule.minLength': { one: 'At least {count} character', other: 'At least {count} characters' } as Plural,
  'rule.uppercase': 'An uppercase letter (A–Z)',
  'rule.lowercase': 'A lowercase letter (a–z)',
  'rule.digit': 'A digit (0–9)',
  'rule.special': 'A special character, like ! ? # or -',
  'rule.breached': { one: 'This password was found in a data breach. Choose another.', other: 'This password was found in {count} data breaches. Choose another.' } as Plural,

  // An error next to a field.
  'field.emailMissing': 'Enter your email address.',
  'field.emailInvalid': 'Enter an email address like name@example.com.',
  'field.passwordMissing': 'Enter a new password.',
  'field.passwordRules': 'Your password doesn’t meet every rule.',
  'field.passwordRefused': 'This password was refused. Choose another.',
  'field.confirmMissing': 'Enter the new password again.',
  'field.mismatch': 'The passwords don’t match.',

  // The show/hide button beside a password field (GOV.UK's pattern): the word on it, its full
  // name for screen readers ({field} is the field's label), and what is announced after a press.
  'password.show': 'Show',
  'password.hide': 'Hide',
  'password.showField': 'Show {field}',
  'password.hideField': 'Hide {field}',
  'password.shown': 'Your password is visible.',
  'password.hidden': 'Your password is hidden.',

  // A wait, as in "Please wait {time}": "42 seconds", "1 minute", "a moment". Minutes and seconds
  // together are joined by Intl.ListFormat (unit style): "2 minutes, 5 seconds".
  'time.seconds': { one: '{count} second', other: '{count} seconds' } as Plural,
  'time.minutes': { one: '{count} minute', other: '{count} minutes' } as Plural,
  'time.moment': 'a moment',

  // What went wrong. Codes that mean the same to the person share one message; the table of
  // every code of PROTOCOL.md and CONTRACT.md is in ./errors.ts.
  'error.cooldown': 'We sent an email a moment ago. Please wait {time}.',
  'error.tooMany': 'Too many attempts. Please wait {time} and try again.',
  'error.server': 'Something went wrong on our side. Please try again later.',
  'error.support': 'This isn’t working at the moment. Please contact support.',
  'error.network': 'We can’t reach the server. Check your connection and try again.',
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
