/**
 * Options of {@link parseResetToken}.
 *
 * @example
 * ```ts
 * parseResetToken({ param: 'code', clear: true });
 * ```
 */
export interface ParseResetTokenOptions {
  /** The URL parameter that carries the token; default `'token'`. */
  param?: string;
  /**
   * Remove the token from the address bar (`history.replaceState`: no reload, no new history
   * entry, every other part of the URL kept). Only when reading the live `window.location`.
   */
  clear?: boolean;
}

/**
 * What {@link inspectResetToken} can tell without verifying the token.
 *
 * @example
 * ```ts
 * const { expired, expiresAt } = inspectResetToken(token);
 * if (!expired && expiresAt) note.textContent = `Valid until ${expiresAt.toLocaleTimeString()}`;
 * ```
 */
export interface ResetTokenInfo {
  /** The `exp` claim, or `null` when the token is malformed. */
  expiresAt: Date | null;
  /** The `exp` claim is past (`now` or later). Never `true` for a malformed token. */
  expired: boolean;
  /**
   * The token cannot be a reset token of PROTOCOL.md: not three base64url parts, a payload that is
   * not a JSON object, or no numeric `exp` (within the range of a `Date`).
   */
  malformed: boolean;
}

/** Where a reset token may be read from: a URL, its text, or a `Location`. */
export type Source = string | URL | Location;

const isSource = (value: unknown): value is Source =>
  typeof value === 'string' || (typeof value === 'object' && value !== null && 'href' in value);

/** Drops every `name=…` part from an `a=1&b=2` string, leaving the other parts byte for byte. */
const without = (params: string, name: string) =>
  params
    .split('&')
    .filter((part) => !new URLSearchParams(part).has(name))
    .join('&');

/**
 * Reads the password-reset token from a URL: the query (`?token=`), the hash as parameters
 * (`#token=`), or a hash route's query (`#/reset-password?token=`). Without `from`, reads
 * `window.location`; with `clear: true` it then removes the token from the address bar, so it
 * is not left in history, bookmarks or screenshots. Returns `null` when there is no token.
 *
 * @example
 * ```ts
 * // On https://app.example.com/reset-password?token=eyJ…
 * const token = parseResetToken({ clear: true }); // 'eyJ…'; the address bar now shows /reset-password
 * if (!token) showSendNewLink();
 * parseResetToken('https://app.example.com/#/reset-password?token=abc'); // 'abc'
 * ```
 */
export function parseResetToken(from?: Source, options?: ParseResetTokenOptions): string | null;
export function parseResetToken(options: ParseResetTokenOptions): string | null;
export function parseResetToken(
  fromOrOptions?: Source | ParseResetTokenOptions,
  maybeOptions?: ParseResetTokenOptions,
): string | null {
  try {
    const from = isSource(fromOrOptions) ? fromOrOptions : undefined;
    const { param = 'token', clear = false } = (from || !fromOrOptions ? maybeOptions : (fromOrOptions as ParseResetTokenOptions)) ?? {};
    const live = globalThis.location;
    const source = from ?? live;
    const url = new URL(String((source as URL).href ?? source!), live?.href ?? 'http://localhost/');
    // The first non-empty value of the parameter (`?token=&token=abc` carries one).
    const first = (params: string) => new URLSearchParams(params).getAll(param).find(Boolean);
    const hash = url.hash.slice(1);
    // A hash route's query (`#/reset?token=`) when the token is there; else the hash as parameters
    // (`#token=abc&next=/a?b`, whose `?` is part of a value).
    let q = hash.indexOf('?');
    if (q >= 0 && !first(hash.slice(q + 1))) q = -1;
    const hashParams = q >= 0 ? hash.slice(q + 1) : hash.includes('=') ? hash : '';
    const token = first(url.search) || first(hashParams) || null;

    if (token && clear && source === live && typeof history === 'object') {
      const rest = without(hashParams, param);
      const route = q >= 0 ? hash.slice(0, q) : hashParams ? '' : hash;
      // A router may keep the URL in the state too (Vue Router's `current`): no copy stays there.
      let { state } = history;
      try {
        if (JSON.stringify(state).includes(token)) state = JSON.parse(JSON.stringify(state).split(token).join(''));
      } catch {}
      // The whole URL, not its path: a path that starts with `//` (`https://app.example.com//reset`)
      // would be read as another host's, and replaceState would refuse it.
      // (The setters drop a leading `?` or `#`, and the mark itself when given nothing.)
      url.search = without(url.search, param);
      url.hash = rest ? `${route}${q >= 0 ? '?' : ''}${rest}` : route;
      try {
        history.replaceState(state, '', url.href);
      } catch {
        // Safari's replaceState rate limit, an opaque URL: the token is still the caller's.
      }
    }
    return token;
  } catch {
    // No location (a server), a URL that cannot be read, hostile arguments: no token.
    return null;
  }
}

/**
 * Reads the `exp` claim of a JWT-shaped reset token (`header.payload.signature`, base64url)
 * without verifying it, so a page can say "this link has expired" before the user types a
 * password, and tells a token that cannot be one (`malformed`: cut short, made up, or not a JWT,
 * which then gives `{ expiresAt: null, expired: false, malformed: true }`). The server still
 * decides. Never throws.
 *
 * @example
 * ```ts
 * const token = parseResetToken({ clear: true });
 * const { expired, malformed } = inspectResetToken(token ?? '');
 * if (malformed) showMessage('This link is incomplete. Copy the whole link from the email, or ask for a new one.');
 * else if (expired) showMessage('This link has expired. We can send you a new one.');
 * ```
 */
export function inspectResetToken(token: string, now: Date = new Date()): ResetTokenInfo {
  try {
    // Three base64url parts; `exec` of anything that is not a match throws on `![1]`.
    const payload = /^[\w-]+\.([\w-]+)\.[\w-]+$/.exec(token)![1]!;
    const exp: unknown = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))).exp;
    // Within the range of a Date, or there is no readable expiry.
    if (typeof exp !== 'number' || !(Math.abs(exp) < 8.64e12)) throw 0;
    const expiresAt = new Date(exp * 1000);
    return { expiresAt, expired: expiresAt <= now, malformed: false };
  } catch {
    return { expiresAt: null, expired: false, malformed: true };
  }
}
