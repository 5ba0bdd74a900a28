// @vitest-environment node
// Every ```ts and ```js block of README.md and docs/guides/*.md is type-checked, strict, against the
// source: `pwflow` is src/index.ts, `pwflow/mock-server*` is mock-server/*, `pwflow/ui*` is src/ui/*. A block may use the
// helpers of test/docs/prelude.ts (the app's own UI functions) without declaring them. Blocks marked
// ```ts run are test files (the testing guide's recipes) and are also run, with vitest.
// ```ts no-check opts a block out; keep that for fragments that cannot stand alone.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { type Block, ROOT, blocks, documents, isScript } from './markdown';

const scripts = documents().flatMap(blocks).filter(isScript);
const checked = scripts.filter((block) => !block.flags.includes('no-check'));
const runnable = checked.filter((block) => block.flags.includes('run'));

const VIRTUAL = `${ROOT}test/docs/.blocks/`;
const slug = (block: Block) => `${block.file.replace(/[^\w]+/g, '-')}-L${block.line}`;

/** The file a block says it is (`// src/main.ts — …` on its first line), or undefined. */
const ownPath = (block: Block) => /^\/\/ ((?:[\w.-]+\/)*[\w.-]+\.[jt]sx?)(?:\s|$)/.exec(block.code)?.[1];

/**
 * Where a block's module lives. A block that names its file, and is the only one in its document to
 * name it, lives at that path (in a folder of its document), so that blocks of one recipe can import
 * each other (`import { worker } from './mocks/browser'`); others are named after their line.
 */
function moduleName(block: Block, extension: string): string {
  const path = ownPath(block);
  const twins = path ? checked.filter((other) => other.file === block.file && ownPath(other) === path).length : 0;
  const folder = block.file.replace(/[^\w]+/g, '-');
  return twins === 1 ? `${VIRTUAL}${folder}/${path!.replace(/\.[jt]sx?$/, '')}.${extension}` : `${VIRTUAL}${slug(block)}.${extension}`;
}
const where = (block: Block) => `${block.file}:${block.line}`;

/** Names a block declares at its top level (imports included). */
function declaredNames(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const bind = (name: ts.BindingName) => {
    if (ts.isIdentifier(name)) names.add(name.text);
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) bind(element.name);
  };
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement)) for (const d of statement.declarationList.declarations) bind(d.name);
    else if (ts.isImportDeclaration(statement) && statement.importClause) {
      const { name, namedBindings } = statement.importClause;
      if (name) names.add(name.text);
      if (namedBindings && ts.isNamespaceImport(namedBindings)) names.add(namedBindings.name.text);
      if (namedBindings && ts.isNamedImports(namedBindings)) for (const e of namedBindings.elements) names.add(e.name.text);
    } else if (
      (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isInterfaceDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement) || ts.isEnumDeclaration(statement)) && statement.name
    ) {
      names.add(statement.name.text);
    }
  }
  return names;
}

/** The names test/docs/prelude.ts exports. */
function preludeNames(): string[] {
  const text = ts.sys.readFile(`${ROOT}test/docs/prelude.ts`)!;
  const source = ts.createSourceFile('prelude.ts', text, ts.ScriptTarget.Latest);
  return [...declaredNames(source)].filter((name) => name !== 'Pwflow');
}

/**
 * The module a block becomes: its code, line for line, then an import of the prelude helpers it
 * does not declare itself (imports are hoisted, so they may come last) and `export {}`.
 */
function asModule(block: Block, prelude: string[]): { name: string; text: string; uses: string[] } {
  const js = block.lang.startsWith('j');
  const name = moduleName(block, js ? 'js' : 'ts');
  const source = ts.createSourceFile(name, block.code, ts.ScriptTarget.Latest, true);
  // Names the block binds anywhere (imports, variables, parameters, functions) are its own.
  const own = declaredNames(source);
  const identifiers = new Set<string>();
  const visit = (node: ts.Node) => {
    if ((ts.isParameter(node) || ts.isVariableDeclaration(node) || ts.isBindingElement(node)) && ts.isIdentifier(node.name)) {
      own.add(node.name.text);
    } else if ((ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node)) && node.name) own.add(node.name.text);
    else if (ts.isIdentifier(node)) identifiers.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  const uses = prelude.filter((helper) => identifiers.has(helper) && !own.has(helper));
  const tail = uses.length ? `\nimport { ${uses.join(', ')} } from '${ROOT}test/docs/prelude';` : '';
  return { name, text: `${block.code}\n${tail}\nexport {};\n`, uses };
}

