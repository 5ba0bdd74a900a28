// @vitest-environment node
// The README's install steps work before pwflow is on the registry, and its script-tag section
// says what a strict CSP needs. The tarball name it tells users to install is the one `npm pack`
// writes for this version.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './markdown';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = (from: string, to: string) => readme.slice(readme.indexOf(from), readme.indexOf(to, readme.indexOf(from)));

describe('README install and script-tag sections', () => {
  it('keeps the published form and says how to install before publication: npm pack and the tarball, or git', () => {
    const install = section('## Install and first call', '**With a bundler');
    expect(install).toContain('npm install pwflow\n');
    expect(install).toContain('not on the npm registry yet');
    const { version, name } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; name: string };
    // What `npm pack` would write (--dry-run: no build, no file).
    const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' })) as { filename: string }[];
    expect(packed[0]!.filename).toBe(`${name}-${version}.tgz`);
    expect(install).toContain(`npm install && npm pack`);
    expect(install).toContain(`npm install ../pwflow/${packed[0]!.filename}`);
    expect(install).toMatch(/npm install git\+\S+/);
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.prepare).toBe('npm run build'); // what the git form relies on
  });

  it('tells script-tag users that a strict CSP needs connect-src for the API origin', () => {
    const scriptTag = section('**Script tag, no build step**', '**ES module without a bundler**');
    expect(scriptTag).toContain("connect-src 'self' https://auth.example.com");
    expect(scriptTag).toContain("domain: 'auth.example.com'");
  });
});
