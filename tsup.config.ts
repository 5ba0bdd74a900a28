import { defineConfig, type Options } from 'tsup';

const entry = {
  index: 'src/index.ts',
  'mock-server/index': 'mock-server/index.ts',
  'mock-server/msw': 'mock-server/msw.ts',
  'mock-server/node': 'mock-server/node.ts',
};
const common: Options = { entry, dts: true, sourcemap: true, target: 'es2022', external: ['msw'] };

const browser: Options = {
  platform: 'browser',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  noExternal: [/.*/],
  outExtension: () => ({ js: '.js' }),
};

export default defineConfig([
  // ESM for bundlers and Node: ky and zod stay dependencies, so an app shares one copy.
  { ...common, format: 'esm' },
  // CommonJS: ky ships ESM only, so it is bundled in for require() users.
  { ...common, format: 'cjs', noExternal: ['ky'] },
  // For browsers with no bundler, everything in one minified file: the IIFE for <script src>
  // (defines the global `pwflow`) and an ES module for <script type="module">.
  { ...browser, entry: { 'pwflow.min': 'src/index.ts' }, format: 'iife', globalName: 'pwflow' },
  { ...browser, entry: { 'pwflow.browser': 'src/index.ts' }, format: 'esm' },
]);
