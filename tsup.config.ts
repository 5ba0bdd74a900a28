import { defineConfig, type Options } from 'tsup';

const entry = {
  index: 'src/index.ts',
  'mock-server/index': 'mock-server/index.ts',
  'mock-server/msw': 'mock-server/msw.ts',
  'mock-server/node': 'mock-server/node.ts',
};
const common: Options = { entry, dts: true, sourcemap: true, target: 'es2022', external: ['msw'] };

export default defineConfig([
  // ESM for bundlers and Node: ky and zod stay dependencies, so an app shares one copy.
  { ...common, format: 'esm' },
  // CommonJS: ky ships ESM only, so it is bundled in for require() users.
  { ...common, format: 'cjs', noExternal: ['ky'] },
  // The <script> build: everything in one minified IIFE that defines the global `pwflow`.
  {
    entry: { 'pwflow.min': 'src/index.ts' },
    format: 'iife',
    globalName: 'pwflow',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    sourcemap: true,
    noExternal: [/.*/],
    outExtension: () => ({ js: '.js' }),
  },
]);
