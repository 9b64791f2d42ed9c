// Paths and file reading: the one place that turns user-given paths (files, folders, globs) into
// files and reads their bytes for the core.
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { FileBytes, ReadFile } from '../core/checks/parsedFile.js';
import { ioFailure, UserError } from './userError.js';

const YAML_FILE = /\.ya?ml$/i;

/** The path to show for a file: relative to `cwd` when it lies below it. */
export function displayPath(path: string, cwd: string): string {
  // Fast path for the usual case, a plain path under a plain cwd: path.relative normalises both
  // sides every time, which adds up over 10,000 files.
  if (sep === '/' && cwd.startsWith('/') && path.startsWith(cwd) && path.charCodeAt(cwd.length) === 47 && isPlain(cwd) && isPlain(path)) {
    const rel = path.slice(cwd.length + 1);
    return rel && !rel.startsWith('..') ? rel : path;
  }
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

const NOT_PLAIN = /\/\/|\/\.\.?(?:\/|$)|\/$/;

/** No empty, "." or ".." segments and no trailing slash: path.resolve would return it unchanged. */
function isPlain(p: string): boolean {
  return !NOT_PLAIN.test(p);
}

/** Lists the YAML files under a folder (an absolute, resolved path), sorted, recursively. */
export function yamlFilesIn(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    // Plain concatenation, not path.join: d is already normalised, and join would normalise
    // every one of thousands of names again.
    const prefix = d.endsWith(sep) ? d : d + sep;
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const name = entry.name;
      if (name.startsWith('.') || name === 'node_modules') continue;
      if (entry.isDirectory()) walk(prefix + name);
      else if (entry.isFile() && YAML_FILE.test(name)) out.push(prefix + name);
    }
  };
  walk(resolve(dir));
  return out;
}

const GLOB_CHARS = /[*?[\]{}]/;

/** Files, folders and globs → absolute file paths; a path that matches nothing is a UserError. */
export async function expandPaths(paths: readonly string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const abs = resolve(cwd, p);
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      if (GLOB_CHARS.test(p)) {
        const { glob } = await import('tinyglobby');
        const matches = (await glob(p, { cwd, absolute: true, onlyFiles: true })).sort();
        if (matches.length === 0) throw new UserError(`no files match ${p}`);
        out.push(...matches);
        continue;
      }
      throw new UserError(`${p}: no such file or folder`);
    }
    if (stat.isDirectory()) {
      try {
        out.push(...yamlFilesIn(abs));
      } catch (e) {
        throw ioFailure(`${p}: cannot list the folder`, e);
      }
    } else out.push(abs);
  }
  return [...new Set(out)];
}

// One reusable buffer: most files fit in it, so a read costs open, read and close (readFileSync
// also stats the file and allocates a buffer per file). The core decodes the bytes before the
// next read.
const scratch = Buffer.allocUnsafe(64 * 1024);

function readBytes(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    let n = 0;
    for (let got = -1; got !== 0 && n < scratch.length; n += got) got = readSync(fd, scratch, n, scratch.length - n, null);
    if (n < scratch.length) return scratch.subarray(0, n);
    // Larger than the buffer: read the rest as readFileSync would (the core refuses huge files).
    return Buffer.concat([scratch, readFileSync(fd)]);
  } finally {
    closeSync(fd);
  }
}

/** Reads one file for the core; an unreadable file is a UserError (exit 2). */
export function readFileBytes(path: string, cwd: string): FileBytes {
  const file = displayPath(path, cwd);
  try {
    return { ok: true, file, bytes: readBytes(path) };
  } catch (e) {
    throw new UserError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
}

/** The reader core loaders take: paths shown relative to `cwd`. */
export function fileReader(cwd: string): ReadFile {
  return (path) => readFileBytes(path, cwd);
}
