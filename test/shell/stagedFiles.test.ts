import * as fs from 'node:fs';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { stagedFiles } from '../../src/shell/stagedFiles.js';

// Pass-through spies: the count of file-system calls shows whether naming stays linear.
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  return { ...real, linkSync: vi.fn(real.linkSync), lstatSync: vi.fn(real.lstatSync), statSync: vi.fn(real.statSync), existsSync: vi.fn(real.existsSync) };
});

const root = mkdtempSync(join(tmpdir(), 'icare-staged-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('stagedFiles', () => {
  it('moves every staged file in on commit, numbering names that are taken, and leaves no staging folder', async () => {
    const dir = join(root, 'a');
    mkdirSync(dir);
    writeFileSync(join(dir, 'x.yaml'), 'mine\n');
    const staged = stagedFiles(dir, 'x.csv');
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
    const staged = stagedFiles(dir, 'x.csv');
    await staged.add('x.yaml', 'one\n');
    await staged.close();
    expect(existsSync(dir)).toBe(false);
  });

  it('names 2,000 files that share a name with a few file-system calls each, skipping and keeping the files already there', async () => {
    const dir = join(root, 'same');
    mkdirSync(dir);
    writeFileSync(join(dir, 'n.yaml'), 'mine\n');
    writeFileSync(join(dir, 'n-3.yaml'), 'mine too\n');
    const staged = stagedFiles(dir, 'x.csv');
    for (let i = 0; i < 2000; i++) await staged.add('n.yaml', `${i}\n`);
    await staged.flush();
    const calls = (): number => [fs.linkSync, fs.lstatSync, fs.statSync, fs.existsSync].reduce((n, f) => n + vi.mocked(f).mock.calls.length, 0);
    const before = calls();
    const paths = staged.commit();
    // Searching every name from the start costs n²/2 probes (about two million here).
    expect(calls() - before).toBeLessThan(3 * 2000 + 10);
    await staged.close();
    const expected = ['n-2.yaml', ...Array.from({ length: 1999 }, (_, i) => `n-${i + 4}.yaml`)];
    expect(paths).toEqual(expected.map((f) => join(dir, f)));
    expect(readdirSync(dir).sort()).toEqual(['n.yaml', 'n-3.yaml', ...expected].sort());
    expect(readFileSync(join(dir, 'n.yaml'), 'utf8')).toBe('mine\n');
    expect(readFileSync(join(dir, 'n-3.yaml'), 'utf8')).toBe('mine too\n');
    expect(expected.map((f) => readFileSync(join(dir, f), 'utf8'))).toEqual(Array.from({ length: 2000 }, (_, i) => `${i}\n`));
  });

  it('moves all or none: when a file cannot be moved in, takes back those it had moved and throws why', async () => {
    const dir = join(root, 'fails');
    mkdirSync(dir);
    writeFileSync(join(dir, 'mine.yaml'), 'mine\n');
    const staged = stagedFiles(dir, 'x.csv');
    for (const name of ['a.yaml', 'b.yaml', 'c.yaml']) await staged.add(name, `${name}\n`);
    await staged.flush();
    const real = vi.mocked(fs.linkSync).getMockImplementation() as typeof fs.linkSync;
    let links = 0;
    vi.mocked(fs.linkSync).mockImplementation((from, to) => {
      if (++links === 3) throw Object.assign(new Error('ENOSPC: no space left on device, link'), { code: 'ENOSPC' });
      real(from, to);
    });
    try {
      expect(() => staged.commit()).toThrow('ENOSPC');
    } finally {
      vi.mocked(fs.linkSync).mockImplementation(real);
    }
    await staged.close();
    expect(readdirSync(dir)).toEqual(['mine.yaml']);
  });
});
