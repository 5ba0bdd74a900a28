/**
 * The `Host` check against DNS rebinding: a site whose name resolves to 127.0.0.1 must not get
 * answers (the mailbox holds live reset links). Names are allowed as Vite's dev server allows them.
 */
import { isIP } from 'node:net';

/** The host name of a `Host` header value (`[::1]:3000` → `::1`, `Example.test:80` → `example.test`). */
export function hostName(header: string): string {
  const close = header.indexOf(']');
  const name = header.startsWith('[') && close > 0 ? header.slice(1, close) : header.replace(/:\d*$/, '');
  return name.toLowerCase().replace(/\.$/, '');
}

/** Whether a request may be served for this `Host`: no header (HTTP/1.0), or one of the names above. */
export function hostAllowed(header: string | undefined, allowed: ReadonlySet<string>): boolean {
  if (header === undefined) return true;
  const name = hostName(header);
  return isIP(name) !== 0 || name === 'localhost' || name.endsWith('.localhost') || allowed.has(name);
}
