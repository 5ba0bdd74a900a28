// `npm start`: the reference server with the examples, the mailbox and the built SDK.
// Needs a build first (`npm run build`). Options: `npm start -- --help` (scripts/start-options.js).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HELP, parseStartArgs } from './start-options.js';

let options;
try {
  options = parseStartArgs(process.argv.slice(2), process.env);
} catch (error) {
  console.error(`pwflow: ${error instanceof Error ? error.message : error}`);
  process.exit(2);
}
if (options.help) {
  console.log(HELP);
  process.exit(0);
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'dist', 'mock-server', 'node.js');
if (!existsSync(entry)) {
  console.error('pwflow: dist/mock-server/node.js is missing. Run `npm run build` first.');
  process.exit(1);
}
const { startReferenceServer } = await import('../dist/mock-server/node.js');
const { createReferenceServer } = await import('../dist/mock-server/index.js');

const { host, port, allowedHosts } = options;
const examples = join(root, 'docs', 'examples');
let url = '';
// Unless --app-url says otherwise, a link goes to this server's reset page, or to the single-page
// app's reset route when the SPA example asked for it (it sends `X-Pwflow-Demo-App: spa`), in the
// language the screen that asked for it spoke (its `locale`, as the examples' `?lang=`).
const appUrl =
  options.server.appUrl ??
  ((request) => {
    const locale = new URL(request.url).searchParams.get('locale');
    const lang = locale ? `?lang=${encodeURIComponent(locale)}` : '';
    return request.headers.get('x-pwflow-demo-app') === 'spa' ? `${url}/spa/${lang}#/reset-password` : `${url}/reset-password${lang}`;
  });
const server = createReferenceServer({ ...options.server, appUrl });

let running;
try {
  running = await startReferenceServer({ host, port, server, allowedHosts, static: examples, dist: join(root, 'dist') });
} catch (error) {
  console.error(`pwflow: could not listen on ${host}:${port}: ${error instanceof Error ? error.message : error}`);
  if (error?.code === 'EADDRINUSE') console.error('Another port: npm start -- --port 3001 (or PORT=3001 npm start).');
  process.exit(1);
}
url = running.url;
const { close } = running;
const set = options.server;

console.log(`pwflow reference server

  App:       ${url}/
  Sign in:   ${url}/sign-in.html   demo@example.com / Demo-Passw0rd!  (client id: demo-client)
  Mailbox:   ${url}/mailbox   (JSON: ${url}/mailbox.json)
  API base:  ${url}           (domain: '${url}')
  SDK:       ${url}/dist/pwflow.min.js
  Links to:  ${set.appUrl ?? `${url}/reset-password (the SPA's: ${url}/spa/#/reset-password)`}
  Links expire after ${set.tokenTtl ?? 900} s; cooldown ${set.cooldown ?? 60} s; ${set.rateLimit ?? 30} requests a minute; CORS: ${set.allowOrigins?.join(', ') ?? 'any origin'}
${existsSync(examples) ? '' : `\n  (no ${examples} yet: / shows a small index)\n`}
Options: npm start -- --help. Press Ctrl+C to stop.`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (stopping) process.exit(1);
    stopping = true;
    close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
