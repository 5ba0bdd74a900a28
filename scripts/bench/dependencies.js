// `node scripts/bench/dependencies.js`: the behaviours of ky and zod that decide how pwflow uses
// them (docs/ARCHITECTURE.md, "Why ky and zod are used this way"), checked against the installed
// versions, so that an upgrade shows at once whether a reason still holds. Prints one line a fact
// and exits 1 when one no longer holds. Real ky and zod from node_modules, a real HTTP server on
// loopback, Debian's Chromium for the CSP report (skipped without it); nothing of pwflow's.
import { createServer } from 'node:http';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import ky from 'ky';
import { CHROMIUM, launchChromium } from '../chromium.js';
import { ROOT, bundle } from './measure.js';

const version = (name) => JSON.parse(readFileSync(`${ROOT}node_modules/${name}/package.json`, 'utf8')).version;
const facts = [];
const fact = (holds, text) => facts.push({ holds, text });

// A server with two answers: a JSON body whose end comes 2.5 s after the headers, and a 429 that
// asks for 30 s.
let requests = 0;
const server = createServer((request, response) => {
  requests++;
  if (request.url === '/slow-body') {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.write('{"a":');
    setTimeout(() => response.end('1}'), 2500);
  } else {
    response.writeHead(429, { 'retry-after': '30', 'content-type': 'application/json' }).end('{}');
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

// 1. ky's `timeout` covers the wait for the headers, not the body (utils/timeout.js clears its
//    timer once fetch() resolves).
{
  const start = performance.now();
  let outcome;
  try {
    outcome = `resolved ${JSON.stringify(await ky(`${origin}/slow-body`, { timeout: 1000, retry: 0 }).json())}`;
  } catch (error) {
    outcome = `threw ${error.name}`;
  }
  const ms = Math.round(performance.now() - start);
  fact(outcome.startsWith('resolved') && ms >= 2000, `ky timeout: 1,000 ms, body ends 2,500 ms after the headers: ${outcome} after ${ms} ms`);
}

// 2. `maxRetryAfter` shortens a longer Retry-After to itself and retries (core/Ky.js), where its
//    documentation (types/retry.d.ts) says the request is cancelled.
{
  requests = 0;
  const start = performance.now();
  const retry = { limit: 1, methods: ['post'], statusCodes: [429], afterStatusCodes: [429], maxRetryAfter: 500 };
  await ky.post(`${origin}/busy`, { retry }).catch(() => {});
  const ms = Math.round(performance.now() - start);
  fact(requests === 2, `ky maxRetryAfter: 500 ms, 429 with Retry-After: 30: ${requests} requests, over after ${ms} ms`);
}
server.close();

// 3. An afterResponse hook gets a clone of every response (core/Ky.js): counted on Response.prototype.clone.
{
  let clones = 0;
  const clone = Response.prototype.clone;
  Response.prototype.clone = function counted() {
    clones++;
    return clone.call(this);
  };
  const answer = async () => new Response('{}', { headers: { 'content-type': 'application/json' } });
  await ky('https://example.invalid/', { fetch: answer, retry: 0, hooks: { afterResponse: [() => {}] } }).json();
  Response.prototype.clone = clone;
  fact(clones >= 1, `ky afterResponse hook: ${clones} Response.clone() for one call`);
}

// 4. zod's `object` (the `zod` entry: $ZodObjectJIT) probes `new Function` and compiles its parser
//    with it unless zod is jitless; zod/mini's `object` ($ZodObject) does not. Counted on a Proxy
//    of Function, each in a Node process of its own (zod caches the probe's answer).
{
  const count = (entry, jitless) => {
    const code = `let calls = 0;
      globalThis.Function = new Proxy(Function, { construct: (target, args) => (calls++, Reflect.construct(target, args)) });
      const z = await import('${entry}');
      z.config({ jitless: ${jitless} });
      z.object({ email: z.string() }).safeParse({ email: 'ada@example.com' });
      console.log(calls);`;
    return Number(execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' }));
  };
  const classic = count('zod', false);
  const jitless = count('zod', true);
  const mini = count('zod/mini', false);
  fact(classic > 0 && jitless === 0 && mini === 0, `zod object(): new Function called ${classic}× (jitless: ${jitless}×); zod/mini object(): ${mini}×`);
}

// 5. Under a strict CSP (script-src 'self'), that probe is a `securitypolicyviolation` report in
//    Chromium, though zod catches the error: each entry's bundle runs from a page script.
if (existsSync(CHROMIUM)) {
  const parse = "window.parsed = window.schema().safeParse({ email: 'ada@example.com' }).success;";
  const entries = {
    zod: "import { object, string } from 'zod'; window.schema = () => object({ email: string() });",
    'zod, jitless': "import { config, object, string } from 'zod'; config({ jitless: true }); window.schema = () => object({ email: string() });",
    'zod/mini': "import { object, string } from 'zod/mini'; window.schema = () => object({ email: string() });",
  };
  const scripts = { '/listen.js': "window.reports = []; document.addEventListener('securitypolicyviolation', (e) => reports.push(e.violatedDirective));" };
  for (const [name, code] of Object.entries(entries)) {
    scripts[`/${encodeURIComponent(name)}.js`] = new TextDecoder().decode((await bundle(`${code} ${parse}`, { format: 'iife' })).code);
  }
  const page = createServer((request, response) => {
    if (scripts[request.url]) return response.writeHead(200, { 'content-type': 'text/javascript' }).end(scripts[request.url]);
    response
      .writeHead(200, { 'content-type': 'text/html', 'content-security-policy': "script-src 'self'" })
      .end(`<!doctype html><script src="/listen.js"></script><script src="${request.url}.js"></script>`);
  });
  await new Promise((resolve) => page.listen(0, '127.0.0.1', resolve));
  const browser = await launchChromium();
  const reports = {};
  try {
    for (const name of Object.keys(entries)) {
      const tab = await browser.newPage();
      await tab.goto(`http://127.0.0.1:${page.address().port}/${encodeURIComponent(name)}`);
      await tab.waitForFunction(() => window.parsed === true);
      await tab.waitForTimeout(200); // the report is an event of its own
      reports[name] = (await tab.evaluate(() => window.reports)).length;
      await tab.close();
    }
  } finally {
    await browser.close();
    page.close();
  }
  fact(
    reports.zod > 0 && reports['zod, jitless'] === 0 && reports['zod/mini'] === 0,
    `zod under script-src 'self' in Chromium: CSP violation reports ${Object.entries(reports).map(([name, count]) => `${name} ${count}`).join(', ')}`,
  );
} else {
  console.log(`(no Chromium at ${CHROMIUM}: the CSP report is not checked)`);
}

// 6. zod's object parser in bytes: one custom check and safeParse, with and without $ZodObject
//    (the class zod/mini's object wraps), bundled as an app would (esbuild, minified, gzip 9).
{
  const check = "const c = new $ZodCustom({ type: 'custom', check: 'custom', fn: (x) => typeof x === 'string' });";
  const alone = await bundle(`import { $ZodCustom, safeParse } from 'zod/v4/core'; ${check} export const v = (o) => safeParse(c, o.email);`);
  const withObject = await bundle(
    `import { $ZodCustom, $ZodObject, safeParse } from 'zod/v4/core'; ${check} ` +
      "const s = new $ZodObject({ type: 'object', shape: { email: c } }); export const v = (o) => safeParse(s, o);",
  );
  const cost = withObject.gzip - alone.gzip;
  fact(cost > 900, `zod $ZodObject: +${cost} B gzip (${alone.gzip} B → ${withObject.gzip} B for one field)`);
}

console.log(`ky ${version('ky')}, zod ${version('zod')}, Node ${process.versions.node}`);
for (const { holds, text } of facts) console.log(`${holds ? 'holds  ' : 'CHANGED'} ${text}`);
if (facts.some(({ holds }) => !holds)) {
  console.log('A reason in docs/ARCHITECTURE.md no longer holds: read it again before keeping the code as it is.');
  process.exitCode = 1;
}
