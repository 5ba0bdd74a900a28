// Runs the ```ts run blocks of the guides (written to test/docs/.recipes/ by code-blocks.test.ts)
// the way a reader's project would: happy-dom, with `pwflow` resolved to this repository's source.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const at = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^pwflow$/, replacement: at('src/index.ts') },
      { find: /^pwflow\/mock-server$/, replacement: at('mock-server/index.ts') },
      { find: /^pwflow\/mock-server\/msw$/, replacement: at('mock-server/msw.ts') },
      { find: /^pwflow\/mock-server\/node$/, replacement: at('mock-server/node.ts') },
      { find: /^pwflow\/ui$/, replacement: at('src/ui/index.ts') },
    ],
  },
  test: {
    root: at(''),
    include: ['test/docs/.recipes/*.recipe.ts'],
    environment: 'happy-dom',
    testTimeout: 20_000,
  },
});
