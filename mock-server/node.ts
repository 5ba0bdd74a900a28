/**
 * pwflow/mock-server/node — the reference server on plain `node:http` (used by `npm start`):
 * the API, static files, the built `dist/` and a mailbox page.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { createReferenceServer } from './core/server';
import type { ReferenceServer } from './core/types';
import { defaultDistDir } from './node/dist-dir';
import { hostAllowed, hostName } from './node/hosts';
import { sendResponse, toRequest } from './node/http-bridge';
import { blockedHostPage, FAVICON_SVG, fallbackIndexPage, mailboxPage, notFoundPage, notImplementedPage, PAGES_CSS, PAGES_JS } from './node/pages';
import { SECURITY_HEADERS } from './node/security-headers';
import { serveFile } from './node/static-files';

/**
 * Options of {@link startReferenceServer}.
 *
 * @example
 * ```ts
 * await startReferenceServer({ port: 0, static: 'docs/examples' });
 * ```
 */
export interface StartOptions {
  /** Port to listen on; `0` picks a free one. Default 3000. */
  port?: number;
  /** Interface to listen on. Default `'127.0.0.1'`. */
  host?: string;
  /** The server to expose. Default: a new one whose reset links point at this server's `/reset-password`. */
  server?: ReferenceServer;
  /** Folder of static files: `/` is its `index.html`, `/reset-password` its `reset-password.html`. Default: none. */
  static?: string;
  /** Folder served at `/dist/`. Default: the package's built `dist/` folder. */
  dist?: string;
  /**
   * More host names the `Host` header may carry (e.g. `'dev.example.test'`), besides the host it
   * listens on, `localhost` (and `*.localhost`) and IP addresses. Any other `Host` is refused with
   * 403, as Vite's dev server does: a site that rebinds its own name to 127.0.0.1 cannot read the
   * mailbox's live reset links. Default: none.
   */
  allowedHosts?: string[];
}

/**
 * A running Node reference server, as {@link startReferenceServer} resolves it.
 *
 * @example
 * ```ts
 * const running = await startReferenceServer({ port: 0 });
 * const webAuth = new WebAuth({ domain: running.url, clientID: 'demo-client' });
 * afterAll(() => running.close());
 * ```
 */
export interface RunningReferenceServer {
  /** Its origin, e.g. `http://127.0.0.1:3000`. */
  url: string;
  server: ReferenceServer;
  /** Stops listening and ends open connections. */
  close(): Promise<void>;
}

const API_PREFIXES = ['/api/', '/dbconnections/', '/range/'];

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

/** Methods a fetch `Request` cannot carry: 501 for any path. */
const UNSUPPORTED_METHODS = new Set(['TRACE', 'TRACK']);

const CLIENT_ERROR_STATUS: Record<string, string> = {
  HPE_INVALID_METHOD: '501 Not Implemented', // a verb Node's parser does not know, e.g. `FOO /`
  HPE_HEADER_OVERFLOW: '431 Request Header Fields Too Large',
  ERR_HTTP_REQUEST_TIMEOUT: '408 Request Timeout',
};

