// The timed calls, defined once for both runs: Node (scripts/bench.js) and Chromium (the page
// scripts/bench/browser.js opens loads this file). No imports: each run passes in its own pwflow
// (dist/index.js in Node, dist/pwflow.browser.js in the page), ky, floor and stub fetch.

export const EMAIL = 'ada@example.com';
export const CONNECTION = 'Username-Password-Authentication';
export const RESET = { password: 'S3cure!pass', token: 'a.b.c' };

/**
 * `{ name: fn }` for every fetch-based call, each `fn` one call. `origin` and `fetch` are the stub
 * network's (scripts/bench/stubs.js); `floor` is scripts/bench/floor.js.
 */
export function fetchTasks({ pwflow, ky, floor, fetch, origin, chunkedOrigin }) {
  // pwflow without a `fetch` option: it calls the runtime's fetch, which the runner has made `fetch`.
  const webAuth = new pwflow.WebAuth({ domain: origin, clientID: 'bench-client' });
  const chunked = new pwflow.WebAuth({ domain: chunkedOrigin });
  const email = EMAIL;
  const connection = CONNECTION;
  return {
    'stub fetch alone (the network, free)': () =>
      fetch(`${origin}/api/auth/password/reset-request`).then((response) => response.json()),
    'requestReset: floor (fetch)': () => floor.requestReset(origin, { email }, fetch),
    'requestReset: floor + Request + clone()': () => {
      // The part of ky's work that no option turns off: a Request, and its clone() kept for retries.
      const request = new Request(`${origin}/api/auth/password/reset-request`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email }),
      });
      request.clone();
      return fetch(request).then((response) => response.json());
    },
    'requestReset: ky.post().json() alone': () =>
      ky.post(`${origin}/api/auth/password/reset-request`, { json: { email }, fetch, retry: 0, timeout: false }).json(),
    // As src/transport.ts calls it: sent from a beforeRequest hook, so ky never clones the request.
    'requestReset: ky as pwflow calls it': () => {
      let answer;
      return ky(`${origin}/api/auth/password/reset-request`, {
        method: 'POST', json: { email },
        hooks: { beforeRequest: [async (request) => (answer = await fetch(request))] }, fetch: async () => answer,
        signal: new AbortController().signal, redirect: 'error', timeout: false, retry: 0, throwHttpErrors: false,
      }).then((response) => response.text());
    },
    // ky as pwflow calls it, plus the one thing pwflow does not use: an afterResponse hook, for
    // which ky clones the response (core/Ky.js, the loop over hooks.afterResponse).
    'requestReset: ky as pwflow calls it + afterResponse hook': () => {
      let answer;
      return ky(`${origin}/api/auth/password/reset-request`, {
        method: 'POST', json: { email },
        hooks: { beforeRequest: [async (request) => (answer = await fetch(request))], afterResponse: [() => {}] },
        fetch: async () => answer,
        signal: new AbortController().signal, redirect: 'error', timeout: false, retry: 0, throwHttpErrors: false,
      }).then((response) => response.text());
    },
    'requestReset: pwflow': () => webAuth.requestReset({ email }),
    // The same answer without Content-Length: pwflow reads it through a clone, to keep Chromium from
    // reporting the finished request as aborted (src/transport.ts, readBody).
    'requestReset: pwflow, answer without Content-Length': () => chunked.requestReset({ email }),
    'getResetCooldown: floor (fetch)': () => floor.getResetCooldown(origin, { email }, fetch),
    'getResetCooldown: pwflow': () => webAuth.getResetCooldown({ email }),
    'resetPassword: floor (fetch)': () => floor.resetPassword(origin, RESET, fetch),
    'resetPassword: pwflow': () => webAuth.resetPassword(RESET),
    'changePassword: floor (fetch)': () => floor.changePassword(origin, 'bench-client', { connection, email }, fetch),
    'changePassword: pwflow': () => webAuth.changePassword({ connection, email }),
  };
}

/**
 * `{ name: fn }` for the end-to-end calls: real HTTP to `origin`, the Node reference server on
 * loopback (startReferenceServer), with the runtime's own `fetch`. getResetCooldown, because it
 * can be called any number of times: it sends no email and starts no cooldown (the bench gives the
 * server a rate limit no run reaches). A GET with no body and no custom header, so a page on
 * another origin sends it without a preflight, pwflow and the floor alike.
 */
export function httpTasks({ pwflow, floor, origin }) {
  const webAuth = new pwflow.WebAuth({ domain: origin });
  const email = EMAIL;
  return {
    'getResetCooldown over HTTP: floor (fetch)': () => floor.getResetCooldown(origin, { email }),
    'getResetCooldown over HTTP: pwflow': () => webAuth.getResetCooldown({ email }),
  };
}

/**
 * Every task must do the real thing once before it is timed: no benchmarking of an error path.
 * `sentence` is what the stub's change_password answers.
 */
export async function check(tasks, sentence) {
  const expected = { requestReset: 60, resetPassword: true, changePassword: sentence, getResetCooldown: 0, 'getResetCooldown over HTTP': 0 };
  for (const [name, fn] of Object.entries(tasks)) {
    let result = await fn();
    if (typeof result === 'string' && result.startsWith('{')) result = JSON.parse(result);
    const value = result?.cooldown ?? result?.remaining ?? result?.success ?? result?.message ?? result;
    const want = expected[name.split(':')[0]];
    if (want !== undefined && value !== want) throw new Error(`${name} answered ${JSON.stringify(result)}`);
  }
}
