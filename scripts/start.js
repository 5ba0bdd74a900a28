// `npm start`: the reference server with the examples, the mailbox and the built SDK.
// Needs a build first (`npm run build`); HOST and PORT come from the environment.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'dist', 'mock-server', 'node.js');
if (!existsSync(entry)) {
  console.error('pwflow: dist/mock-server/node.js is missing. Run `npm run build` first.');
  process.exit(1);
}
const { startReferenceServer } = await import('../dist/mock-server/node.js');

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 3000);
const examples = join(root, 'docs', 'examples');

let running;
try {
  running = await startReferenceServer({ host, port, static: examples, dist: join(root, 'dist') });
} catch (error) {
  console.error(`pwflow: could not listen on ${host}:${port}: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
const { url, close } = running;

console.log(`pwflow reference server

  App:       ${url}/
  Mailbox:   ${url}/mailbox   (JSON: ${url}/mailbox.json)
  API base:  ${url}           (domain: '${url}')
  SDK:       ${url}/dist/pwflow.min.js
  Sign in:   demo@example.com / Demo-Passw0rd!  (client id: demo-client)
${existsSync(examples) ? '' : `\n  (no ${examples} yet: / shows a small index)\n`}
Press Ctrl+C to stop.`);

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
