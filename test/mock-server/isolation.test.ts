// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');

/** Every import/export specifier of a source file (static, dynamic, side-effect, require), as TypeScript reads them. */
function specifiers(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((file) => file.fileName);
}

function resolveLocal(from: string, specifier: string): string {
  const base = resolve(dirname(from), specifier.replace(/\.js$/, ''));
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && candidate.endsWith('.ts')) return candidate;
  }
  throw new Error(`cannot resolve ${specifier} from ${from}`);
}

/** The entry and every file it imports, transitively, with their bare (package) imports. */
function walk(entry: string): { files: string[]; bare: Map<string, string[]> } {
  const files: string[] = [];
  const bare = new Map<string, string[]>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (files.includes(file)) continue;
    files.push(file);
    for (const specifier of specifiers(readFileSync(file, 'utf8'))) {
      if (specifier.startsWith('.')) queue.push(resolveLocal(file, specifier));
      else bare.set(specifier, [...(bare.get(specifier) ?? []), relative(ROOT, file)]);
    }
  }
  return { files: files.map((file) => relative(ROOT, file)), bare };
}

const nodeBuiltins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

describe('mock-server/index.ts runs in a browser', () => {
  const { files, bare } = walk(join(ROOT, 'mock-server', 'index.ts'));

  it('walks the real import graph (core, and the shared wire tables in src/)', () => {
    expect(files).toEqual(expect.arrayContaining(['mock-server/core/server.ts', 'mock-server/core/jwt.ts', 'src/codes.ts', 'src/password-policy.ts']));
    expect(files.some((file) => file.startsWith('mock-server/node'))).toBe(false);
  });

  it('imports no Node built-in, no msw, and no package at all', () => {
    const offenders = [...bare.keys()].filter((name) => nodeBuiltins.has(name) || name.startsWith('node:') || name === 'msw' || name.startsWith('msw/'));
    expect(offenders).toEqual([]);
    expect(Object.fromEntries(bare)).toEqual({});
  });

  it('uses no Node-only globals (Buffer, process, require, __dirname)', () => {
    for (const file of files) {
      const code = readFileSync(join(ROOT, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect([file, code.match(/\b(?:Buffer|process|require|__dirname|__filename)\b/g)]).toEqual([file, null]);
    }
  });

  it.skipIf(!existsSync(join(ROOT, 'dist', 'mock-server', 'index.js')))('the built ESM file and its chunks import nothing either', () => {
    const seen = new Set<string>();
    const queue = [join(ROOT, 'dist', 'mock-server', 'index.js')];
    while (queue.length > 0) {
      const file = queue.shift()!;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const specifier of specifiers(readFileSync(file, 'utf8'))) {
        expect(specifier.startsWith('.'), `${relative(ROOT, file)} imports ${specifier}`).toBe(true);
        queue.push(resolve(dirname(file), specifier));
      }
    }
    expect(seen.size).toBeGreaterThan(0);
  });
});
