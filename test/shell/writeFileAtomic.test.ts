import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileExistsError, linkToFreeName, writeFileAtomic, writeNewFile } from '../../src/shell/writeFileAtomic.js';

const root = mkdtempSync(join(tmpdir(), 'icare-write-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const dir = (name: string): string => join(root, name);

describe('writeFileAtomic', () => {
  it('replaces only when asked, and leaves no temporary file', () => {
    const path = join(dir('a'), 'f.txt');
    writeFileAtomic(path, 'one', { overwrite: false });
    expect(() => writeFileAtomic(path, 'two', { overwrite: false })).toThrow(FileExistsError);
    writeFileAtomic(path, 'three', { overwrite: true });
    expect(readFileSync(path, 'utf8')).toBe('three');
    expect(readdirSync(dir('a'))).toEqual(['f.txt']);
  });
});

describe('writeNewFile and linkToFreeName', () => {
  it('take the first free name and never replace a file', () => {
    writeFileAtomic(join(dir('b'), 'n.txt'), 'mine', { overwrite: false });
    expect(writeNewFile(dir('b'), ['n.txt', 'n-2.txt'], 'new')).toBe(join(dir('b'), 'n-2.txt'));
    expect(() => writeNewFile(dir('b'), ['n.txt', 'n-2.txt', 'n-3.txt'], 'more', 2)).toThrow(FileExistsError);
    expect(readdirSync(dir('b')).sort()).toEqual(['n-2.txt', 'n.txt']);
    expect(readFileSync(join(dir('b'), 'n.txt'), 'utf8')).toBe('mine');

    const from = join(dir('b'), '.staged');
    writeFileSync(from, 'staged');
    expect(linkToFreeName(from, dir('b'), ['n.txt', 'n-2.txt', 'n-3.txt'])).toBe(join(dir('b'), 'n-3.txt'));
    expect(readdirSync(dir('b')).sort()).toEqual(['n-2.txt', 'n-3.txt', 'n.txt']);
  });
});
