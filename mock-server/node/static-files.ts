/** Files from a folder, safely: no traversal, no dotfiles, GET/HEAD only, known content types. */
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

/** The content type for a file name; unknown kinds are served as bytes. */
export function contentType(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file at `relative` (a decoded URL path, `/`-separated) inside `root`, or `null` when there is
 * none or the path tries to leave `root` (`..`, encoded slashes, backslashes, NUL, symlinks out).
 * A folder answers its `index.html`; asked for without its trailing slash, a redirect to it.
 */
export async function serveFile(root: string, relative: string): Promise<Response | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relative);
  } catch {
    return null;
  }
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((s) => s.startsWith('.') || s.includes('\\') || s.includes('\0') || s.includes(':'))) return null;
  try {
    const realRoot = await realpath(root);
    let file = await realpath(resolve(realRoot, ...segments));
    if (file !== realRoot && !file.startsWith(realRoot + sep)) return null;
    if ((await stat(file)).isDirectory()) {
      // `/spa` → `/spa/`, so that the page's relative links resolve inside the folder.
      const last = segments.at(-1);
      if (last !== undefined && !decoded.endsWith('/')) {
        return new Response(null, { status: 301, headers: { Location: `${encodeURIComponent(last)}/` } });
      }
      file = resolve(file, 'index.html');
    }
    const info = await stat(file);
    if (!info.isFile()) return null;
    const body = await readFile(file);
    return new Response(new Uint8Array(body), {
      status: 200,
      headers: { 'Content-Type': contentType(file), 'Cache-Control': 'no-cache' },
    });
  } catch {
    return null;
  }
}
