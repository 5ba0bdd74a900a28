/**
 * pwflow/mock-server/node — the reference server on plain `node:http` (used by `npm start`):
 * the API, static files, the built `dist/` and a mailbox page.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createReferenceServer } from './core/server';
import type { ReferenceServer } from './core/types';
import { defaultDistDir } from './node/dist-dir';
import { sendResponse, toRequest } from './node/http-bridge';
import { fallbackIndexPage, mailboxPage, notFoundPage, PAGES_CSS } from './node/pages';
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
 * and `/mailbox.json` (the outbox, newest last). Every answer carries a strict CSP.
 * Unless `server` is given, reset links point at `http://<host>:<actual port>/reset-password`.
 *
 * @example
 * ```ts
 * import { startReferenceServer } from 'pwflow/mock-server/node';
 *
 * const { url, server, close } = await startReferenceServer({ port: 0 });
 * try {
 *   await fetch(`${url}/api/auth/password/reset-request`, { method: 'POST', body: '{"email":"demo@example.com"}' });
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
  let core: ReferenceServer | undefined = options.server;
  let base = '';

  const listener = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      const { request, truncated } = await toRequest(req, base);
      const response = core ? await route(request, core, routing) : html(503, 'Starting');
      await sendResponse(res, response, { head: request.method === 'HEAD', close: truncated });
    } catch {
      if (!res.headersSent) res.writeHead(500, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Internal Server Error');
    }
  };
  const http = createServer((req, res) => void listener(req, res));

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
