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
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${basename(target)}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  try {
    // Inside the try: a full disk must not leave a partial temporary file behind.
    writeFileSync(tmp, content, { flag: 'wx' });
    if (mode !== undefined) chmodSync(tmp, mode);
    if (opts.overwrite) {
      renameSync(tmp, target);
      return;
    }
    try {
      linkSync(tmp, target);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new FileExistsError(path);
      throw e;
    }
    unlinkSync(tmp);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // already renamed, or never created
    }
    throw e;
  }
}

/** Writes to the first free name among `names` (a suffix instead of overwriting); returns it. */
export function writeNewFile(dir: string, names: Iterable<string>, content: string, limit = 1000): string {
  let tries = 0;
  for (const name of names) {
    const path = join(dir, name);
    try {
      writeFileAtomic(path, content, { overwrite: false });
      return path;
    } catch (e) {
      if (!(e instanceof FileExistsError) || ++tries >= limit) throw e;
    }
  }
  throw new Error('no free file name');
}
