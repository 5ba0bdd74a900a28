// @vitest-environment node
// The bundle sizes in README.md are measured, never typed: this measures them again (with
// scripts/bench/measure.js, like `npm run bench` and test/size.test.ts) and fails when the README
// shows other figures. To update: `node test/docs/readme-sizes.mjs --write` (after `npm run build`).
import { expect, it } from 'vitest';
import { built } from '../../scripts/bench/measure.js';
import { END, START, readmeTable, sizeTable } from './readme-sizes.mjs';

it.runIf(built())('README.md shows the measured bundle sizes', async () => {
  const shown = readmeTable();
  expect(shown, `README.md needs a ${START} … ${END} section`).not.toBeNull();
  const measured = await sizeTable();
  expect(
    shown,
    `README.md's sizes are not the measured ones. Run \`node test/docs/readme-sizes.mjs --write\`, or paste:\n\n${measured}\n`,
  ).toBe(measured);
}, 60_000);

it.runIf(!built())('needs dist/ (npm run build)', () => {
  expect.fail('dist/ is not built: run `npm run build` before checking the README sizes');
});
