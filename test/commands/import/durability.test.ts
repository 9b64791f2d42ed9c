// What a power cut after `icare import` cannot undo, seen in the system calls the built binary
// makes (strace): the staged files reach the disk before the journal names them, and the names
// moved into --out reach it before the journal is dropped (after which nothing is rolled back).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../../helpers/cli.js';
import { tempFolders } from '../../helpers/tempFolders.js';

const tmp = tempFolders('icare-durable-');
// By its full path: one test runs the import with a PATH that has no `sync` (nor strace).
const strace = spawnSync('sh', ['-c', 'command -v strace'], { encoding: 'utf8' }).stdout.trim();
const canTrace = strace !== '' && spawnSync(strace, ['-o', '/dev/null', 'true']).status === 0;

/** The import's file-system calls, in order, with the paths behind file descriptors. */
function traced(out: string, path: string | undefined): string[] {
  const log = join(tmp(), 'strace.txt');
  const args = ['import', 'test/fixtures/import/microsoft-forms.csv', '--questionnaire', 'icare', '--out', out];
  const r = spawnSync(strace, ['-f', '-y', '-e', 'trace=fsync,syncfs,rename,link,unlink', '-o', log, process.execPath, BIN, ...args], {
    cwd: ROOT,
    env: { HOME: process.env.HOME, NO_COLOR: '1', PATH: path ?? process.env.PATH },
    encoding: 'utf8',
  });
  expect(r.stderr).toContain('4 answers files written');
  return readFileSync(log, 'utf8').split('\n');
}

const at = (calls: readonly string[], pattern: RegExp): number[] => calls.flatMap((c, i) => (pattern.test(c) ? [i] : []));

describe.skipIf(!canTrace)('icare import: durable before it stands', () => {
  it('syncs the file system (sync -f) before the journal, and --out after the last link, before the journal goes', () => {
    const out = tmp();
    const calls = traced(out, undefined);
    const journalIn = at(calls, /rename\(".*journal\.tmp", ".*journal"\)/)[0]!;
    const links = at(calls, /link\(".*\.yaml", /);
    const journalOut = at(calls, /unlink\(".*\/journal"\)/)[0]!;
    expect(links).toHaveLength(4);
    expect(at(calls, /syncfs\(/)[0]).toBeLessThan(journalIn);
    const outSynced = at(calls, new RegExp(`fsync\\(\\d+<${out}>\\)`));
    expect(outSynced.some((i) => i > links.at(-1)! && i < journalOut)).toBe(true);
  });

  it('without `sync` on PATH, syncs each staged file before the journal', () => {
    const out = tmp();
    const calls = traced(out, tmp());
    const journalIn = at(calls, /rename\(".*journal\.tmp", ".*journal"\)/)[0]!;
    const staged = at(calls, /fsync\(\d+<.*\/\.icare-import-[^/]+\/\d+\.yaml>\)/);
    expect(staged).toHaveLength(4);
    expect(Math.max(...staged)).toBeLessThan(journalIn);
  });
});
