/**
 * The k-anonymity range API of Have I Been Pwned (`GET /range/{5 hex}`), answered from the
 * server's `breachedPasswords`: `SUFFIX:COUNT` rows, CRLF between them, and with `Add-Padding: true`
 * padded like the real one to 800–1000 rows with random suffixes whose count is 0.
 */
import type { RouteContext } from './context';

/** The breached passwords of the default list (each a classic of leaked-password lists). */
export const DEFAULT_BREACHED_PASSWORDS = ['password', '123456', '123456789', 'qwerty', 'Passw0rd!', 'P@ssw0rd', 'Password1!', 'Password123!'];

const hex = (bytes: Uint8Array) => [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('').toUpperCase();

/** The uppercase hex SHA-1 of a password, as the range API indexes it. */
export async function sha1(password: string): Promise<string> {
  return hex(new Uint8Array(await crypto.subtle.digest('SHA-1', new TextEncoder().encode(password))));
}

/** How often the range says a breached password was seen: 1 to 65,536, from its hash (the same on every run). */
export const breachCount = (hash: string) => Number.parseInt(hash.slice(-4), 16) + 1;

function text(status: number, body: string): Response {
  return new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

export async function range(context: RouteContext): Promise<Response> {
  const prefix = context.url.pathname.slice('/range/'.length);
  if (!/^[\dA-F]{5}$/i.test(prefix)) return text(400, 'The hash prefix was not in a valid format');
  const rows = new Map<string, number>();
  for (const hash of await Promise.all(context.state.config.breachedPasswords.map(sha1))) {
    if (hash.startsWith(prefix.toUpperCase())) rows.set(hash.slice(5), breachCount(hash));
  }
  if (context.request.headers.get('add-padding')?.toLowerCase() === 'true') {
    const size = 800 + crypto.getRandomValues(new Uint16Array(1))[0]! % 201;
    while (rows.size < size) {
      const suffix = hex(crypto.getRandomValues(new Uint8Array(18))).slice(0, 35);
      if (!rows.has(suffix)) rows.set(suffix, 0);
    }
  }
  // Sorted by suffix, as the real API answers: padding rows mix with the real ones.
  return text(200, [...rows].sort(([a], [b]) => (a < b ? -1 : 1)).map(([suffix, count]) => `${suffix}:${count}`).join('\r\n'));
}
