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
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  writeFileSync(tmp, content, { flag: 'wx' });
  try {
    if (opts.overwrite) {
      renameSync(tmp, path);
      return;
    }
    try {
      linkSync(tmp, path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new FileExistsError(path);
      throw e;
    }
    unlinkSync(tmp);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // already renamed or removed
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
