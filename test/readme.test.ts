// The README's promises that a test can hold it to: its commands on the bundled files run, and its
// answers file example is valid.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/cli.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** Words as a POSIX shell splits them (double or single quotes, no expansions). */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

/** Every icare command in the README's sh blocks, without its comment. */
function commands(): string[][] {
  const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
  return blocks
    .flatMap((b) => b.split('\n'))
    .flatMap((line) => line.split('&&'))
    .map((line) => line.replace(/\s#.*$/, '').trim())
    .map((line) => line.replace(/^node bin\/icare\.js /, 'icare '))
    .filter((line) => line.startsWith('icare '))
    .map((line) => words(line).slice(1));
}

/** Commands on the files this repository holds (the others name the reader's own files). */
const isPath = (a: string): boolean => !a.startsWith('-') && (a.includes('/') || /\.(csv|tsv|ya?ml|md|html)$/.test(a));
const runnable = commands().filter((argv) => argv.filter(isPath).every((a) => existsSync(join(ROOT, a))) && !argv.includes('assess'));

describe('the README', () => {
  it('has commands on the bundled files to check', () => {
    expect(runnable.length).toBeGreaterThanOrEqual(3);
    expect(runnable.some((a) => a.includes('--customers'))).toBe(true);
  });

  for (const argv of runnable) {
    it(`icare ${argv.join(' ')}`, async () => {
      const r = await runCli(argv);
      expect(r.code, r.stderr).toBe(0);
    });
  }

  it('shows an answers file that validates', async () => {
    const example = /\*\*Answers\*\* \(`schema\/answers\.schema\.json`\):\n\n```yaml\n([\s\S]*?)```/.exec(readme)![1]!;
    const file = join(mkdtempSync(join(tmpdir(), 'icare-readme-')), 'answers.yaml');
    writeFileSync(file, example);
    const r = await runCli(['validate', file]);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toContain('0 errors, 0 warnings');
  });
});
