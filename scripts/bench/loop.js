// Time per call, interleaved: every task runs one batch in turn, over and over, in an order that
// alternates, so that whatever the machine does (a JIT tier, a GC, a neighbour's build) lands on
// every task alike instead of on one: the tasks take turns every few milliseconds. The figure is
// the median over rounds of each round's median batch.
//
// No imports and nothing of Node's: the same loop times the tasks in Node (scripts/bench.js) and
// in Chromium, where scripts/bench/browser.js serves this file to the page. Calls are timed in
// batches with performance.now(), because a page's clock is coarse (5 µs when the page is
// cross-origin isolated, 100 µs otherwise) next to calls of a few µs: each batch is sized to last
// at least `batchMs`, and its mean is one sample. `clock` is what a batch is timed with: wall time
// by default; scripts/bench.js passes Node's CPU time of the process, which a loaded machine does
// not stretch (a stub call does no I/O: its CPU time is its whole cost). Rounds are always timed
// on the wall clock, so a run takes as long, loaded or not.

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const wall = () => performance.now();

/** Runs `fn` `n` times, one call after the other (each awaited), and returns the ms it took on `clock`. */
async function batch(fn, n, clock) {
  const start = clock();
  for (let i = 0; i < n; i++) await fn();
  return clock() - start;
}

/**
 * Runs `tasks` (`{ name, fn }`, `fn` async, one call each) in `rounds` rounds of about `time` ms
 * per task, after a warm-up of `warmup` ms per task. In a round the tasks take turns, one batch
 * each. Returns `Map<name, µs per call>`: the median over rounds of each round's median batch mean;
 * its `rounds` property is `Map<name, µs per call in each round>`, for the spread of a ratio.
 */
export async function interleaved(tasks, { rounds = 9, time = 100, warmup = 100, batchMs = 2, clock = wall } = {}) {
  // Warm-up, which also sizes the batches: doubled until one lasts batchMs.
  const size = new Map();
  for (const { name, fn } of tasks) {
    let n = 1;
    const end = performance.now() + warmup;
    do if ((await batch(fn, n, clock)) < batchMs) n *= 2;
    while (performance.now() < end);
    size.set(name, n);
  }
  const perRound = new Map(tasks.map(({ name }) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    const samples = new Map(tasks.map(({ name }) => [name, []]));
    const end = performance.now() + time * tasks.length;
    for (let turn = 0; turn < 5 || performance.now() < end; turn++) {
      for (const { name, fn } of turn % 2 ? [...tasks].reverse() : tasks) {
        const n = size.get(name);
        samples.get(name).push((1000 * (await batch(fn, n, clock))) / n);
      }
    }
    for (const [name, values] of samples) perRound.get(name).push(median(values));
  }
  return Object.assign(new Map([...perRound].map(([name, values]) => [name, median(values)])), { rounds: perRound });
}
