import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // pwflow/ui imports the SDK by its package name: in the tests, that is the source.
  resolve: { alias: [{ find: /^pwflow$/, replacement: fileURLToPath(new URL('src/index.ts', import.meta.url)) }] },
  test: {
    environment: 'happy-dom',
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
  },
});
