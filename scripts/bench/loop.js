// Time per call, interleaved: every task runs a short slice in each round, rounds alternate the
// order, and the figure is the median over rounds of each round's median. A drift of the machine
// (a JIT tier, a GC, a neighbour's build) then lands on every task alike instead of on one.
//
// No imports and nothing of Node's: the same loop times the tasks in Node (scripts/bench.js) and
// in Chromium, where scripts/bench/browser.js serves this file to the page. Calls are timed in
// batches with performance.now(), because a page's clock is coarse (5 µs when the page is
// cross-origin isolated, 100 µs otherwise) next to calls of a few µs: each batch is sized to last
// at least `batchMs`, and its mean is one sample.

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Runs `fn` `n` times, one call after the other (each awaited), and returns the ms it took. */
async function batch(fn, n) {
  const start = performance.now();
  for (let i = 0; i < n; i++) await fn();
  return performance.now() - start;
}

/**
 * Runs `tasks` (`{ name, fn }`, `fn` async, one call each) in `rounds` interleaved rounds of
 * about `time` ms per task, after a warm-up (`warmup` ms per task before the first round, a
 * tenth of it before each later one). Returns `Map<name, µs per call>`: the median over rounds
 * of each round's median batch mean.
 */
export async function interleaved(tasks, { rounds = 9, time = 100, warmup = 100, batchMs = 2 } = {}) {
  const perRound = new Map(tasks.map(({ name }) => [name, []]));
  const size = new Map(tasks.map(({ name }) => [name, 1]));
  for (let round = 0; round < rounds; round++) {
    for (const { name, fn } of round % 2 ? [...tasks].reverse() : tasks) {
      // Warm-up, which also sizes the batches: doubled until one lasts batchMs.
      const warmEnd = performance.now() + (round === 0 ? warmup : warmup / 10);
      do {
        if ((await batch(fn, size.get(name))) < batchMs) size.set(name, size.get(name) * 2);
      } while (performance.now() < warmEnd);
      const n = size.get(name);
      const samples = [];
      const end = performance.now() + time;
      do samples.push((1000 * (await batch(fn, n))) / n);
      while (performance.now() < end || samples.length < 5);
      perRound.get(name).push(median(samples));
    }
  }
  return new Map([...perRound].map(([name, values]) => [name, median(values)]));
}
