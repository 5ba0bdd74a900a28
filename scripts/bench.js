// `npm run bench`: pwflow's size and speed in one table, beside auth0-js and beside a hand-written
// fetch-only floor (scripts/bench/floor.js). Sizes come from scripts/bench/measure.js, the same
// module test/size.test.ts checks the budgets with. Times are per call over an instant stub
// network (scripts/bench/stubs.js), so they are the client's own overhead and nothing else: in
// Node, then in Chromium (scripts/bench/browser.js: the same tasks, loop, floor and stub, in a page);
// then end to end in Chromium, over loopback HTTP to the Node reference server (mock-server/node).
// Last, the speed targets (TARGETS below) with their three ratios; the exit code is 1 when one of
// them is over its target or could not be measured.
import { pathToFileURL } from 'node:url';
import ky from 'ky';
import * as floor from './bench/floor.js';
import {
  BUDGETS,
  HELPERS,
  PATHS,
  ROOT,
  built,
  bundle,
  bundleIife,
  bundleImport,
  bytesBy,
  dependenciesIn,
  fileSizes,
} from './bench/measure.js';
import { timeInChromium } from './bench/browser.js';
import { CHUNKED_ORIGIN, ORIGIN, SENTENCE, StubXMLHttpRequest, stubFetch } from './bench/stubs.js';
import { CONNECTION, EMAIL, check, fetchTasks } from './bench/tasks.js';
import { interleaved, loadInternals } from './bench/timing.js';

const started = performance.now();
const ROUNDS = 9;
const HTTP_ROUNDS = 31;
/** The speed targets, in the words of issue 11. */
const TARGET =
  "pwflow's own layers add at most 1.5× to a plain ky.post().json() in Node and stay below it in " +
  'Chromium, and end to end over loopback HTTP against the Node reference server pwflow is within ' +
  '1.10× of the hand-written fetch in Chromium.';
/**
 * The same targets as figures: each a ratio of two tasks' medians, measured side by side in one
 * interleaved run: `task` over `base`, in `where`, at most (or, `below`, under) `limit`.
 */
const TARGETS = [
  { where: 'Node', task: 'requestReset: pwflow', base: 'requestReset: ky.post().json() alone', limit: 1.5, below: false },
  { where: 'Chromium', task: 'requestReset: pwflow', base: 'requestReset: ky.post().json() alone', limit: 1, below: true },
  {
    where: 'Chromium, loopback HTTP',
    task: 'getResetCooldown over HTTP: pwflow',
    base: 'getResetCooldown over HTTP: floor (fetch)',
    limit: 1.1,
    below: false,
  },
];
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

