// `npm run bench`: pwflow's size and speed in one table, beside auth0-js and beside a hand-written
// fetch-only floor (scripts/bench/floor.js). Sizes come from scripts/bench/measure.js, the same
// module test/size.test.ts checks the budgets with. Times are per call over an instant stub
// network (scripts/bench/stubs.js), so they are the client's own overhead and nothing else.
import { pathToFileURL } from 'node:url';
import ky from 'ky';
import * as floor from './bench/floor.js';
import {
  BUDGETS,
  HELPERS,
  PATHS,
  built,
  bundle,
  bundleIife,
  bundleImport,
  bytesBy,
  dependenciesIn,
  fileSizes,
} from './bench/measure.js';
import { ORIGIN, SENTENCE, StubXMLHttpRequest, stubFetch } from './bench/stubs.js';
import { interleaved, loadInternals } from './bench/timing.js';

const started = performance.now();
const ROUNDS = 9;
const rows = [];
const section = (title) => rows.push({ title });
const row = (item, figures = {}) => rows.push({ item, ...figures });
const fromDist = built();
if (!fromDist) console.warn('dist/ is not built (npm run build): measuring bundles made from src/ instead.\n');

// ---------------------------------------------------------------------------------------------
// Bytes

const budget = (gzip, limit) => `budget ${limit} B: ${gzip <= limit ? 'ok' : `OVER by ${gzip - limit} B`}`;
const iife = await bundleIife();
const iifeSizes = fromDist ? fileSizes(PATHS.iife) : iife;

section('Bytes: pwflow');
row(fromDist ? 'dist/pwflow.min.js (IIFE, everything)' : 'IIFE rebuilt from src/ (no dist/)', {
  ...iifeSizes,
  note: budget(iifeSizes.gzip, BUDGETS.iife),
});
const esmFrom = fromDist ? PATHS.esm : PATHS.source;
for (const name of ['WebAuth', ...HELPERS]) {
  const sizes = await bundleImport(name, esmFrom);
  const deps = dependenciesIn(sizes.metafile);
  row(`import { ${name} } (esbuild, esm)`, {
    ...sizes,
    note: [HELPERS.includes(name) && budget(sizes.gzip, BUDGETS.helper), deps.length && `pulls in ${deps.join(', ')}`]
      .filter(Boolean)
      .join('; '),
  });
}

section('Bytes: auth0-js and the floor');
row('auth0-js dist/auth0.min.js (published)', fileSizes(PATHS.auth0Iife));
row('auth0-js import { WebAuth } + changePassword', await bundle(
  "import { WebAuth } from 'auth0-js'; export const change = (o, cb) => new WebAuth(o).changePassword(o, cb);",
));
row('floor: requestReset, fetch only', await bundle(`export { requestReset } from ${JSON.stringify(PATHS.floor)};`));

// ---------------------------------------------------------------------------------------------
// Time per call

const pwflow = fromDist ? await import(pathToFileURL(PATHS.esm).href) : await loadInternals("export * from './src/index.ts';");
const webAuth = new pwflow.WebAuth({ domain: ORIGIN, clientID: 'bench-client', fetch: stubFetch });
const email = 'ada@example.com';
const connection = 'Username-Password-Authentication';
const reset = { password: 'S3cure!pass', token: 'a.b.c' };

// Layers of requestReset, each timed on its own: ky as the transport calls it, and the transport.
let layers = null;
try {
  const internals = await loadInternals("export { send } from './src/transport.ts';");
  const settings = { origin: ORIGIN, timeout: 10_000, retry: 0, maxRetryWait: 60_000, fetch: stubFetch, headers: undefined };
  const call = { method: 'POST', path: '/api/auth/password/reset-request', query: {}, json: { email } };
  layers = { send: () => internals.send(settings, call, (body) => body) };
} catch (error) {
  layers = { reason: `src/transport.ts could not be loaded: ${error.message}` };
}

