// @vitest-environment node
// Every relative link of the hand-written docs leads somewhere: the file exists, and a `#fragment`
// names a heading of the target (GitHub's anchors) or an `id` in an HTML page. Links to the web
// are not followed (this machine has no internet), only links inside the repository.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, read } from './markdown';

/** README.md, docs/*.md, docs/guides/*.md and docs/examples/README.md (docs/api is TypeDoc's). */
const files = [
  'README.md',
  ...['docs', 'docs/guides', 'docs/examples'].flatMap((dir) =>
    readdirSync(join(ROOT, dir))
      .filter((name) => name.endsWith('.md'))
      .map((name) => `${dir}/${name}`),
  ),
];

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to dashes. */
export const slug = (heading: string) =>
  heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

/** The anchors a file offers: Markdown headings (numbered as GitHub numbers repeats) or HTML ids. */
function anchors(path: string): Set<string> {
  const text = read(path);
  if (!path.endsWith('.md')) return new Set([...text.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
  const seen = new Map<string, number>();
  const found = new Set<string>();
  let fenced = false;
  for (const line of text.split('\n')) {
    if (/^\s*```/.test(line)) fenced = !fenced;
    const heading = !fenced && /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1];
    if (!heading) continue;
    const base = slug(heading);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    found.add(count ? `${base}-${count}` : base);
  }
  return found;
}

/** `[text](target)` and `[label]: target` links outside code, with their line numbers. */
function links(path: string): { line: number; target: string }[] {
  const found: { line: number; target: string }[] = [];
  let fenced = false;
  read(path)
    .split('\n')
    .forEach((line, index) => {
      if (/^\s*```/.test(line)) fenced = !fenced;
      if (fenced) return;
      const prose = line.replace(/`[^`]*`/g, '');
      for (const match of prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)|^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/g)) {
        found.push({ line: index + 1, target: (match[1] ?? match[2])! });
      }
    });
  return found;
}

/** Why `target`, linked from `from`, leads nowhere; undefined when it leads somewhere. */
function broken(from: string, target: string): string | undefined {
  if (/^[a-z][a-z\d+.-]*:/i.test(target)) return undefined; // https:, mailto:, …: not ours to check
  const [pathPart = '', fragment] = target.split('#');
  const path = pathPart ? relative(ROOT, join(ROOT, dirname(from), decodeURI(pathPart))) : from;
  if (path.startsWith('..')) return `${path} is outside the repository`;
  if (!existsSync(join(ROOT, path))) return `${path} does not exist`;
  if (fragment === undefined || statSync(join(ROOT, path)).isDirectory()) return undefined;
  return anchors(path).has(decodeURIComponent(fragment)) ? undefined : `${path} has no anchor #${fragment}`;
}

describe('relative links in the docs', () => {
  it.each(files)('%s: every link leads to a file, and every #anchor to a heading', (file) => {
    const found = links(file);
    const problems = found.flatMap(({ line, target }) => {
      const why = broken(file, target);
      return why ? [`${file}:${line} (${target}): ${why}`] : [];
    });
    expect(problems).toEqual([]);
  });

  it('finds the links it checks', () => {
    // A pattern that matched nothing would pass every file above: README.md links to the guides.
    expect(links('README.md').filter(({ target }) => target.startsWith('docs/guides/')).length).toBeGreaterThan(5);
    // docs/ARCHITECTURE.md, for the next maintainer, is checked too and linked from the README.
    expect(files).toContain('docs/ARCHITECTURE.md');
    expect(links('README.md').map(({ target }) => target)).toContain('docs/ARCHITECTURE.md');
    expect(slug('`parseResetToken(from?, options?)` — read the token')).toBe('parseresettokenfrom-options--read-the-token');
  });
});
