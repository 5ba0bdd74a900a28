// The documentation files and their fenced code blocks, for the tests in test/docs.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** README.md and every docs/guides/*.md, as paths relative to the repository root. */
export function documents(): string[] {
  const guides = readdirSync(`${ROOT}docs/guides`).filter((name) => name.endsWith('.md')).sort();
  return ['README.md', ...guides.map((name) => `docs/guides/${name}`)];
}

export const read = (path: string) => readFileSync(`${ROOT}${path}`, 'utf8');

export interface Block {
  /** The document, relative to the repository root. */
  file: string;
  /** 1-based line of the block's first code line (the one after the opening fence). */
  line: number;
  /** `ts`, `js`, `sh`, … (the info string's first word). */
  lang: string;
  /** The info string's other words, e.g. `no-check`, `run`. */
  flags: string[];
  code: string;
}

/** Every fenced (```) block of a Markdown file. */
export function blocks(file: string): Block[] {
  const lines = read(file).split('\n');
  const found: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,})\s*([^`]*)$/.exec(lines[i]!);
    if (!open) continue;
    const [, indent, fence, info] = open;
    const [lang = '', ...flags] = info!.trim().split(/\s+/).filter(Boolean);
    const start = i + 1;
    let end = start;
    while (end < lines.length && !lines[end]!.trimStart().startsWith(fence!)) end++;
    const code = lines
      .slice(start, end)
      .map((line) => (line.startsWith(indent!) ? line.slice(indent!.length) : line))
      .join('\n');
    found.push({ file, line: start + 1, lang, flags, code });
    i = end;
  }
  return found;
}

/** Blocks in TypeScript or JavaScript (`tsx`: with JSX, for React). */
export const isScript = (block: Block) => ['ts', 'tsx', 'typescript', 'js', 'javascript'].includes(block.lang);
