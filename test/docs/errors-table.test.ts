// @vitest-environment node
// docs/guides/errors.md has a row for every code pwflow knows: the client codes (ClientErrorCode in
// src/codes.ts), every API B code (RESET_ERRORS) and every API A code (CHANGE_PASSWORD_ERRORS), with
// the status the wire tables give. The list comes from src/codes.ts, so a new code fails here until
// it is documented.
import ts from 'typescript';
import { expect, it } from 'vitest';
import { CHANGE_PASSWORD_ERRORS, RESET_ERRORS } from '../../src/codes';
import { ROOT, read } from './markdown';

/** The string literals of `type ClientErrorCode = 'a' | 'b' | …` in src/codes.ts. */
function clientCodes(): string[] {
  const source = ts.createSourceFile('codes.ts', read('src/codes.ts'), ts.ScriptTarget.Latest, true);
  const alias = source.statements.find(
    (statement): statement is ts.TypeAliasDeclaration => ts.isTypeAliasDeclaration(statement) && statement.name.text === 'ClientErrorCode',
  );
  if (!alias || !ts.isUnionTypeNode(alias.type)) throw new Error(`${ROOT}src/codes.ts has no ClientErrorCode union`);
  return alias.type.types.map((type) => {
    if (!ts.isLiteralTypeNode(type) || !ts.isStringLiteral(type.literal)) throw new Error('ClientErrorCode is not a union of strings');
    return type.literal.text;
  });
}

/** Rows of the tables in errors.md whose first column is `code`: the code → the row's text. */
function rows(): Map<string, string> {
  const found = new Map<string, string>();
  let inCodeTable = false;
  for (const line of read('docs/guides/errors.md').split('\n')) {
    if (!line.startsWith('|')) inCodeTable = false;
    else if (/^\|\s*code\s*\|/.test(line)) inCodeTable = true;
    const code = /^\|\s*`([^`]+)`/.exec(line)?.[1];
    if (inCodeTable && code) found.set(code, line);
  }
  return found;
}

it('errors.md has a row for every client, API A and API B code, with its status', () => {
  const table = rows();
  const expected: [string, number | undefined][] = [
    ...clientCodes().map((code): [string, undefined] => [code, undefined]),
    ...Object.entries(RESET_ERRORS).map(([code, [status]]): [string, number] => [code, status]),
    ...Object.entries(CHANGE_PASSWORD_ERRORS).map(([code, [status]]): [string, number] => [code, status]),
  ];
  const missing = expected.filter(([code]) => !table.has(code)).map(([code]) => code);
  expect(missing, 'codes without a row in docs/guides/errors.md').toEqual([]);
  const wrongStatus = expected
    .filter(([code, status]) => status !== undefined && !table.get(code)!.includes(String(status)))
    .map(([code, status]) => `${code} (${status})`);
  expect(wrongStatus, 'rows that do not give the wire status').toEqual([]);
  const unknown = [...table.keys()].filter((code) => !expected.some(([known]) => known === code));
  expect(unknown, 'rows for codes src/codes.ts does not know').toEqual([]);
});
