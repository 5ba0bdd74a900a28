import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { build as esbuild } from 'esbuild';
import { defineConfig, type Options } from 'tsup';
import { english } from './src/ui/messages';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * zod keeps its settings on `globalThis.__zod_globalConfig`, to share them between copies. The
 * browser bundles carry their own copy and must define no global but `pwflow` (CONTRACT.md), so
 * there that object is module-local.
 */
const zodLocalGlobals: Plugin = {
  name: 'zod-local-globals',
  setup(build) {
    build.onLoad({ filter: /zod[\\/]v4[\\/]core[\\/](core|registries)\.js$/ }, async (args) => ({
      contents: `const zodGlobals = {};\n${(await readFile(args.path, 'utf8')).replaceAll('globalThis', 'zodGlobals')}`,
      loader: 'js',
    }));
  },
};

/**
 * The script-tag build of `pwflow/ui` carries no second copy of the SDK: its imports of `pwflow`
 * (all in src/ui/sdk.ts) read the global that dist/pwflow.min.js defined before it.
 */
const sdkFromGlobal: Plugin = {
  name: 'pwflow-from-global',
  setup(build) {
    const names = /export \{([^}]*)\} from 'pwflow'/.exec(readFileSync('src/ui/sdk.ts', 'utf8'))![1];
    build.onResolve({ filter: /^pwflow$/ }, () => ({ path: 'pwflow', namespace: 'pwflow-global' }));
    build.onLoad({ filter: /.*/, namespace: 'pwflow-global' }, () => ({
      contents: `export const {${names}} = globalThis.pwflow;`,
      loader: 'js',
    }));
  },
};

/** The ES module build of the screens imports the SDK from the ES module build beside it. */
const sdkBeside: Plugin = {
  name: 'pwflow-beside',
  setup(build) {
    build.onResolve({ filter: /^pwflow$/ }, () => ({ path: './pwflow.browser.js', external: true }));
  },
};

/**
 * A locale's script-tag file (dist/locales/<tag>.js) registers itself on the global `pwflow.ui`
 * that dist/pwflow-ui.min.js defined. It carries the messages without their keys, in the order of
 * the English catalogue's keys (the budget is 1.5 KiB gzip a locale, and the keys alone are a
 * quarter of it); a file built for another catalogue says so instead of mixing up the messages.
 */
const registerLocale: Plugin = {
  name: 'pwflow-register-locale',
  setup(build) {
    build.onLoad({ filter: /src[\\/]ui[\\/]locales[\\/][\w-]+\.ts$/ }, async (args) => {
      const tag = /([\w-]+)\.ts$/.exec(args.path)![1];
      const { outputFiles } = await esbuild({ entryPoints: [args.path], bundle: true, format: 'esm', write: false, logLevel: 'silent' });
      const url = `data:text/javascript;base64,${Buffer.from(outputFiles[0]!.text).toString('base64')}`;
      const messages: Record<string, unknown> = (await import(url)).default;
      const keys = Object.keys(english);
      const values = JSON.stringify(keys.map((key) => messages[key]));
      return {
        contents: `const ui = globalThis.pwflow.ui, keys = Object.keys(ui.english), values = ${values};
if (keys.length !== values.length) throw new Error('pwflow/ui: locales/${tag}.js belongs to another version of pwflow-ui.min.js');
ui.registerLocale('${tag}', Object.fromEntries(keys.map((key, i) => [key, values[i]])));`,
        loader: 'js',
      };
    });
  },
};

/** The locales that ship (src/ui/locales/<tag>.ts); English is built in. */
const locales = existsSync('src/ui/locales')
  ? readdirSync('src/ui/locales').filter((file) => file.endsWith('.ts')).map((file) => file.slice(0, -3))
  : [];

const entry = {
  index: 'src/index.ts',
  'ui/index': 'src/ui/index.ts',
  ...Object.fromEntries(locales.map((tag) => [`ui/locales/${tag}`, `src/ui/locales/${tag}.ts`])),
  'mock-server/index': 'mock-server/index.ts',
  'mock-server/msw': 'mock-server/msw.ts',
  'mock-server/node': 'mock-server/node.ts',
  'mock-server/playwright': 'mock-server/playwright.ts',
};
// `pwflow/ui` imports the SDK as `pwflow`: the app's one copy, never a second one inside the UI.
const common: Options = { entry, dts: true, sourcemap: true, target: 'es2022', external: ['msw', 'pwflow'] };

const terser = (module: boolean): Options['terserOptions'] => ({
  // unsafe_arrows / unsafe_methods: no bundled function expression is called with `new` or reads its
  // own prototype (the IIFE tests in Chromium and on older runtimes exercise every path).
  compress: { passes: 2, unsafe_arrows: true, unsafe_methods: true },
  format: { comments: 'some' }, // keeps the /*! licence banner */
  module,
  toplevel: true,
  ecma: 2020,
});

const browser: Options = {
  platform: 'browser',
  target: 'es2022',
  // terser packs these bundles ~450 B (gzip) tighter than esbuild's minifier (the budget: scripts/bench/measure.js).
  minify: 'terser',
  sourcemap: true,
  noExternal: [/.*/],
  esbuildPlugins: [zodLocalGlobals],
  // The licence notices of what the file carries, once, at the top (MIT asks for them).
  banner: { js: '/*! pwflow (MIT) with ky (MIT, Sindre Sorhus) and zod (MIT, Colin McDonnell) */' },
  esbuildOptions: (options) => {
    options.legalComments = 'none';
  },
  outExtension: () => ({ js: '.js' }),
};

export default defineConfig([
  // ESM for bundlers and Node: ky and zod stay dependencies, so an app shares one copy.
  { ...common, format: 'esm' },
  // CommonJS: ky ships ESM only, so it is bundled in for require() users.
  { ...common, format: 'cjs', noExternal: ['ky'] },
  // For browsers with no bundler, everything in one minified file: the IIFE for <script src>
  // (defines the global `pwflow`) and an ES module for <script type="module">.
  { ...browser, entry: { 'pwflow.min': 'src/browser.ts' }, format: 'iife', terserOptions: terser(false) },
  { ...browser, entry: { 'pwflow.browser': 'src/index.ts' }, format: 'esm', terserOptions: terser(true), dts: true },
  // The screens for <script src>, after dist/pwflow.min.js: `pwflow.ui` on the same global, the
  // stylesheet beside it, and one file per locale that registers itself.
  // The screens as an ES module for <script type="module"> without a bundler, beside
  // dist/pwflow.browser.js (which it imports). Its locales are dist/ui/locales/<tag>.js: they import nothing.
  {
    ...browser,
    entry: { 'pwflow-ui.browser': 'src/ui/index.ts' },
    format: 'esm',
    terserOptions: terser(true),
    esbuildPlugins: [sdkBeside],
    banner: { js: '/*! pwflow/ui (MIT) */' },
  },
  {
    ...browser,
    entry: { 'pwflow-ui.min': 'src/ui/browser.ts' },
    format: 'iife',
    terserOptions: terser(false),
    esbuildPlugins: [sdkFromGlobal],
    banner: { js: '/*! pwflow/ui (MIT) */' },
    onSuccess: async () => copyFileSync('src/ui/pwflow-ui.css', 'dist/pwflow-ui.css'),
  },
  ...locales.map((tag): Options => ({
    ...browser,
    entry: { [`locales/${tag}`]: `src/ui/locales/${tag}.ts` },
    format: 'iife',
    sourcemap: false,
    terserOptions: terser(false),
    esbuildPlugins: [registerLocale],
    banner: {},
  })),
]);
