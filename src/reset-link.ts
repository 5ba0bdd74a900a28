// The state of a reset link, for the "choose a new password" page: before the first render
// (`readResetLink`) and after a failed `resetPassword` (`linkState`). Both read the token with
// parseResetToken / inspectResetToken; nothing here decodes it again.
import { type ParseResetTokenOptions, type Source, inspectResetToken, parseResetToken } from './reset-token';

/**
 * Options of {@link readResetLink}: those of {@link parseResetToken}, and the time to judge the
 * expiry against.
 *
 * @example
 * ```ts
 * const link = readResetLink({ clear: true, now: new Date('2026-12-02T10:00:00Z') });
 * ```
 */
export interface ReadResetLinkOptions extends ParseResetTokenOptions {
  /** The time to compare the token's `exp` with; default now. */
  now?: Date;
}

/**
 * What {@link readResetLink} found in the URL. `state` tells what to render:
 * - `'ok'`: a well-formed token that has not expired; `expiresIn` seconds are left.
 * - `'missing'`: no token in the URL (the page was opened without the emailed link).
 * - `'malformed'`: something that cannot be a reset token (cut short when copied, made up).
 * - `'expired'`: the token's `exp` is past.
 *
 * @example
 * ```ts
 * const link = readResetLink({ clear: true });
 * if (link.state === 'ok') showForm(link.token, link.expiresAt);
 * else showSendNewLink(link.state);
 * ```
 */
export type ResetLink =
  | { state: 'ok'; token: string; expiresAt: Date; /** Whole seconds left, rounded up: at least 1. */ expiresIn: number }
  | { state: 'expired'; token: string; expiresAt: Date; expiresIn?: undefined }
  | { state: 'malformed'; token: string; expiresAt: null; expiresIn?: undefined }
  | { state: 'missing'; token?: undefined; expiresAt: null; expiresIn?: undefined };

/**
 * What is wrong with a reset link, as {@link linkState} tells it: {@link ResetLink}'s states, and
 * `'used'` (a well-formed, unexpired token the server refused: it was spent) and `'invalid'`
 * (refused for another reason: tampered with, signed with another key).
 *
 * @example
 * ```ts
 * const texts: Record<LinkState, string> = {
 *   missing: 'This page needs the link from your email.',
 *   malformed: 'This link is incomplete. Copy the whole link from the email.',
 *   expired: 'This link has expired.',
 *   used: 'This link was already used. If you just changed your password, sign in with it.',
 *   invalid: 'This link is not valid.',
 * };
 * ```
 */
export type LinkState = 'missing' | 'malformed' | 'expired' | 'used' | 'invalid';

/**
 * Reads the reset link of the page for its first render: the token (with {@link parseResetToken},
 * which takes the same arguments and, with `clear: true`, removes it from the address bar) and
 * what it says about itself (with {@link inspectResetToken}, without verifying it). The server
 * still decides: after a failed `resetPassword`, ask {@link linkState}.
 *
 * @example
 * ```ts
 * // On https://app.example.com/reset-password?token=eyJ…
 * const link = readResetLink({ clear: true });
 * switch (link.state) {
 *   case 'ok':
 *     showForm(link.token, `This link works for ${Math.ceil(link.expiresIn / 60)} more minutes.`);
 *     break;
 *   case 'expired':
 *     showSendNewLink('This link has expired. We can send you a new one.');
 *     break;
 *   case 'malformed':
 *     showSendNewLink('This link is incomplete. Copy the whole link from the email, or ask for a new one.');
 *     break;
 *   case 'missing':
 *     showSendNewLink('This page needs the link from your email.');
 * }
 * ```
 */
export function readResetLink(from?: Source, options?: ReadResetLinkOptions): ResetLink;
export function readResetLink(options: ReadResetLinkOptions): ResetLink;
export function readResetLink(from?: Source | ReadResetLinkOptions, options?: ReadResetLinkOptions): ResetLink {
  const token = parseResetToken(from as Source, options) || undefined;
  // The options come second, or first; a source has no `now`.
  const now = (options ?? (from as ReadResetLinkOptions))?.now ?? new Date();
  // No token reads as malformed: `missing` comes first.
  const { expiresAt, expired, malformed } = inspectResetToken(token!, now);
  return {
    state: !token ? 'missing' : malformed ? 'malformed' : expired ? 'expired' : 'ok',
    token,
    expiresAt,
    expiresIn: malformed || expired ? undefined : Math.ceil((+expiresAt! - +now) / 1000),
  } as ResetLink;
}

/**
 * What a failed `resetPassword` says about the link, in {@link readResetLink}'s words plus
 * `'used'` and `'invalid'`; `null` when the error is not about the link (a weak password, the
 * network, the server's trouble, an account that no longer exists). PROTOCOL.md's
 * `PASSWORD_RESET_TOKEN_INVALID` means "cannot be decoded, or was already used": the token the
 * page sent tells which. Pass it: a well-formed, unexpired token is `'used'`, a malformed one
 * `'malformed'`, every other one (or none given) `'invalid'`.
 *
 * @example
 * ```ts
 * try {
 *   await webAuth.resetPassword({ token, password });
 * } catch (error) {
 *   const state = linkState(error, token);
 *   if (state === 'used') showSendNewLink('This link was already used. If you just changed your password, sign in with it.');
 *   else if (state) showSendNewLink('This link no longer works. We can send you a new one.');
 *   else throw error;
 * }
 * ```
 */
export function linkState(error: unknown, token?: string): LinkState | null {
  const code = (error as { code?: unknown } | null)?.code;
  const { malformed, expired } = inspectResetToken(token!);
  return code === 'PASSWORD_RESET_TOKEN_MISSING'
    ? 'missing'
    : code === 'PASSWORD_RESET_TOKEN_EXPIRED'
      ? 'expired'
      : code !== 'PASSWORD_RESET_TOKEN_INVALID' && code !== 'PASSWORD_RESET_TOKEN_SECRET_FAILURE'
        ? null
        : malformed
          ? token
            ? 'malformed'
            : 'invalid'
          : expired || code !== 'PASSWORD_RESET_TOKEN_INVALID'
            ? 'invalid'
            : 'used';
}
