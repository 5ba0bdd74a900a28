// Time per call in Chromium: the figure a page's users get. Node's fetch objects (undici Request,
// Response, AbortSignal) are JavaScript; a browser's are native, so ky's Request + clone() cost far
// less there. This module serves a page that loads dist/pwflow.browser.js (the ES module for
// <script type="module">), ky, and the bench's own scripts/bench/{floor,stubs,tasks,loop}.js, and
// runs the same tasks with the same interleaved loop as the Node run, in the page.
//
// Debian's Chromium (or $CHROMIUM_PATH), launched by scripts/chromium.js as for test/browser:
// a browser is never downloaded. Without one, timeInChromium() says why instead of failing.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { ROOT } from './measure.js';
import { CHROMIUM, launchChromium } from '../chromium.js';

/** The built package the page loads; $PWFLOW_DIST points elsewhere (a copy, as for test/browser). */
const DIST = process.env.PWFLOW_DIST ?? join(ROOT, 'dist');


/** The only files the page may load, as URL path prefixes (relative to the repository). */
const SERVED = ['/dist/', '/scripts/bench/', '/node_modules/ky/distribution/'];

const PAGE = `<!doctype html>
<meta charset="utf-8">
<title>pwflow bench</title>
<script type="module">
  import * as pwflow from '/dist/pwflow.browser.js';
  import ky from '/node_modules/ky/distribution/index.js';
  import * as floor from '/scripts/bench/floor.js';
  import { CHUNKED_ORIGIN, ORIGIN, SENTENCE, stubFetch } from '/scripts/bench/stubs.js';
  import { check, fetchTasks, httpTasks } from '/scripts/bench/tasks.js';
  import { interleaved } from '/scripts/bench/loop.js';

  // pwflow calls the page's own fetch, as in an app (a \`fetch\` option is read as untrusted: see
  // src/transport.ts, readBody): the stub network for the stub tasks, the real one over HTTP.
  const realFetch = globalThis.fetch;
  window.bench = async ({ names, http, ...options }) => {
    globalThis.fetch = names.some((name) => name.includes(' over HTTP')) ? realFetch : stubFetch;
    const all = {
      ...fetchTasks({ pwflow, ky, floor, fetch: stubFetch, origin: ORIGIN, chunkedOrigin: CHUNKED_ORIGIN }),
      ...(http && httpTasks({ pwflow, floor, origin: http })),
    };
    const tasks = Object.fromEntries(names.map((name) => [name, all[name]]));
    await check(tasks, SENTENCE);
    const times = await interleaved(Object.entries(tasks).map(([name, fn]) => ({ name, fn })), options);
    return { times: [...times], rounds: [...times.rounds], isolated: crossOriginIsolated, version: navigator.userAgent };
  };
  document.title = 'ready';
</script>
`;

/**
 * A static server on 127.0.0.1 for the page and the files it imports, cross-origin isolated
 * (COOP + COEP) so that performance.now() ticks in 5 µs rather than 100 µs.
 */
async function serve() {
  const headers = {
    'cache-control': 'no-store',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-embedder-policy': 'require-corp',
  };
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replaceAll(sep, '/');
    if (path === '/') return response.writeHead(200, { ...headers, 'content-type': 'text/html' }).end(PAGE);
    const file = path.startsWith('/dist/') ? join(DIST, path.slice(6)) : join(ROOT, path);
    if (!SERVED.some((prefix) => path.startsWith(prefix)) || !existsSync(file)) {
      return response.writeHead(404, headers).end();
    }
    const type = { '.js': 'text/javascript', '.map': 'application/json' }[extname(file)] ?? 'application/octet-stream';
    response.writeHead(200, { ...headers, 'content-type': type }).end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/**
 * Times each group of tasks in Chromium, one group after the other in one page, each with loop.js's
 * `interleaved(…, group)`: `groups` is `[{ names, ...options }]`, `names` keys of tasks.js's
 * fetchTasks() or, when `http` (an origin: the reference server on loopback) is given, of its
 * httpTasks(). Resolves `{ runs: [Map<name, µs per call>], isolated, version }`, or `{ reason }`
 * when there is no Chromium, no dist/pwflow.browser.js, or the page fails.
 */
export async function timeInChromium(groups, { http } = {}) {
  if (!existsSync(CHROMIUM)) return { reason: `no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)` };
  if (!existsSync(join(DIST, 'pwflow.browser.js'))) return { reason: `${join(DIST, 'pwflow.browser.js')} is not built (npm run build)` };
  let browser;
  let server;
  const errors = [];
  try {
    [browser, server] = await Promise.all([launchChromium(), serve()]);
    const page = await browser.newPage();
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(server.url);
    await page.waitForFunction(() => document.title === 'ready', null, { timeout: 10_000 });
    const runs = [];
    let about;
    for (const group of groups) {
      const { times, rounds, ...result } = await page.evaluate((args) => window.bench(args), { ...group, http });
      runs.push(Object.assign(new Map(times), { rounds: new Map(rounds) }));
      about = result;
    }
    return { ...about, runs };
  } catch (error) {
    const reason = String(error?.message ?? error).split('\n')[0];
    return { reason: `Chromium at ${CHROMIUM}: ${[reason, ...errors].join('; ').slice(0, 300)}` };
  } finally {
    await browser?.close().catch(() => {});
    await server?.close();
  }
}