function compilerOptions(): ts.CompilerOptions {
  const config = ts.readConfigFile(`${ROOT}tsconfig.json`, ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const at = (path: string) => [`${ROOT}${path}`];
  return {
    ...options,
    noEmit: true,
    allowJs: true,
    checkJs: true,
    // What a reader's own project would not have: these are about how this repo's files are written.
    isolatedModules: false,
    verbatimModuleSyntax: false,
    noUnusedLocals: false,
    noUnusedParameters: false,
    paths: {
      pwflow: at('src/index.ts'),
      // The README's no-bundler example imports the browser bundle by URL; it has pwflow's exports.
      '*/pwflow.browser.js': at('src/index.ts'),
      'pwflow/mock-server': at('mock-server/index.ts'),
      'pwflow/mock-server/msw': at('mock-server/msw.ts'),
      'pwflow/mock-server/node': at('mock-server/node.ts'),
      'pwflow/mock-server/playwright': at('mock-server/playwright.ts'),
      'pwflow/ui': at('src/ui/index.ts'),
      'pwflow/ui/locales/*': at('src/ui/locales/*'),
    },
  };
}

describe('code blocks in README.md and docs/guides', () => {
  it('there are blocks, and few opt out of checking', () => {
    expect(checked.length).toBeGreaterThan(20);
    const optedOut = scripts.filter((block) => block.flags.includes('no-check')).map(where);
    expect(optedOut.length, `blocks marked no-check: ${optedOut.join(', ')}`).toBeLessThanOrEqual(Math.ceil(scripts.length / 10));
  });

  it('type-check in strict mode', () => {
    const prelude = preludeNames();
    const modules = new Map(checked.map((block) => [asModule(block, prelude), block] as const));
    const files = new Map([...modules.keys()].map((module) => [module.name, module.text]));
    const options = compilerOptions();
    const host = ts.createCompilerHost(options);
    const { getSourceFile, fileExists, readFile } = host;
    host.fileExists = (name) => files.has(name) || fileExists(name);
    // Folders of blocks that name their own file exist only here.
    const { directoryExists } = host;
    host.directoryExists = (name) => [...files.keys()].some((file) => file.startsWith(`${name}/`)) || (directoryExists?.(name) ?? false);
    host.readFile = (name) => files.get(name) ?? readFile(name);
    host.getSourceFile = (name, language, ...rest) =>
      files.has(name) ? ts.createSourceFile(name, files.get(name)!, language, true) : getSourceFile(name, language, ...rest);
    const program = ts.createProgram([...files.keys(), `${ROOT}test/docs/ambient-modules.d.ts`], options, host);

    const problems: string[] = [];
    for (const [module, block] of modules) {
      const source = program.getSourceFile(module.name)!;
      const diagnostics = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
      for (const diagnostic of diagnostics) {
        const { line } = source.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
        const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n    ');
        problems.push(`${block.file}:${block.line + line} (block at line ${block.line}): TS${diagnostic.code} ${message}`);
      }
    }
    for (const diagnostic of program.getGlobalDiagnostics()) problems.push(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    expect(problems, `\n${problems.join('\n')}\n`).toEqual([]);
  }, 120_000);

  it.runIf(runnable.length > 0)('the runnable recipes pass (```ts run, with vitest)', () => {
    const dir = `${ROOT}test/docs/.recipes/`;
    const prelude = preludeNames();
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    try {
      for (const block of runnable) {
        const { uses } = asModule(block, prelude);
        expect(uses, `${where(block)} is marked run but uses prelude helpers`).toEqual([]);
        writeFileSync(`${dir}${slug(block)}.recipe.ts`, `${block.code}\n`);
      }
      const run = spawnSync(
        process.execPath,
        [`${ROOT}node_modules/vitest/vitest.mjs`, 'run', '--config', `${ROOT}test/docs/vitest.recipes.config.ts`],
        { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: '1', FORCE_COLOR: '0' } },
      );
      expect(run.status, `the recipes failed (files under test/docs/.recipes are named after the block's line):\n${run.stdout}\n${run.stderr}`).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
