// Files are written whole or not at all: a temporary file in the same folder, then a rename
// (replace) or a hard link (no-clobber), so a crash never leaves half a file behind.
import { chmodSync, linkSync, lstatSync, mkdirSync, readlinkSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UserError } from './userError.js';

export class FileExistsError extends Error {
  constructor(readonly path: string) {
    super(`${path} already exists`);
  }
}

/**
 * Where a write to `path` lands: through a symbolic link to its target, and only onto a regular
 * file (a device, FIFO or folder is refused, even with --force); the existing file's mode is kept.
 */
function landing(path: string): { target: string; mode?: number } {
  let target = path;
  try {
    if (lstatSync(path).isSymbolicLink()) target = resolve(dirname(path), readlinkSync(path));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { target };
    throw e;
  }
  let stat;
  try {
    stat = statSync(target);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { target }; // a link to a file not there yet
    throw e;
  }
  if (!stat.isFile()) throw new UserError(`${path} is not a regular file (a folder, device or FIFO); refusing to replace it`);
  return { target, mode: stat.mode & 0o7777 };
}

export function writeFileAtomic(path: string, content: string, opts: { overwrite: boolean }): void {
  const { target, mode } = landing(path);
  const dir = dirname(target);
  const name = basename(target);
  viaTempFile(dir, name, content, mode, (tmp) => (opts.overwrite ? renameSync(tmp, target) : linkToFreeName(tmp, dir, [name])));
}

/** Writes to the first free name among `names` (a suffix instead of overwriting); returns it. */
export function writeNewFile(dir: string, names: Iterable<string>, content: string, limit = 1000): string {
  return viaTempFile(dir, 'new', content, undefined, (tmp) => linkToFreeName(tmp, dir, names, limit));
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

/**
 * Writes `content` to a temporary file in `dir` and hands it to `place`; removes it if anything
 * fails, writing included (a full disk leaves no partial temporary file). `mode`: kept from the
 * file being replaced.
 */
function viaTempFile<T>(dir: string, hint: string, content: string, mode: number | undefined, place: (tmp: string) => T): T {
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${hint}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  try {
    writeFileSync(tmp, content, { flag: 'wx' });
    if (mode !== undefined) chmodSync(tmp, mode);
    return place(tmp);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // already renamed, or never created
    }
    throw e;
  }
}
