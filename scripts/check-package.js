// Package checks (STYLE.md §9): publint for the manifest, are-the-types-wrong for every entry in
// every resolution mode. Packs the already-built dist/ once, without running `prepare` again.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (command, args) => execFileSync(command, args, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'pwflow-pack-'));
try {
  const [{ filename }] = JSON.parse(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir]));
  process.stdout.write(run('npx', ['publint', '--strict', join(dir, filename)]));
  // The stylesheet export has no types by nature. The locales' CommonJS build is
  // `require('pwflow/ui/locales/de').default`, typed so; attw would rather see `export =`.
  process.stdout.write(
    run('npx', [
      'attw', join(dir, filename), '--format', 'table-flipped',
      '--exclude-entrypoints', './ui/pwflow-ui.css',
      '--ignore-rules', 'missing-export-equals',
    ]),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
