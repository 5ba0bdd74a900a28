// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import vm from 'node:vm';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as source from '../src/index';

const root = new URL('../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const pkg = JSON.parse(read('package.json'));
const runtimeExports = ['WebAuth', 'WebAuthError', 'checkPassword', 'parseResetToken', 'inspectResetToken', 'parseRateLimit', 'DEFAULT_PASSWORD_POLICY', 'VERSION',
  'readResetLink', 'linkState', 'createResendTimer'];

describe('the package (CONTRACT.md "Package")', () => {
  it('exports exactly the contract runtime names, and VERSION is package.json version', () => {
    expect(Object.keys(source).sort()).toEqual([...runtimeExports].sort());
    expect(source.VERSION).toBe(pkg.version);
  });

  it('imports and requires by name from the built dist/', () => {
    const script = (code: string, type: string) =>
      execFileSync(process.execPath, [`--input-type=${type}`, '-e', code], { cwd: new URL('.', root), encoding: 'utf8' });
    const esm = script("const m = await import('pwflow'); console.log(Object.keys(m).sort().join())", 'module');
    const cjs = script("console.log(Object.keys(require('pwflow')).sort().join())", 'commonjs');
    expect(esm.trim()).toBe([...runtimeExports].sort().join());
    expect(cjs.trim()).toBe([...runtimeExports].sort().join());
    for (const entry of ['pwflow/mock-server', 'pwflow/mock-server/msw', 'pwflow/mock-server/node']) {
      expect(script(`const m = await import('${entry}'); console.log(Object.keys(m).length > 0)`, 'module').trim()).toBe('true');
      expect(script(`console.log(Object.keys(require('${entry}')).length > 0)`, 'commonjs').trim()).toBe('true');
    }
  });

  it('the IIFE defines window.pwflow with every runtime export and touches no other global', () => {
    const window: Record<string, unknown> = { URL, URLSearchParams, Headers, TextEncoder, AbortController, AbortSignal, TextDecoder, setTimeout, clearTimeout, queueMicrotask };
    window.self = window;
    window.globalThis = window;
    const context = vm.createContext(window);
    const before = new Set(Object.keys(context));
    vm.runInContext(read('dist/pwflow.min.js'), context);
    expect(Object.keys(context).filter((key) => !before.has(key))).toEqual(['pwflow']);
    const pwflow = context.pwflow as Record<string, unknown>;
    expect(Object.keys(pwflow).sort()).toEqual([...runtimeExports].sort());
    const webAuth = new (pwflow.WebAuth as typeof source.WebAuth)({ domain: 'tenant.example.com' });
    expect(webAuth).toBeTruthy();
  });

  it('the ESM browser bundle exports the same names', async () => {
    const mod = await import(new URL('dist/pwflow.browser.js', root).href);
    expect(Object.keys(mod).sort()).toEqual([...runtimeExports].sort());
  });

  it('no built file calls eval or new Function', () => {
    const files = readdirSync(new URL('dist/', root), { recursive: true, encoding: 'utf8' }).filter((file) => /\.(c|m)?js$/.test(file));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) expect(read(`dist/${file}`), file).not.toMatch(/new Function|eval\(/);
  });

  it('importing the package has no side effects (sideEffects: false holds)', () => {
    expect(pkg.sideEffects).toBe(false);
    const require = createRequire(new URL('package.json', root));
    const globals = Object.keys(globalThis).length;
    require('pwflow');
    expect(Object.keys(globalThis).length).toBe(globals);
  });
});

describe('the public types', () => {
  const program = ts.createProgram([new URL('dist/index.d.ts', root).pathname, new URL('src/index.ts', root).pathname], {
    strict: true,
    skipLibCheck: false,
    types: [],
  });
  const checker = program.getTypeChecker();
  const exportsOf = (file: string) => {
    const sourceFile = program.getSourceFile(new URL(file, root).pathname)!;
    return checker.getExportsOfModule(checker.getSymbolAtLocation(sourceFile)!);
  };

  it('dist/index.d.ts has no `any`', () => {
    const text = read('dist/index.d.ts');
    expect(text).not.toMatch(/\bany\b(?!thing)/);
  });

  it('every public export has JSDoc with an @example', () => {
    const missing = exportsOf('src/index.ts')
      .map((symbol) => (symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol))
      .filter((symbol) => !symbol.getJsDocTags(checker).some((tag) => tag.name === 'example'))
      .map((symbol) => symbol.getName());
    expect(missing).toEqual([]);
  });
});
