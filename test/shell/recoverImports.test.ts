import { spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { processStart } from '../../src/shell/processAlive.js';
import { recoverImports } from '../../src/shell/recoverImports.js';

const root = mkdtempSync(join(tmpdir(), 'icare-recover-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// A process that has ended: the owner of a staging folder a kill -9 left behind.
const DEAD = spawnSync('true').pid as number;

/** --out with a staging folder holding `staged` files (0.yaml, 1.yaml, …), as a killed import left it. */
function interrupted(name: string, staged: number, owner: number | string = DEAD): { dir: string; staging: string } {
  const dir = join(root, name);
  const staging = join(dir, `.icare-import-${owner}-abc123`);
  mkdirSync(staging, { recursive: true });
  writeFileSync(join(staging, 'source'), 'big.csv');
  for (let i = 0; i < staged; i++) writeFileSync(join(staging, `${i}.yaml`), `staged ${i}\n`);
  writeFileSync(join(dir, 'mine.yaml'), 'mine\n');
  return { dir, staging };
}

describe('recoverImports', () => {
  it('rolls back an import killed while reading: removes its staging folder and nothing else', () => {
    const { dir } = interrupted('reading', 2);
    expect(recoverImports(dir)).toEqual([{ csv: 'big.csv', stage: 'reading', staged: 2, removed: 0 }]);
    expect(readdirSync(dir)).toEqual(['mine.yaml']);
  });

  it('rolls back an import killed while moving its files in: removes the files it had moved in, keeps any other file of those names', () => {
    const { dir, staging } = interrupted('moving', 3);
    writeFileSync(join(staging, 'journal'), JSON.stringify(['a.yaml', 'b.yaml', 'c.yaml']));
    linkSync(join(staging, '0.yaml'), join(dir, 'a.yaml'));
    writeFileSync(join(dir, 'b.yaml'), 'not the staged file\n');
    expect(recoverImports(dir)).toEqual([{ csv: 'big.csv', stage: 'moving', staged: 3, removed: 1 }]);
    expect(readdirSync(dir).sort()).toEqual(['b.yaml', 'mine.yaml']);
    expect(readFileSync(join(dir, 'b.yaml'), 'utf8')).toBe('not the staged file\n');
  });

  it('completes an import killed after every file had moved in, while it removed its staging folder', () => {
    const { dir, staging } = interrupted('cleaning-up', 2);
    linkSync(join(staging, '0.yaml'), join(dir, 'a.yaml'));
    linkSync(join(staging, '1.yaml'), join(dir, 'b.yaml'));
    rmSync(join(staging, '0.yaml'));
    expect(recoverImports(dir)).toEqual([{ csv: 'big.csv', stage: 'cleaning-up', staged: 1, removed: 0 }]);
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'b.yaml', 'mine.yaml']);
  });

  it('treats a journal cut short by a power cut as no journal: no file had moved', () => {
    const { dir, staging } = interrupted('journal-cut', 1);
    writeFileSync(join(staging, 'journal.tmp'), '["a.ya');
    expect(recoverImports(dir)).toEqual([{ csv: 'big.csv', stage: 'reading', staged: 1, removed: 0 }]);
    expect(readdirSync(dir)).toEqual(['mine.yaml']);
  });

  it('leaves alone the staging folder of an import still running, and an --out that is missing or not a folder', () => {
    const { dir, staging } = interrupted('running', 1, process.ppid);
    expect(recoverImports(dir)).toEqual([]);
    expect(existsSync(staging)).toBe(true);
    expect(recoverImports(join(root, 'no-such-folder'))).toEqual([]);
    writeFileSync(join(root, 'a-file'), '');
    expect(recoverImports(join(root, 'a-file'))).toEqual([]);
  });

  it.runIf(existsSync(`/proc/${process.ppid}/stat`))('settles the staging folder of a process whose id is now another running process, and leaves alone one whose start still matches', () => {
    const started = processStart(process.ppid)!;
    const reused = interrupted('reused-id', 1, `${process.ppid}-s${Number(started) + 1}`);
    expect(recoverImports(reused.dir)).toEqual([{ csv: 'big.csv', stage: 'reading', staged: 1, removed: 0 }]);
    const running = interrupted('same-start', 1, `${process.ppid}-s${started}`);
    expect(recoverImports(running.dir)).toEqual([]);
    expect(existsSync(running.staging)).toBe(true);
  });
});
