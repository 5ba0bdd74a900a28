// Timing helpers for Node: the interleaved loop itself lives in loop.js (shared with the page that
// scripts/bench/browser.js opens in Chromium), re-exported here.
import { mkdirSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { ROOT } from './measure.js';

export { interleaved, median } from './loop.js';

/**
 * Loads modules that are internal to pwflow (not exported by the package), compiled from src/ with
 * ky and zod left as imports, so the bench can time each layer on its own. The file goes to
 * node_modules/.cache so that `ky` resolves from the repository.
 */
let loaded = 0;
export async function loadInternals(contents) {
  const dir = `${ROOT}node_modules/.cache/pwflow-bench`;
  mkdirSync(dir, { recursive: true });
  const outfile = `${dir}/internals-${process.pid}-${++loaded}.mjs`;
  await build({
    stdin: { contents, resolveDir: ROOT, sourcefile: 'internals.ts', loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    packages: 'external',
    outfile,
    logLevel: 'silent',
  });
  try {
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(outfile, { force: true });
  }
}