const tasks = {
  'stub fetch alone (the network, free)': () =>
    stubFetch(`${ORIGIN}/api/auth/password/reset-request`).then((response) => response.json()),
  'requestReset: floor (fetch)': () => floor.requestReset(ORIGIN, { email }, stubFetch),
  'requestReset: floor + Request + clone()': () => {
    // The part of ky's work that no option turns off: a Request, and its clone() kept for retries.
    const request = new Request(`${ORIGIN}/api/auth/password/reset-request`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email }),
    });
    request.clone();
    return stubFetch(request).then((response) => response.json());
  },
  'requestReset: ky.post().json() alone': () =>
    ky.post(`${ORIGIN}/api/auth/password/reset-request`, { json: { email }, fetch: stubFetch, retry: 0, timeout: false }).json(),
  'requestReset: ky as pwflow calls it': () =>
    ky('api/auth/password/reset-request', {
      prefixUrl: ORIGIN, method: 'POST', searchParams: [], json: { email }, fetch: stubFetch,
      signal: new AbortController().signal, redirect: 'error', timeout: false, retry: 0, throwHttpErrors: false,
    }).then((response) => response.text()),
  ...(layers.send && { 'requestReset: pwflow transport send()': layers.send }),
  'requestReset: pwflow': () => webAuth.requestReset({ email }),
  'resetPassword: floor (fetch)': () => floor.resetPassword(ORIGIN, reset, stubFetch),
  'resetPassword: pwflow': () => webAuth.resetPassword(reset),
  'changePassword: floor (fetch)': () => floor.changePassword(ORIGIN, 'bench-client', { connection, email }, stubFetch),
  'changePassword: pwflow': () => webAuth.changePassword({ connection, email }),
};

// auth0-js sends with XMLHttpRequest (superagent); in Node it gets the stub, and so does its floor.
// superagent looks for it on `window` or `self`, so `self` is set too (nothing else here reads it).
let auth0Reason;
try {
  globalThis.XMLHttpRequest = StubXMLHttpRequest;
  globalThis.self ??= globalThis;
  const { WebAuth } = await import('auth0-js');
  const auth0 = new WebAuth({ domain: 'tenant.example.com', clientID: 'bench-client' });
  const promised = (send) => () => new Promise((resolve, reject) => send((error, result) => (error ? reject(error) : resolve(result))));
  const auth0Tasks = {
    'changePassword: auth0-js floor (XHR)': promised((cb) => floor.changePasswordXhr(ORIGIN, 'bench-client', { connection, email }, cb)),
    'changePassword: auth0-js': promised((cb) => auth0.changePassword({ connection, email }, cb)),
  };
  for (const [name, fn] of Object.entries(auth0Tasks)) {
    const result = await fn();
    if (result !== SENTENCE) throw new Error(`${name} answered ${JSON.stringify(result)}`);
  }
  Object.assign(tasks, auth0Tasks);
} catch (error) {
  auth0Reason = `auth0-js could not run over a stub XMLHttpRequest: ${String(error?.message ?? error).slice(0, 200)}`;
}

// Every task must do the real thing once before it is timed: no benchmarking of an error path.
const expected = { requestReset: 60, resetPassword: true, changePassword: SENTENCE };
for (const [name, fn] of Object.entries(tasks)) {
  let result = await fn();
  if (typeof result === 'string' && result.startsWith('{')) result = JSON.parse(result);
  const value = result?.cooldown ?? result?.success ?? result?.message ?? result;
  const want = expected[name.split(':')[0]];
  if (want !== undefined && value !== want) throw new Error(`${name} answered ${JSON.stringify(result)}`);
}

const times = await interleaved(Object.entries(tasks).map(([name, fn]) => ({ name, fn })), { rounds: ROUNDS, time: 120 });
const µs = (name) => times.get(name);
const timed = (name, floorName, note) => {
  if (!times.has(name)) return;
  const ratio = floorName && times.has(floorName) ? µs(name) / µs(floorName) : undefined;
  row(name, { us: µs(name), ratio, note });
};

