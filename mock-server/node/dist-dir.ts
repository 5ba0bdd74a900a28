/** Where the package's built `dist/` folder is, from the ESM build, the CJS build or the sources. */
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function moduleDir(): string {
  // CommonJS (and some test runners) define __dirname; ESM has import.meta.url instead.
  if (typeof __dirname === 'string') return __dirname;
  try {
    return fileURLToPath(new URL('.', import.meta.url));
  } catch {
    return join(process.cwd(), 'mock-server');
  }
}

/**
 * `dist/mock-server/node.js` → `dist/`; a chunk in `dist/` → `dist/`; the source file
 * `mock-server/node/dist-dir.ts` → `<package>/dist/`.
 */
export function defaultDistDir(): string {
  let dir = moduleDir().replace(/[\\/]+$/, '');
  for (let i = 0; i < 3; i++) {
    if (basename(dir) === 'dist') return dir;
    dir = dirname(dir);
  }
  const source = moduleDir().replace(/[\\/]+$/, '');
  const root = basename(source) === 'node' ? dirname(dirname(source)) : dirname(source);
  return join(root, 'dist');
}
