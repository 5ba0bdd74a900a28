/** `node:http` ↔ fetch: IncomingMessage to Request (body capped), Response to ServerResponse. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SECURITY_HEADERS } from './security-headers';

/**
 * Bytes read from a request body at most. Above it reading stops and the core sees an oversized
 * body (it refuses anything over 10 KiB with 400), so the answer matches the in-memory server.
 */
export const BODY_CAP = 16 * 1024;

/** Reads the body up to {@link BODY_CAP} (+1 byte, to show it was bigger). */
function readBody(req: IncomingMessage): Promise<{ bytes: Buffer; truncated: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      chunks.push(chunk);
      size += chunk.length;
      if (size > BODY_CAP) {
        req.off('data', onData);
        req.pause();
        resolve({ bytes: Buffer.concat(chunks).subarray(0, BODY_CAP + 1), truncated: true });
      }
    };
    req.on('data', onData);
    req.once('end', () => resolve({ bytes: Buffer.concat(chunks), truncated: false }));
    req.once('error', reject);
  });
}

function pathOf(target: string): string {
  if (target.startsWith('/')) return target;
  try {
    const url = new URL(target);
    return `${url.pathname}${url.search}`;
  } catch {
    return '/';
  }
}

/** The fetch Request for an incoming message; `base` is the server's own origin. */
export async function toRequest(req: IncomingMessage, base: string): Promise<{ request: Request; truncated: boolean }> {
  // The path and query of the target, glued to our own origin: neither an absolute-form target
  // (`http://evil/x`) nor a scheme-relative one (`//evil/x`) picks the origin.
  const parsed = new URL(`${new URL(base).origin}${pathOf(req.url ?? '/')}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(':')) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const method = (req.method ?? 'GET').toUpperCase();
  if (method === 'GET' || method === 'HEAD') {
    req.resume(); // discard any body so the connection can be reused
    return { request: new Request(parsed, { method, headers }), truncated: false };
  }
  const { bytes, truncated } = await readBody(req);
  return { request: new Request(parsed, { method, headers, body: new Uint8Array(bytes) }), truncated };
}

/** Writes a fetch Response, with the security headers; `Response.error()` drops the connection mid-answer. */
export async function sendResponse(
  res: ServerResponse,
  response: Response,
  options: { head: boolean; close: boolean },
): Promise<void> {
  if (response.type === 'error') {
    // A browser silently resends a request whose connection closed before any answer came, so
    // the drop happens mid-answer: a status line promising a body, one byte of it, then the cut.
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '64' });
    res.write('{', () => res.socket?.destroy());
    return;
  }
  const body = Buffer.from(await response.arrayBuffer());
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  Object.assign(headers, SECURITY_HEADERS);
  // A HEAD answer has no body but may say how long the GET's would be.
  if (response.status !== 204 && response.status !== 304 && !(options.head && headers['content-length'])) {
    headers['content-length'] = String(body.length);
  }
  if (options.close) headers.connection = 'close';
  res.writeHead(response.status, headers);
  res.end(options.head ? undefined : body);
}
