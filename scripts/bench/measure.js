// How pwflow's bytes are measured: one module, shared by `npm run bench` (scripts/bench.js) and the
// size budgets in `npm test` (test/size.test.ts), so the two can never disagree.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** The repository root, as a path. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const at = (path) => fileURLToPath(new URL(path, new URL('../../', import.meta.url)));

/** Where the measured files live. */
export const PATHS = {
  iife: at('dist/pwflow.min.js'),
  esm: at('dist/index.js'),
  source: at('src/index.ts'),
  auth0Iife: at('node_modules/auth0-js/dist/auth0.min.js'),
  floor: at('scripts/bench/floor.js'),
  /** The screens for the script tag (pwflow/ui), loaded after dist/pwflow.min.js. */
  ui: at('dist/pwflow-ui.min.js'),
  /** The script-tag locales of the screens, one file per tag. */
  locales: at('dist/locales/'),
};

/** The size budgets, in bytes of gzip (level 9). */
export const BUDGETS = {
  /**
   * `dist/pwflow.min.js`, the whole SDK for `<script src>`: 12.5 KiB, the target of issues 13 and 14
   * (the link helpers, resend timer, breach check, form schemas and per-call headers included).
   */
  iife: 12_800,
  /** An app that imports only one helper (`checkPassword`, `parseResetToken`) from `pwflow`. */
  helper: 1024,
  /** `dist/pwflow-ui.min.js`, the three screens with the English messages (issue 14). */
  ui: 6144,
  /** Each `dist/locales/<tag>.js` (issue 14). */
  locale: 1536,
};

/** The script-tag locale files that were built, e.g. `['de.js', 'ja.js']`. */
export const localeFiles = () => (existsSync(PATHS.locales) ? readdirSync(PATHS.locales).filter((file) => file.endsWith('.js')) : []);

/** The helpers that must stay free of ky and zod: they do no validation, and checkBreachedPassword its one GET with fetch itself. */
export const HELPERS = ['checkPassword', 'parseResetToken', 'readResetLink', 'linkState', 'createResendTimer', 'checkBreachedPassword'];

/** gzip at level 9 and brotli at its highest quality, in bytes. */
export function sizes(code) {
  const bytes = typeof code === 'string' ? Buffer.from(code) : Buffer.from(code.buffer, code.byteOffset, code.byteLength);
  return {
    raw: bytes.byteLength,
    gzip: gzipSync(bytes, { level: 9 }).byteLength,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
      },
    }).byteLength,
  };
}

/** The sizes of a file on disk. */
export const fileSizes = (path) => sizes(readFileSync(path));

/**
 * Bundles an entry module's source the way an app's bundler would: esbuild, bundle, minify,
 * format esm, platform browser, every dependency resolved from node_modules. Returns the code, its
 * sizes and the metafile (which inputs ended up in the output).
 */
export async function bundle(contents, { format = 'esm', globalName, entry } = {}) {
  const result = await build({
    ...(entry ? { entryPoints: [entry] } : { stdin: { contents, resolveDir: ROOT, sourcefile: 'entry.js', loader: 'js' } }),
    bundle: true,
    minify: true,
    format,
    globalName,
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    legalComments: 'none',
    logLevel: 'silent',
    outfile: 'out.js',
  });
  const code = result.outputFiles[0].contents;
  return { code, metafile: result.metafile, ...sizes(code) };
}

/** An app that imports a single name from `from` (default: the built `dist/index.js`) and uses it. */
export const bundleImport = (name, from = PATHS.esm) =>
  bundle(`export { ${name} } from ${JSON.stringify(from)};`);

/**
 * The IIFE rebuilt from `src/index.ts` with the settings of tsup.config.ts, for its metafile:
 * tsup does not keep one. Its size matches `dist/pwflow.min.js` to within a few bytes.
 */
export const bundleIife = () => bundle(undefined, { entry: PATHS.source, format: 'iife', globalName: 'pwflow' });

/** Which package an input path belongs to: `ky`, `zod`, `@scope/name`, or the file itself (`src/web-auth.ts`). */
export function packageOf(input) {
  const path = input.replace(/\\/g, '/');
  const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (match) return match[1];
  const local = path.startsWith(ROOT) ? path.slice(ROOT.length) : path;
  return local.replace(/^(\.\.\/)+/, '');
}

/**
 * Minified bytes of the output, grouped by `group(input)` (default: by package; ky, zod, and each
 * source file on its own), largest first. Only inputs that left bytes in the output count.
 */
export function bytesBy(metafile, group = packageOf) {
  const totals = new Map();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      if (!bytesInOutput) continue;
      const key = group(input);
      totals.set(key, (totals.get(key) ?? 0) + bytesInOutput);
    }
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}

/** The npm packages (from node_modules) that left bytes in the output, e.g. `['ky', 'zod']`. */
export const dependenciesIn = (metafile) =>
  bytesBy(metafile, (input) => (/(?:^|\/)node_modules\//.test(input.replace(/\\/g, '/')) ? packageOf(input) : ''))
    .map(([name]) => name)
    .filter(Boolean);

/** Whether `dist/` has been built. */
export const built = () => existsSync(PATHS.iife) && existsSync(PATHS.esm);