if (fromDist) {
  const ui = fileSizes(PATHS.ui);
  row('dist/pwflow-ui.min.js (the screens, English)', { ...ui, note: budget(ui.gzip, BUDGETS.ui) });
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
const tasks = fetchTasks({ pwflow, ky, floor, fetch: stubFetch, origin: ORIGIN, chunkedOrigin: CHUNKED_ORIGIN });

// auth0-js sends with XMLHttpRequest (superagent); in Node it gets the stub, and so does its floor.
// superagent looks for it on `window` or `self`, so `self` is set too (nothing else here reads it).
let auth0Reason;
try {
  globalThis.XMLHttpRequest = StubXMLHttpRequest;
  globalThis.self ??= globalThis;
  const { WebAuth } = await import('auth0-js');
  const auth0 = new WebAuth({ domain: 'tenant.example.com', clientID: 'bench-client' });
  const promised = (send) => () => new Promise((resolve, reject) => send((error, result) => (error ? reject(error) : resolve(result))));
  const connection = CONNECTION;
  const email = EMAIL;
  const auth0Tasks = {
    'changePassword: auth0-js floor (XHR)': promised((cb) => floor.changePasswordXhr(ORIGIN, 'bench-client', { connection, email }, cb)),
    'changePassword: auth0-js': promised((cb) => auth0.changePassword({ connection, email }, cb)),
  };
  await check(auth0Tasks, SENTENCE);
  Object.assign(tasks, auth0Tasks);
} catch (error) {
  auth0Reason = `auth0-js could not run over a stub XMLHttpRequest: ${String(error?.message ?? error).slice(0, 200)}`;
}

// pwflow calls the runtime's own fetch, as in an app (a `fetch` option is read as untrusted: see
// src/transport.ts, readBody): here that is the stub network, for the Node run only.
const realFetch = globalThis.fetch;
globalThis.fetch = stubFetch;
await check(tasks, SENTENCE);
// Timed in CPU time of the process (user + system, µs from getrusage): no task here waits for
// anything but microtasks, so that is its whole cost, and a machine busy with other work does not
// stretch it (wall time did, by 10× on a loaded 2-core machine).
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const times = await interleaved(Object.entries(tasks).map(([name, fn]) => ({ name, fn })), { rounds: ROUNDS, time: 120, clock: cpuMs });
globalThis.fetch = realFetch;

// The same tasks (those a page can run: fetch only) in Chromium, after the Node run, never beside it;
// then, in the same page, the end-to-end tasks over loopback HTTP to the Node reference server. A
// call there takes ~100 times a stub call, so one call is a batch and there are more rounds.
const BROWSER_TASKS = [
  'stub fetch alone (the network, free)',
  'requestReset: floor (fetch)',
  'requestReset: floor + Request + clone()',
  'requestReset: ky.post().json() alone',
  'requestReset: ky as pwflow calls it',
  'requestReset: ky as pwflow calls it + afterResponse hook',
  'requestReset: pwflow',
  'requestReset: pwflow, answer without Content-Length',
  'getResetCooldown: floor (fetch)',
  'getResetCooldown: pwflow',
  'resetPassword: floor (fetch)',
  'resetPassword: pwflow',
];
const HTTP_TASKS = ['getResetCooldown over HTTP: floor (fetch)', 'getResetCooldown over HTTP: pwflow'];
let reference;
if (fromDist) {
  // The reference server as `npm start` runs it, with a rate limit that no run of the bench reaches.
  const { startReferenceServer } = await import(pathToFileURL(`${ROOT}dist/mock-server/node.js`).href);
  const { createReferenceServer } = await import(pathToFileURL(`${ROOT}dist/mock-server/index.js`).href);
  reference = await startReferenceServer({ port: 0, server: createReferenceServer({ rateLimit: 1e9 }) });
}
const chromium = await timeInChromium(
  [
    { names: BROWSER_TASKS, rounds: ROUNDS, time: 100 },
    ...(reference ? [{ names: HTTP_TASKS, rounds: HTTP_ROUNDS, time: 300, warmup: 300 }] : []),
  ],
  { http: reference?.url },
).finally(() => reference?.close());
const [chromiumTimes, httpTimes] = chromium.runs ?? [];

/** Rows of `table` (a Map of µs per call); each name is a task's, `label` renames it in the table. */
const timedRows = (table, label = (name) => name) => {
  const timed = (name, floorName, note) => {
    if (!table.has(name)) return;
    const ratio = floorName && table.has(floorName) ? table.get(name) / table.get(floorName) : undefined;
    row(label(name), { us: table.get(name), ratio, note });
  };
  const added = (name, base = 'requestReset: floor (fetch)') =>
    // Microseconds a layer adds per call: robust where ratios of small numbers are not.
    table.has(name) && table.has(base) ? `+${(table.get(name) - table.get(base)).toFixed(0)} µs` : 'n/a';
  // Where the time of a call goes, above the floor: ky's part, then pwflow's own layers on top of ky.
  const split = () =>
    `ky as pwflow calls it ${added('requestReset: ky as pwflow calls it')}, then pwflow's own layers ` +
    `${added('requestReset: pwflow', 'requestReset: ky as pwflow calls it')}`;
  return { timed, split };
};

section('Time per call in Node (stub network)');
{
  const { timed, split } = timedRows(times);
  timed('stub fetch alone (the network, free)', undefined, 'Response + JSON: part of every row below');
  timed('requestReset: floor (fetch)', 'requestReset: floor (fetch)');
  timed('requestReset: floor + Request + clone()', 'requestReset: floor (fetch)', 'what ky does on every call, whatever its options');
  timed('requestReset: ky.post().json() alone', 'requestReset: floor (fetch)', 'ky itself: + AbortController, options merge, hooks');
  timed('requestReset: ky as pwflow calls it', 'requestReset: floor (fetch)', 'sent from a beforeRequest hook: no clone');
  timed('requestReset: ky as pwflow calls it + afterResponse hook', 'requestReset: floor (fetch)', 'ky clones the response for the hook');
  timed('requestReset: pwflow', 'requestReset: floor (fetch)', '+ validation, timeout, bounded body read, rate limit, delivery');
  timed('requestReset: pwflow, answer without Content-Length', 'requestReset: floor (fetch)', 'read through a clone');
  timed('getResetCooldown: floor (fetch)', 'getResetCooldown: floor (fetch)', 'a GET: no body');
  timed('getResetCooldown: pwflow', 'getResetCooldown: floor (fetch)', 'the call of the end-to-end rows');
  timed('resetPassword: floor (fetch)', 'resetPassword: floor (fetch)');
  timed('resetPassword: pwflow', 'resetPassword: floor (fetch)', 'also checks the password policy');
  timed('changePassword: floor (fetch)', 'changePassword: floor (fetch)');
  timed('changePassword: pwflow', 'changePassword: floor (fetch)');
  if (auth0Reason) row('changePassword: auth0-js', { note: `n/a: ${auth0Reason}` });
  timed('changePassword: auth0-js floor (XHR)', 'changePassword: auth0-js floor (XHR)', 'stub XMLHttpRequest, answers in a microtask');
  timed('changePassword: auth0-js', 'changePassword: auth0-js floor (XHR)', 'superagent over the same stub');
  row('requestReset: where the time above the floor goes', { note: split() });
}

section('Time per call in Chromium (stub network)');
if (chromium.reason) {
  row('requestReset in Chromium', { note: `n/a (${chromium.reason})` });
  row('resetPassword in Chromium', { note: `n/a (${chromium.reason})` });
} else {
  const { timed, split } = timedRows(chromiumTimes, (name) => name.replace(/^(\w+):/, '$1 in Chromium:').replace(' (the network, free)', ' in Chromium'));
  timed('stub fetch alone (the network, free)', undefined, 'Response + json(): part of every row below');
  timed('requestReset: floor (fetch)', 'requestReset: floor (fetch)');
  timed('requestReset: floor + Request + clone()', 'requestReset: floor (fetch)', 'ky clones every Request: the body becomes a blob');
  timed('requestReset: ky.post().json() alone', 'requestReset: floor (fetch)', 'ky itself');
  timed('requestReset: ky as pwflow calls it', 'requestReset: floor (fetch)', 'sent from a beforeRequest hook: no clone');
  timed('requestReset: ky as pwflow calls it + afterResponse hook', 'requestReset: floor (fetch)', 'ky clones the response for the hook');
  timed('requestReset: pwflow', 'requestReset: floor (fetch)', 'dist/pwflow.browser.js');
  timed('requestReset: pwflow, answer without Content-Length', 'requestReset: floor (fetch)', 'read through a clone (a tee): no ERR_ABORTED');
  timed('getResetCooldown: floor (fetch)', 'getResetCooldown: floor (fetch)', 'a GET: no body');
  timed('getResetCooldown: pwflow', 'getResetCooldown: floor (fetch)', 'the call of the end-to-end rows');
  timed('resetPassword: floor (fetch)', 'resetPassword: floor (fetch)');
  timed('resetPassword: pwflow', 'resetPassword: floor (fetch)', 'dist/pwflow.browser.js');
  row('requestReset in Chromium: where the time above the floor goes', { note: split() });
}

section('Time per call in Chromium, end to end (loopback HTTP to the Node reference server)');
if (chromium.reason || !httpTimes) {
  row('getResetCooldown over HTTP', { note: `n/a (${chromium.reason ?? 'dist/ is not built (npm run build)'})` });
} else {
  const { timed } = timedRows(httpTimes);
  const floorName = 'getResetCooldown over HTTP: floor (fetch)';
  timed(floorName, floorName, "the page's fetch, GET with the email in the query, json()");
  timed('getResetCooldown over HTTP: pwflow', floorName, 'dist/pwflow.browser.js, the same request');
}

// ---------------------------------------------------------------------------------------------
// The targets

const timesIn = { Node: times, Chromium: chromiumTimes, 'Chromium, loopback HTTP': httpTimes };
const quartile = (sorted, q) => sorted[Math.round(q * (sorted.length - 1))];
const verdicts = TARGETS.map(({ where, task, base, limit, below }) => {
  const table = timesIn[where];
  const ratio = table?.has(task) && table.has(base) ? table.get(task) / table.get(base) : undefined;
  const met = ratio !== undefined && (below ? ratio < limit : ratio <= limit);
  // The spread: the same ratio in each round (both tasks' medians of that round): its median and middle half.
  const perRound = ratio === undefined ? [] : table.rounds.get(task).map((us, i) => us / table.rounds.get(base)[i]).sort((a, b) => a - b);
  const spread = perRound.length ? `rounds ${quartile(perRound, 0.5).toFixed(2)}×, middle half ${quartile(perRound, 0.25).toFixed(2)}–${quartile(perRound, 0.75).toFixed(2)}×` : '';
  return { where, task, base, ratio, met, spread, limit: `${below ? '<' : '≤'} ${limit.toFixed(2)}×` };
});

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
Time: median µs per call over an instant stub fetch, which builds the Request as every fetch() does and
answers at once (or a stub XMLHttpRequest for auth0-js, answering in a microtask): calls timed in
batches (scripts/bench/loop.js; in Node in CPU time of the process, process.cpuUsage(), which other
work on the machine does not stretch; in Chromium with performance.now()), all tasks interleaved in ${ROUNDS} rounds, the
median over rounds of each round's median; × floor is against the hand-written scripts/bench/floor.js
doing the same request. The Chromium rows run the same tasks
(scripts/bench/tasks.js) and the same loop in a page (scripts/bench/browser.js), with
dist/pwflow.browser.js, ky from node_modules, and the same floor and stub fetch${chromium.reason ? '' : `:
${chromium.version.match(/HeadlessChrome\/[\d.]+/)?.[0] ?? 'Chromium'}, ${chromium.isolated ? 'cross-origin isolated' : 'NOT cross-origin isolated (100 µs clock)'}`}.
Node's undici Request, Response and AbortSignal are JavaScript; Chromium's are native, but there
clone() of a Request with a body (which ky does on every call, to keep for retries) turns the body
into a blob, a round trip to the browser process: the costliest step of a call in a page.
End to end: the same page calls the Node reference server (dist/mock-server/node.js, as \`npm start\`
runs it) on another loopback port, with the page's own fetch: getResetCooldown, a CORS GET without a
preflight, which sends no email and starts no cooldown; one call a batch, ${HTTP_ROUNDS} rounds. Its figure
is mostly the network, the server and the scheduler, so the ratio is what a user can feel of pwflow.
The IIFE's bytes: esbuild metafile of src/index.ts built with tsup.config.ts's IIFE settings, by
package and source file (minified bytes before compression).
${fromDist ? 'dist/' : 'src/'} measured in ${((performance.now() - started) / 1000).toFixed(1)} s.`);

// The targets, last, where a reader looks first.
const pad = Math.max(...verdicts.map(({ where }) => where.length));
console.log(`\nTarget: ${TARGET}`);
for (const { where, task, base, ratio, met, spread, limit } of verdicts) {
  const figure = ratio === undefined ? 'not measured' : `${ratio.toFixed(2)}× (${spread})`;
  console.log(`  ${where.padEnd(pad)}  ${task} ÷ ${base}: ${figure}, target ${limit}: ${met ? 'ok' : ratio === undefined ? 'NOT CHECKED' : 'MISSED'}`);
}
console.log('  (each ratio: median over all rounds ÷ median over all rounds; in brackets, the ratio round by round: its median and middle half)');
const missed = verdicts.filter(({ met }) => !met).length;
console.log(missed ? `${missed} of ${verdicts.length} speed targets missed or not checked.` : `All ${verdicts.length} speed targets met.`);
if (missed) process.exitCode = 1;
