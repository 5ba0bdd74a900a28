// @vitest-environment node
// Size budgets (issue #6), measured with the same module as `npm run bench`. Bytes only: timings
// vary with the machine and belong in the bench, not in a test.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { BUDGETS, HELPERS, PATHS, built, bundleImport, dependenciesIn, fileSizes, localeFiles } from '../scripts/bench/measure.js';

describe.runIf(built())('size budgets (gzip level 9)', () => {
  it(`dist/pwflow.min.js is at most ${BUDGETS.iife} B`, () => {
    const { gzip } = fileSizes(PATHS.iife);
    expect(gzip, `dist/pwflow.min.js is ${gzip} B gzip; the budget is ${BUDGETS.iife} B (${gzip - BUDGETS.iife} B over)`)
      .toBeLessThanOrEqual(BUDGETS.iife);
  });

  it(`dist/pwflow-ui.min.js (the screens, English) is at most ${BUDGETS.ui} B, with no copy of the SDK`, () => {
    const { gzip } = fileSizes(PATHS.ui);
    expect(gzip, `dist/pwflow-ui.min.js is ${gzip} B gzip; the budget is ${BUDGETS.ui} B`).toBeLessThanOrEqual(BUDGETS.ui);
    // The SDK's error class names itself; the screens only use the global `pwflow`'s.
    expect(readFileSync(PATHS.iife, 'utf8')).toContain('WebAuthError');
    expect(readFileSync(PATHS.ui, 'utf8')).not.toContain('WebAuthError');
  });

  it('ships the script-tag locales de, es, fr, ja and pt-BR', () => {
    expect(localeFiles()).toEqual(['de.js', 'es.js', 'fr.js', 'ja.js', 'pt-BR.js']);
  });

  for (const file of localeFiles()) {
    it(`dist/locales/${file} is at most ${BUDGETS.locale} B`, () => {
      const { gzip } = fileSizes(PATHS.locales + file);
      expect(gzip, `dist/locales/${file} is ${gzip} B gzip; the budget is ${BUDGETS.locale} B`).toBeLessThanOrEqual(BUDGETS.locale);
    });
  }

  it('an app importing only WebAuth bundles none of the screens', async () => {
    const { metafile, code } = await bundleImport('WebAuth');
    const inputs = Object.keys(metafile.inputs);
    expect(inputs.filter((input) => /(^|\/)(src\/)?ui\//.test(input))).toEqual([]);
    expect(new TextDecoder().decode(code)).not.toContain('forgot.title');
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
