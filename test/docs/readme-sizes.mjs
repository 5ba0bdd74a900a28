// The bundle sizes in README.md, measured with scripts/bench/measure.js (the module `npm run bench`
// and the size budgets use). README.md shows them between <!-- sizes:start --> and <!-- sizes:end -->;
// test/docs/readme-sizes.test.ts fails when they differ from a fresh measurement.
//
//   node test/docs/readme-sizes.mjs          print the table
//   node test/docs/readme-sizes.mjs --write  put it into README.md
//
// Needs a build (`npm run build`).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PATHS, ROOT, bundleImport, fileSizes } from '../../scripts/bench/measure.js';

export const README = `${ROOT}README.md`;
export const START = '<!-- sizes:start -->';
export const END = '<!-- sizes:end -->';

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/** The Markdown table, from a fresh measurement. */
export async function sizeTable() {
  const rows = [
    ['`dist/pwflow.min.js` — script tag, the whole SDK', fileSizes(PATHS.iife)],
    ['`dist/pwflow.browser.js` — ES module without a bundler', fileSizes(`${ROOT}dist/pwflow.browser.js`)],
    ['`dist/pwflow-ui.min.js` — script tag, the ready-made screens (English; needs the SDK)', fileSizes(PATHS.ui)],
    ['`dist/locales/de.js` — one more language for the screens', fileSizes(`${PATHS.locales}de.js`)],
  ];
  for (const name of ['WebAuth', 'checkPassword', 'parseResetToken', 'checkBreachedPassword', 'passwordSchema']) {
    rows.push([`\`import { ${name} } from 'pwflow'\` — bundled (esbuild, minified)`, await bundleImport(name)]);
  }
  rows.push(['for comparison: auth0-js 10 `auth0.min.js`', fileSizes(PATHS.auth0Iife)]);
  return [
    '| what you ship | minified | gzip | brotli |',
    '|---|---:|---:|---:|',
    ...rows.map(([what, { raw, gzip, brotli }]) => `| ${what} | ${kib(raw)} | ${kib(gzip)} | ${kib(brotli)} |`),
  ].join('\n');
}

/** The table README.md shows now, or null without the markers. */
export function readmeTable(text = readFileSync(README, 'utf8')) {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  return start < 0 || end < start ? null : text.slice(start + START.length, end).trim();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const table = await sizeTable();
  if (process.argv.includes('--write')) {
    const text = readFileSync(README, 'utf8');
    if (readmeTable(text) === null) throw new Error(`README.md has no ${START} … ${END} markers`);
    const start = text.indexOf(START) + START.length;
    writeFileSync(README, `${text.slice(0, start)}\n${table}\n${text.slice(text.indexOf(END))}`);
    console.log('README.md sizes updated:');
  }
  console.log(table);
}
