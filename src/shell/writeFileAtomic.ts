// Files are written whole or not at all: a temporary file in the same folder, then a rename
// (replace) or a hard link (no-clobber), so a crash never leaves half a file behind.
import { linkSync, mkdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export class FileExistsError extends Error {
  constructor(readonly path: string) {
    super(`${path} already exists`);
  }
}

export function writeFileAtomic(path: string, content: string, opts: { overwrite: boolean }): void {
  const dir = dirname(path);
  const name = basename(path);
  viaTempFile(dir, name, content, (tmp) => (opts.overwrite ? renameSync(tmp, path) : linkToFreeName(tmp, dir, [name])));
}

/** Writes to the first free name among `names` (a suffix instead of overwriting); returns it. */
export function writeNewFile(dir: string, names: Iterable<string>, content: string, limit = 1000): string {
  return viaTempFile(dir, 'new', content, (tmp) => linkToFreeName(tmp, dir, names, limit));
}

/**
 * Gives the file `from` the first of `names` that is free in `dir` (a hard link fails rather
 * than replace a file), removes `from` and returns the new path. FileExistsError when the names
 * run out or `limit` of them are taken.
 */
export function linkToFreeName(from: string, dir: string, names: Iterable<string>, limit = Infinity): string {
  let taken: string | undefined;
  let tries = 0;
  for (const name of names) {
    const to = join(dir, name);
    try {
      linkSync(from, to);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      if (++tries >= limit) throw new FileExistsError(to);
      taken = to;
      continue;
    }
    unlinkSync(from);
    return to;
  }
  throw taken === undefined ? new Error('no file name to try') : new FileExistsError(taken);
}

/** Writes `content` to a temporary file in `dir` and hands it to `place`; removes it if that fails. */
function viaTempFile<T>(dir: string, hint: string, content: string, place: (tmp: string) => T): T {
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${hint}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  writeFileSync(tmp, content, { flag: 'wx' });
  try {
    return place(tmp);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // already renamed or removed
    }
    throw e;
  }
}
