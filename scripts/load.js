// `npm run load`: the Node reference server (dist/mock-server/node.js) under concurrent load on
// loopback. Needs a build first (`npm run build`). Exits non-zero when a check fails.
//
//   1. throughput: LOAD_CLIENTS (50) clients for LOAD_SECONDS (5) s, a mix of every route with a
//      high rate limit; no network error, no 5xx, every answer the one expected; requests/second
//      and p50/p99 latency, overall and per route.
//   2. exactness under concurrency, each burst fired at once:
//      - reset requests for one address: exactly one 200, the rest EMAIL_COOLDOWN_ACTIVE, one email;
//      - resets with one token: exactly one 200, the rest PASSWORD_RESET_TOKEN_INVALID;
//      - per address (X-Forwarded-For) and per client id: exactly `rateLimit` allowed, each
//        X-RateLimit-Remaining from limit-1 down to 0 handed out once, the rest 429 with Retry-After.
//
// Only 127.0.0.1, only the server this script starts.
import { existsSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(root, 'dist', 'mock-server', 'node.js'))) {
  console.error('pwflow load: dist/mock-server/node.js is missing. Run `npm run build` first.');
  process.exit(1);
}
const { startReferenceServer } = await import('../dist/mock-server/node.js');
const { createReferenceServer } = await import('../dist/mock-server/index.js');

// The throughput run keeps the server on a thread of its own, so the clients' work does not eat
// into the figures: this same file, started as a worker, is that server.
if (!isMainThread) {
  const core = createReferenceServer(workerData.options);
  const running = await startReferenceServer({ host: '127.0.0.1', port: 0, server: core });
  parentPort.on('message', async (message) => {
    if (message === 'outbox') {
      const kinds = {};
      for (const mail of core.outbox) kinds[mail.kind] = (kinds[mail.kind] ?? 0) + 1;
      parentPort.postMessage({ outbox: kinds });
    }
    if (message === 'close') {
      await running.close();
      parentPort.close();
    }
  });
  parentPort.postMessage({ url: running.url });
} else {

const CLIENTS = Number(process.env.LOAD_CLIENTS ?? 50);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 5);
const CONNECTION = 'Username-Password-Authentication';
const DEMO = { email: 'demo@example.com', password: 'Demo-Passw0rd!' };

const failures = [];
function check(name, ok, detail = '') {
  console.log(`  ${(ok ? 'ok' : 'FAIL').padEnd(9)} ${name}${detail ? ` — ${detail}` : ''}`);
  if (!ok) failures.push(name);
}

/** One HTTP/1.1 request over a keep-alive agent; resolves with status, headers, parsed body, ms. */
function send(agent, base, { method = 'GET', path, headers = {}, body }) {
  const data = body === undefined ? undefined : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
  return new Promise((resolve) => {
    const started = performance.now();
    const req = httpRequest(
      `${base}${path}`,
      {
        agent,
        method,
        headers: { ...(data ? { 'content-type': 'application/json', 'content-length': data.length } : {}), ...headers },
      },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed = text;
          try {
            parsed = JSON.parse(text);
          } catch {}
          resolve({ status: res.statusCode, headers: res.headers, body: parsed, ms: performance.now() - started });
        });
        res.on('error', (error) => resolve({ status: 0, error, ms: performance.now() - started }));
      },
    );
    req.on('error', (error) => resolve({ status: 0, error, ms: performance.now() - started }));
    req.end(data);
  });
}

const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);
const fmt = (ms) => `${ms.toFixed(2)} ms`;
const codeOf = (answer) => answer.body?.code ?? answer.body?.error ?? '';
const tally = (answers) =>
  answers.reduce((counts, answer) => {
    const key = answer.status ? `${answer.status}${codeOf(answer) ? ` ${codeOf(answer)}` : ''}` : `network error ${answer.error?.code ?? answer.error}`;
    counts[key] = (counts[key] ?? 0) + 1;
    return counts;
  }, {});
const same = (a, b) => JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

/** A fresh Node server around `core`, on 127.0.0.1, port 0; and an agent sized for `sockets`. */
async function serve(core, sockets) {
  const running = await startReferenceServer({ host: '127.0.0.1', port: 0, server: core });
  const agent = new Agent({ keepAlive: true, maxSockets: sockets });
  return {
    base: running.url,
    agent,
    close: async () => {
      agent.destroy();
      await running.close();
    },
  };
}

