// Time per call, interleaved: every task runs a short slice in each round, rounds alternate the
// order, and the figure is the median over rounds of each round's median. A drift of the machine
// (a JIT tier, a GC, a neighbour's build) then lands on every task alike instead of on one.
import { mkdirSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { Bench } from 'tinybench';
import { ROOT } from './measure.js';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * Runs `tasks` (`{ name, fn }`, `fn` async, one call each) in `rounds` interleaved rounds of
 * `time` ms per task. Returns `Map<name, µs per call>` (median of round medians).
 */
export async function interleaved(tasks, { rounds = 7, time = 100 } = {}) {
  const perRound = new Map(tasks.map(({ name }) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    const bench = new Bench({ time, iterations: 32, warmup: true, warmupTime: round === 0 ? 100 : 20, warmupIterations: 16 });
    for (const { name, fn } of round % 2 ? [...tasks].reverse() : tasks) bench.add(name, fn);
    await bench.run();
    for (const task of bench.tasks) {
      const { result } = task;
      if (result.state !== 'completed') throw new Error(`${task.name}: ${result.error?.message ?? result.state}`);
      perRound.get(task.name).push(result.latency.p50 * 1000);
    }
  }
  return new Map([...perRound].map(([name, values]) => [name, median(values)]));
}

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
