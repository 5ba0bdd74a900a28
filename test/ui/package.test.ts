// @vitest-environment node
// pwflow/ui as the package ships it: typed without `any`, documented, and sharing the app's one
// copy of the SDK (its ESM and CJS import `pwflow`; the script-tag build reads the global).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const NAMES = ['english', 'mountChangePassword', 'mountForgotPassword', 'mountResetPassword', 'registerLocale'];

describe('pwflow/ui, built', () => {
  it('its ESM and CJS import the SDK from `pwflow` instead of carrying a copy', () => {
    expect(read('dist/ui/index.js')).toMatch(/from "pwflow";/);
    expect(read('dist/ui/index.cjs')).toMatch(/require\("pwflow"\)/);
    for (const file of ['dist/ui/index.js', 'dist/ui/index.cjs', 'dist/pwflow-ui.browser.js']) {
      expect(read(file), file).not.toContain('WebAuthError');
    }
    expect(read('dist/pwflow-ui.browser.js')).toMatch(/from\s*"\.\/pwflow\.browser\.js"/);
  });

  it('require("pwflow/ui") and the ES module builds give the same names', async () => {
    const require = createRequire(new URL('package.json', root));
    expect(Object.keys(require('pwflow/ui')).sort()).toEqual(NAMES);
    expect(Object.keys(await import(new URL('dist/ui/index.js', root).href)).sort()).toEqual(NAMES);
    expect(Object.keys(await import(new URL('dist/pwflow-ui.browser.js', root).href)).sort()).toEqual(NAMES);
    expect(require('pwflow/ui/locales/de').default['forgot.title']).toBe((await import(new URL('dist/ui/locales/de.js', root).href)).default['forgot.title']);
  });

  it('dist/ui/index.d.ts has no `any`', () => {
    expect(read('dist/ui/index.d.ts')).not.toMatch(/\bany\b(?!thing)/);
  });
});

it('every export of pwflow/ui has JSDoc with an @example', () => {
  const file = new URL('src/ui/index.ts', root).pathname;
  const program = ts.createProgram([file], { strict: true, types: [], paths: { pwflow: [new URL('src/index.ts', root).pathname] } });
  const checker = program.getTypeChecker();
  const missing = checker
    .getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(file)!)!)
    .map((symbol) => (symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol))
    .filter((symbol) => !symbol.getJsDocTags(checker).some((tag) => tag.name === 'example'))
    .map((symbol) => symbol.getName());
  expect(missing).toEqual([]);
});
