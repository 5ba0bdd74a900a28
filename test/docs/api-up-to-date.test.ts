// @vitest-environment node
// docs/api/ is generated (`npm run docs`: TypeDoc with typedoc-plugin-markdown, typedoc.json) and
// committed. This builds it again into a temporary folder and fails when the two differ by a byte.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from './markdown';

const files = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1).replace(/\\/g, '/'))
  .sort();

it('docs/api/ is what `npm run docs` generates from the current source', () => {
  const out = mkdtempSync(join(tmpdir(), 'pwflow-api-'));
  try {
    const run = spawnSync(process.execPath, [`${ROOT}node_modules/typedoc/bin/typedoc`, '--out', out, '--logLevel', 'Error'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status, `typedoc failed:\n${run.stdout}\n${run.stderr}`).toBe(0);
    const committed = join(ROOT, 'docs/api');
    const fresh = files(out);
    const stale = 'docs/api/ is out of date: run `npm run docs` and commit the result';
    expect(files(committed), `${stale} (files added or removed)`).toEqual(fresh);
    const changed = fresh.filter((file) => !readFileSync(join(out, file)).equals(readFileSync(join(committed, file))));
    expect(changed, `${stale} (these files differ)`).toEqual([]);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}, 120_000);
