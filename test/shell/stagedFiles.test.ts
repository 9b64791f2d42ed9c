import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stagedFiles } from '../../src/shell/stagedFiles.js';

const root = mkdtempSync(join(tmpdir(), 'icare-staged-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('stagedFiles', () => {
  it('moves every staged file in on commit, numbering names that are taken, and leaves no staging folder', async () => {
    const dir = join(root, 'a');
    mkdirSync(dir);
    writeFileSync(join(dir, 'x.yaml'), 'mine\n');
    const staged = stagedFiles(dir);
    await staged.add('x.yaml', 'one\n');
    await staged.add('x.yaml', 'two\n');
    await staged.add('y.yaml', 'three\n');
    expect(readdirSync(dir).filter((f) => f.startsWith('.icare-import-'))).toHaveLength(1);
    await staged.flush();
    expect(staged.commit()).toEqual([join(dir, 'x-2.yaml'), join(dir, 'x-3.yaml'), join(dir, 'y.yaml')]);
    await staged.close();
    expect(readdirSync(dir).sort()).toEqual(['x-2.yaml', 'x-3.yaml', 'x.yaml', 'y.yaml']);
    expect(readFileSync(join(dir, 'x.yaml'), 'utf8')).toBe('mine\n');
    expect(readFileSync(join(dir, 'x-3.yaml'), 'utf8')).toBe('two\n');
  });

  it('without a commit, removes what it staged and the folder it made', async () => {
    const dir = join(root, 'b', 'c');
    const staged = stagedFiles(dir);
    await staged.add('x.yaml', 'one\n');
    await staged.close();
    expect(existsSync(dir)).toBe(false);
  });
});