// ---------------------------------------------------------------------------------------------
// 1. Throughput
// ---------------------------------------------------------------------------------------------
async function throughput() {
  console.log(`\nThroughput: ${CLIENTS} concurrent keep-alive clients for ${SECONDS} s against the server on its own thread, 127.0.0.1, rateLimit 1e9`);
  const users = Array.from({ length: 20 }, (_, i) => ({ email: `user${i}@example.com`, password: `Old-Passw0rd!${i}` }));
  const worker = new Worker(fileURLToPath(import.meta.url), {
    workerData: { options: { users: [DEMO, ...users], rateLimit: 1e9, appUrl: 'http://127.0.0.1:1/reset-password' } },
  });
  const ask = (message) =>
    new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      if (message) worker.postMessage(message);
    });
  const { url: base } = await ask();
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  const close = async () => {
    agent.destroy();
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    worker.postMessage('close');
    await exited;
  };

  // Each kind: the request for client c's i-th turn, and the exact answer it must get.
  const kinds = {
    'GET cooldown': {
      make: (c, i) => ({ path: `/api/auth/password/reset/cooldown?email=idle${c}-${i}%40example.com` }),
      expect: (a) => a.status === 200 && a.body?.remaining === 0,
    },
    'POST reset-request': {
      make: (c, i) => ({ method: 'POST', path: '/api/auth/password/reset-request?locale=de', body: { email: `load${c}-${i}@example.com` } }),
      expect: (a) => a.status === 200 && a.body?.cooldown === 60,
    },
    'POST reset-request (cooldown)': {
      make: (c) => ({ method: 'POST', path: '/api/auth/password/reset-request', body: { email: users[c % users.length].email } }),
      // The first of these per user is a 200; every later one is refused.
      expect: (a) => (a.status === 200 && a.body?.cooldown === 60) || (a.status === 429 && codeOf(a) === 'EMAIL_COOLDOWN_ACTIVE'),
    },
    'POST change_password': {
      make: (c, i) => ({
        method: 'POST',
        path: '/dbconnections/change_password',
        body: { client_id: 'demo-client', email: `change${c}-${i}@example.com`, connection: CONNECTION },
      }),
      expect: (a) => a.status === 200 && a.body === "We've just sent you an email to reset your password.",
    },
    'POST reset (bad token)': {
      make: (c, i) => ({ method: 'POST', path: `/api/auth/password/reset?token=not.a.token${c}x${i}`, body: { newPassword: 'New-Passw0rd!' } }),
      expect: (a) => a.status === 401 && codeOf(a) === 'PASSWORD_RESET_TOKEN_INVALID',
    },
    'POST reset (bad body)': {
      make: () => ({ method: 'POST', path: '/api/auth/password/reset-request', body: '{"email":' }),
      expect: (a) => a.status === 400 && codeOf(a) === 'INVALID_REQUEST',
    },
    'GET unknown path': {
      make: (c) => ({ path: `/api/nowhere/${c}` }),
      expect: (a) => a.status === 404,
    },
  };
  const names = Object.keys(kinds);
  const latencies = Object.fromEntries(names.map((name) => [name, []]));
  const unexpected = [];
  let errors = 0;
  let serverErrors = 0;
  let total = 0;

  const deadline = performance.now() + SECONDS * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, c) => {
      for (let i = 0; performance.now() < deadline; i++) {
        const name = names[(c + i) % names.length];
        const request = kinds[name].make(c, i);
        request.headers = { 'x-forwarded-for': `10.1.${c}.1` };
        const answer = await send(agent, base, request);
        total++;
        latencies[name].push(answer.ms);
        if (answer.status === 0) errors++;
        else if (answer.status >= 500) serverErrors++;
        if (!kinds[name].expect(answer) && unexpected.length < 5) unexpected.push(`${name}: ${answer.status} ${JSON.stringify(answer.body ?? answer.error?.message).slice(0, 120)}`);
        else if (!kinds[name].expect(answer)) unexpected.push(null);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const { outbox } = await ask('outbox');
  await close();

  const all = names.flatMap((name) => latencies[name]).sort((a, b) => a - b);
  const rps = total / elapsed;
  console.log(`  ${total} requests in ${elapsed.toFixed(2)} s: ${Math.round(rps)} requests/s, p50 ${fmt(percentile(all, 50))}, p99 ${fmt(percentile(all, 99))}, max ${fmt(all.at(-1))}`);
  console.log(`  ${'route'.padEnd(32)} ${'requests'.padStart(8)} ${'p50'.padStart(10)} ${'p99'.padStart(10)}`);
  for (const name of names) {
    const sorted = latencies[name].sort((a, b) => a - b);
    console.log(`  ${name.padEnd(32)} ${String(sorted.length).padStart(8)} ${fmt(percentile(sorted, 50)).padStart(10)} ${fmt(percentile(sorted, 99)).padStart(10)}`);
  }
  check('throughput: no network error', errors === 0, `${errors} of ${total}`);
  check('throughput: no 5xx', serverErrors === 0, `${serverErrors} of ${total}`);
  check('throughput: every answer the expected one', unexpected.length === 0, `${unexpected.length} unexpected${unexpected[0] ? `, e.g. ${unexpected[0]}` : ''}`);
  check('throughput: one "no account" notice per new address', (outbox['no-account'] ?? 0) === latencies['POST reset-request'].length,
    `${outbox['no-account']} notices for ${latencies['POST reset-request'].length} addresses`);
  check('throughput: one reset email per user during its cooldown', (outbox.reset ?? 0) === users.length, `${outbox.reset} emails to ${users.length} users`);
  return { total, elapsed, rps, p50: percentile(all, 50), p99: percentile(all, 99) };
}

// ---------------------------------------------------------------------------------------------
// 2. Exactness under concurrency
// ---------------------------------------------------------------------------------------------
/** Fires `count` requests at once (every socket opened before the first answer is awaited). */
function burst(agent, base, count, make) {
  return Promise.all(Array.from({ length: count }, (_, i) => send(agent, base, make(i))));
}

async function cooldowns() {
  console.log('\nCooldown: 200 concurrent reset requests for one address (each from its own X-Forwarded-For)');
  for (const [label, email] of [['address without an account', 'nobody@example.com'], ['address with an account', DEMO.email]]) {
    const core = createReferenceServer({ rateLimit: 30, appUrl: 'http://127.0.0.1:1/reset-password' });
    const { base, agent, close } = await serve(core, 200);
    const answers = await burst(agent, base, 200, (i) => ({
      method: 'POST',
      path: '/api/auth/password/reset-request',
      headers: { 'x-forwarded-for': `198.51.100.${i % 250}, 10.0.0.${i}` },
      body: { email },
    }));
    const after = await send(agent, base, { path: `/api/auth/password/reset/cooldown?email=${encodeURIComponent(email)}` });
    await close();
    const counts = tally(answers);
    check(`cooldown: one email per burst, ${label}`, same(counts, { 200: 1, '429 EMAIL_COOLDOWN_ACTIVE': 199 }) && core.outbox.length === 1,
      `${JSON.stringify(counts)}, ${core.outbox.length} email(s)`);
    check(`cooldown: refusals carry Retry-After, ${label}`,
      answers.filter((a) => a.status === 429).every((a) => Number(a.headers['retry-after']) >= 1 && Number(a.headers['retry-after']) <= 60));
    check(`cooldown: then ~60 s remaining, ${label}`, after.status === 200 && after.body.remaining >= 59 && after.body.remaining <= 60, JSON.stringify(after.body));
  }
}

async function singleUse() {
  console.log('\nSingle use: 100 concurrent resets with one token');
  const core = createReferenceServer({ rateLimit: 30, appUrl: 'http://127.0.0.1:1/reset-password' });
  const { base, agent, close } = await serve(core, 100);
  await send(agent, base, { method: 'POST', path: '/api/auth/password/reset-request', body: { email: DEMO.email } });
  const token = core.outbox.at(-1).token;
  const answers = await burst(agent, base, 100, (i) => ({
    method: 'POST',
    path: `/api/auth/password/reset?token=${token}`,
    headers: { 'x-forwarded-for': `203.0.113.${i}` },
    body: { newPassword: `New-Passw0rd!${i}` },
  }));
  await close();
  const counts = tally(answers);
  const winner = answers.findIndex((a) => a.status === 200);
  check('single use: exactly one reset succeeds', same(counts, { 200: 1, '401 PASSWORD_RESET_TOKEN_INVALID': 99 }), JSON.stringify(counts));
  check('single use: the winner\'s password is the one set', winner >= 0 && core.checkPassword(DEMO.email, `New-Passw0rd!${winner}`) && !core.checkPassword(DEMO.email, DEMO.password));
  check('single use: one "password changed" notice', core.outbox.filter((m) => m.kind === 'password-changed').length === 1);
}

/** `groups` groups of `perGroup` requests, interleaved and fired at once; each group has its own bucket. */
async function rateLimits(label, groups, perGroup, make) {
  const LIMIT = 30;
  const core = createReferenceServer({ rateLimit: LIMIT, clients: Array.from({ length: groups }, (_, g) => `client-${g}`) });
  const { base, agent, close } = await serve(core, groups * perGroup);
  const started = performance.now();
  const answers = await burst(agent, base, groups * perGroup, (i) => make(i % groups, Math.floor(i / groups)));
  const ms = performance.now() - started;
  await close();
  // One token comes back every 60/LIMIT s: a burst longer than that could see one refill.
  const refill = (60 / LIMIT) * 1000;
  const problems = [];
  for (let g = 0; g < groups; g++) {
    const mine = answers.filter((_, i) => i % groups === g);
    const allowed = mine.filter((a) => a.status === 200);
    const refused = mine.filter((a) => a.status === 429);
    const remaining = allowed.map((a) => Number(a.headers['x-ratelimit-remaining'])).sort((a, b) => a - b);
    const expected = Array.from({ length: LIMIT }, (_, i) => i);
    if (allowed.length !== LIMIT || refused.length !== perGroup - LIMIT) problems.push(`group ${g}: ${JSON.stringify(tally(mine))}`);
    else if (JSON.stringify(remaining) !== JSON.stringify(expected)) problems.push(`group ${g}: remaining ${remaining.join(',')}`);
    else if (!refused.every((a) => a.headers['x-ratelimit-remaining'] === '0' && Number(a.headers['retry-after']) >= 1 && a.headers['x-ratelimit-limit'] === String(LIMIT))) {
      problems.push(`group ${g}: a 429 without remaining 0 / Retry-After`);
    }
  }
  const inconclusive = ms >= refill;
  check(`rate limit: ${label}`, problems.length === 0 || inconclusive,
    `${groups} × ${perGroup} requests in ${ms.toFixed(0)} ms${inconclusive ? ` (longer than one refill, ${refill} ms: not exact by design)` : ''}${problems.length ? `; ${problems.slice(0, 3).join('; ')}` : ''}`);
}

async function limits() {
  console.log('\nRate limit (30/min): bursts of 50 per bucket, buckets interleaved, all fired at once');
  await rateLimits('per address (X-Forwarded-For), API B', 10, 50, (g, i) => ({
    path: `/api/auth/password/reset/cooldown?email=a${g}-${i}%40example.com`,
    headers: { 'x-forwarded-for': `192.0.2.${g}, 10.9.9.9` },
  }));
  await rateLimits('per client id, API A', 10, 50, (g, i) => ({
    method: 'POST',
    path: '/dbconnections/change_password',
    headers: { 'x-forwarded-for': `192.0.2.${i}` },
    body: { client_id: `client-${g}`, email: `x${i}@example.com`, connection: CONNECTION },
  }));
}

const figures = await throughput();
await cooldowns();
await singleUse();
await limits();

console.log(`\nSummary: ${Math.round(figures.rps)} requests/s, p50 ${fmt(figures.p50)}, p99 ${fmt(figures.p99)} (${CLIENTS} clients, ${SECONDS} s, Node ${process.version}, loopback)`);
if (failures.length) {
  console.error(`FAILED: ${failures.length} check(s): ${failures.join('; ')}`);
  process.exit(1);
}
console.log('All checks passed.');
}