/** Answers on the raw socket, with the security headers, and closes it. */
function endRaw(socket: Duplex, status: string): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const headers = Object.entries(SECURITY_HEADERS).map(([name, value]) => `${name}: ${value}\r\n`).join('');
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n${headers}\r\n`);
}

function html(status: number, text: string, headers: Record<string, string> = {}): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...headers } });
}

async function route(
  request: Request,
  core: ReferenceServer,
  options: { static?: string; dist: string },
): Promise<Response> {
  const { pathname } = new URL(request.url);
  if (request.method === 'OPTIONS' || API_PREFIXES.some((prefix) => pathname.startsWith(prefix))) {
    return core.handle(request);
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return html(405, notFoundPage(pathname), { Allow: 'GET, HEAD' });
  }
  if (pathname === '/mailbox') return html(200, mailboxPage(core.outbox));
  if (pathname === '/mailbox.json') {
    return new Response(JSON.stringify(core.outbox, null, 2), { headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' } });
  }
  if (pathname === '/mailbox.css') return new Response(PAGES_CSS, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
  if (pathname === '/mailbox.js') return new Response(PAGES_JS, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
  if (pathname === '/favicon.ico') return new Response(FAVICON_SVG, { headers: { 'Content-Type': 'image/svg+xml' } });
  let found: Response | null = null;
  if (pathname.startsWith('/dist/')) {
    found = await serveFile(options.dist, pathname.slice('/dist/'.length));
  } else if (options.static !== undefined) {
    const file = pathname === '/' ? 'index.html' : pathname === '/reset-password' ? 'reset-password.html' : pathname;
    found = await serveFile(options.static, file);
  }
  if (found) return found;
  if (pathname === '/') return html(200, fallbackIndexPage());
  return html(404, notFoundPage(pathname));
}

/**
 * Starts the reference server on `node:http`. Serves the API (and every preflight), the static
 * folder, `/dist/` (the built package, e.g. `/dist/pwflow.min.js`), `/mailbox` (HTML, newest first)
 * and `/mailbox.json` (the outbox, newest last). Every answer carries a strict CSP. A request whose
 * `Host` is not this server's (see {@link StartOptions.allowedHosts}) gets 403 and nothing else.
 * Unless `server` is given, reset links point at `http://<host>:<actual port>/reset-password`.
 *
 * @example
 * ```ts
 * import { startReferenceServer } from 'pwflow/mock-server/node';
 *
 * const { url, server, close } = await startReferenceServer({ port: 0 });
 * try {
 *   await fetch(`${url}/api/auth/password/reset-request`, {
 *     method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"email":"demo@example.com"}',
 *   });
 *   console.log(server.outbox.at(-1)?.link); // http://127.0.0.1:<port>/reset-password?token=…
 * } catch (error) {
 *   console.error('the server did not answer', error);
 * } finally {
 *   await close();
 * }
 * ```
 */
export async function startReferenceServer(options: StartOptions = {}): Promise<RunningReferenceServer> {
  const host = options.host ?? '127.0.0.1';
  const routing = { static: options.static, dist: options.dist ?? defaultDistDir() };
  const allowedHosts = new Set([host, ...(options.allowedHosts ?? [])].map(hostName));
  let core: ReferenceServer | undefined = options.server;
  let base = '';

  const listener = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      if (!hostAllowed(req.headers.host, allowedHosts)) {
        req.resume();
        await sendResponse(res, html(403, blockedHostPage(req.headers.host ?? '')), { head: req.method === 'HEAD', close: true });
        return;
      }
      if (UNSUPPORTED_METHODS.has(req.method ?? '')) {
        req.resume();
        await sendResponse(res, html(501, notImplementedPage(req.method ?? '')), { head: false, close: false });
        return;
      }
      const { request, truncated } = await toRequest(req, base);
      const response = core ? await route(request, core, routing) : html(503, 'Starting');
      await sendResponse(res, response, { head: request.method === 'HEAD', close: truncated });
    } catch {
      if (!res.headersSent) res.writeHead(500, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Internal Server Error');
    }
  };
  const http = createServer((req, res) => void listener(req, res));
  // What Node's parser refuses before any handler runs: Node's own answers, but 501 for an unknown verb.
  http.on('clientError', (error: Error & { code?: string }, socket: Duplex) => endRaw(socket, CLIENT_ERROR_STATUS[error.code ?? ''] ?? '400 Bad Request'));
  // CONNECT (a proxy tunnel) comes as its own event; without a listener Node drops the connection.
  http.on('connect', (_req: IncomingMessage, socket: Duplex) => endRaw(socket, '501 Not Implemented'));

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 3000, host, () => {
      http.off('error', reject);
      resolve();
    });
  });
  const { port } = http.address() as AddressInfo;
  base = `http://${urlHost(host)}:${port}`;
  core ??= createReferenceServer({ appUrl: `${base}/reset-password` });
  const server = core;

  return {
    url: base,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        http.close((error) => (error ? reject(error) : resolve()));
        http.closeAllConnections();
      }),
  };
}

export type { ReferenceServer } from './core/types';