section('Time per call (stub network)');
const stub = 'stub fetch alone (the network, free)';
timed(stub, undefined, 'Response + JSON: part of every row below');
timed('requestReset: floor (fetch)', 'requestReset: floor (fetch)');
timed('requestReset: floor + Request + clone()', 'requestReset: floor (fetch)', 'what ky does on every call, whatever its options');
timed('requestReset: ky.post().json() alone', 'requestReset: floor (fetch)', 'ky itself: + AbortController, options merge, hooks');
timed('requestReset: ky as pwflow calls it', 'requestReset: floor (fetch)', '+ prefixUrl, searchParams, signal, text()');
if (layers.send) timed('requestReset: pwflow transport send()', 'requestReset: floor (fetch)', '+ AbortController, timer, bounded body read, rate limit');
else row('requestReset: pwflow transport send()', { note: `n/a: ${layers.reason}` });
timed('requestReset: pwflow', 'requestReset: floor (fetch)', '+ zod validation, promise/callback delivery');
timed('resetPassword: floor (fetch)', 'resetPassword: floor (fetch)');
timed('resetPassword: pwflow', 'resetPassword: floor (fetch)', 'also checks the password policy');
timed('changePassword: floor (fetch)', 'changePassword: floor (fetch)');
timed('changePassword: pwflow', 'changePassword: floor (fetch)');
if (auth0Reason) row('changePassword: auth0-js', { note: `n/a: ${auth0Reason}` });
timed('changePassword: auth0-js floor (XHR)', 'changePassword: auth0-js floor (XHR)', 'stub XMLHttpRequest, answers in a microtask');
timed('changePassword: auth0-js', 'changePassword: auth0-js floor (XHR)', 'superagent over the same stub');
{
  // Microseconds each layer adds per call above the floor: robust where ratios of small numbers are not.
  const base = µs('requestReset: floor (fetch)');
  const added = (name) => (times.has(name) ? `+${(µs(name) - base).toFixed(0)} µs` : 'n/a');
  row('requestReset: added per call above the floor', {
    note: `Request+clone ${added('requestReset: floor + Request + clone()')}, ky ${added('requestReset: ky.post().json() alone')}, pwflow ${added('requestReset: pwflow')}`,
  });
}

// ---------------------------------------------------------------------------------------------
// Where the IIFE's bytes go

const total = bytesBy(iife.metafile).reduce((sum, [, bytes]) => sum + bytes, 0);
section("Where the IIFE's bytes go");
for (const [input, bytes] of bytesBy(iife.metafile)) {
  row(`  ${input}`, { raw: bytes, note: `${((100 * bytes) / total).toFixed(1)} %` });
}

// ---------------------------------------------------------------------------------------------
// The table

const columns = [
  ['item', 'What', (r) => r.item],
  ['raw', 'Minified B', (r) => r.raw],
  ['gzip', 'Gzip-9 B', (r) => r.gzip],
  ['brotli', 'Brotli-11 B', (r) => r.brotli],
  ['us', 'µs/call', (r) => r.us?.toFixed(2)],
  ['ratio', '× floor', (r) => (r.ratio === undefined ? undefined : `${r.ratio.toFixed(2)}×`)],
  ['note', 'Budget / note', (r) => r.note],
];
const cells = rows.map((r) => (r.title ? null : columns.map(([, , get]) => String(get(r) ?? ''))));
const widths = columns.map(([, head], i) => Math.max(head.length, ...cells.filter(Boolean).map((c) => c[i].length)));
const line = (values) =>
  `| ${values.map((v, i) => (i === 0 || i === values.length - 1 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join(' | ')} |`;
const rule = `|${widths.map((w, i) => (i === 0 || i === widths.length - 1 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
console.log(line(columns.map(([, head]) => head)));
console.log(rule);
rows.forEach((r, i) => console.log(r.title ? line([`**${r.title}**`, ...columns.slice(1).map(() => '')]) : line(cells[i])));
console.log(`
Bytes: gzip level 9 and brotli quality 11 (node:zlib). Single imports are esbuild bundles (minify, esm,
browser) of ${fromDist ? 'dist/index.js' : 'src/index.ts'}, ky and zod from node_modules. Budgets as in test/size.test.ts.
Time: median µs per call over an instant stub fetch (or stub XMLHttpRequest for auth0-js), tinybench,
all tasks interleaved in ${ROUNDS} rounds; × floor is against the hand-written scripts/bench/floor.js doing
the same request. Target: pwflow ≤ 1.5× its floor. Node's fetch objects (undici Request, Response,
streams, AbortSignal) are JavaScript and far slower than a browser's native ones, so Node overstates
what ky's Request + clone() cost in a page.
The IIFE's bytes: esbuild metafile of src/index.ts built with tsup.config.ts's IIFE settings, by
package and source file (minified bytes before compression).
${fromDist ? 'dist/' : 'src/'} measured in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
