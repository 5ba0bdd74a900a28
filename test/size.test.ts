// @vitest-environment node
// Size budgets (issue #6), measured with the same module as `npm run bench`. Bytes only: timings
// vary with the machine and belong in the bench, not in a test.
import { describe, expect, it } from 'vitest';
import { BUDGETS, HELPERS, PATHS, built, bundleImport, dependenciesIn, fileSizes } from '../scripts/bench/measure.js';

describe.runIf(built())('size budgets (gzip level 9)', () => {
  it(`dist/pwflow.min.js is at most ${BUDGETS.iife} B`, () => {
    const { gzip } = fileSizes(PATHS.iife);
    expect(gzip, `dist/pwflow.min.js is ${gzip} B gzip; the budget is ${BUDGETS.iife} B (${gzip - BUDGETS.iife} B over)`)
      .toBeLessThanOrEqual(BUDGETS.iife);
  });

  for (const name of HELPERS) {
    it(`an app importing only ${name} gets at most ${BUDGETS.helper} B, without ky or zod`, async () => {
      const { gzip, metafile } = await bundleImport(name);
      const dependencies = dependenciesIn(metafile);
      expect.soft(
        dependencies.filter((pkg) => pkg === 'ky' || pkg === 'zod'),
        `import { ${name} } from 'pwflow' pulls in ${dependencies.join(', ')}: top-level code that esbuild cannot drop`,
      ).toEqual([]);
      expect(gzip, `import { ${name} } from 'pwflow' is ${gzip} B gzip; the budget is ${BUDGETS.helper} B`)
        .toBeLessThanOrEqual(BUDGETS.helper);
    });
  }
});

// Without dist/ the budgets above cannot be measured; `npm test` builds first, so this only
// happens when the file is run alone. Fail loudly rather than pass by skipping.
it.runIf(!built())('needs dist/ (npm run build)', () => {
  expect.fail('dist/ is not built: run `npm run build` before measuring the size budgets');
});
