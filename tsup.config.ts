import { readFile } from 'node:fs/promises';
import { defineConfig, type Options } from 'tsup';

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

const entry = {
  index: 'src/index.ts',
  'mock-server/index': 'mock-server/index.ts',
  'mock-server/msw': 'mock-server/msw.ts',
  'mock-server/node': 'mock-server/node.ts',
  'mock-server/playwright': 'mock-server/playwright.ts',
};
const common: Options = { entry, dts: true, sourcemap: true, target: 'es2022', external: ['msw'] };

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
  // terser packs these bundles ~450 B (gzip) tighter than esbuild's minifier: the budget is 12.5 KiB.
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
]);
