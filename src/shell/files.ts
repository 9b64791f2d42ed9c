// Paths and file reading: the one place that turns user-given paths (files, folders, globs) into
// files and reads their bytes for the core.
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { FileBytes, ReadFile } from '../core/checks/parsedFile.js';
import { bytesOutsideBlock } from '../core/yaml/blockCharacters.js';
import { MAX_FILE_BYTES } from '../core/yaml/parseYaml.js';
import { ioFailure, UserError } from './userError.js';

export const YAML_FILE = /\.ya?ml$/i;
/** Answers files and the form exports `report` and `compare` read as well. */
const ANSWERS_INPUT = /\.(?:ya?ml|csv|tsv)$/i;

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

/**
 * Lists the YAML files under a folder (an absolute, resolved path), sorted, recursively. Links to
 * files and folders are followed; a folder already being walked (a link loop) is not entered again.
 */
export function yamlFilesIn(dir: string, wanted: RegExp = YAML_FILE): string[] {
  const out: string[] = [];
  const walking = new Set<string>();
  const walk = (d: string): void => {
    const real = realpathSync(d);
    if (walking.has(real)) return;
    walking.add(real);
    // Plain concatenation, not path.join: d is already normalised, and join would normalise
    // every one of thousands of names again.
    const prefix = d.endsWith(sep) ? d : d + sep;
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const name = entry.name;
      if (name.startsWith('.') || name === 'node_modules') continue;
      let kind: 'dir' | 'file' | undefined = entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : undefined;
      if (entry.isSymbolicLink()) {
        try {
          const target = statSync(prefix + name);
          kind = target.isDirectory() ? 'dir' : target.isFile() ? 'file' : undefined;
        } catch {
          kind = wanted.test(name) ? 'file' : undefined; // a broken link: reading it says so
        }
      }
      if (kind === 'dir') walk(prefix + name);
      else if (kind === 'file' && wanted.test(name)) out.push(prefix + name);
    }
    walking.delete(real);
  };
  walk(resolve(dir));
  return out;
}

const GLOB_CHARS = /[*?[\]{}]/;

/**
 * Files, folders and globs → absolute file paths; a path that matches nothing is a UserError.
 * `exports`: folders also give their CSV exports (report and compare read them).
 */
export async function expandPaths(paths: readonly string[], cwd: string, opts: { readonly exports?: boolean } = {}): Promise<string[]> {
  const wanted = opts.exports ? ANSWERS_INPUT : YAML_FILE;
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
      let found: string[];
      try {
        found = yamlFilesIn(abs, wanted);
      } catch (e) {
        throw ioFailure(`${p}: cannot list the folder`, e);
      }
      // A mistyped folder in CI must fail, not report "0 files checked".
      if (found.length === 0) throw new UserError(`${p}: no ${opts.exports ? 'answers files or CSV exports' : 'YAML files (*.yaml, *.yml)'} in this folder`);
      out.push(...found);
    } else out.push(abs);
  }
  return [...new Set(out)];
}

// One reusable buffer: most files fit in it, so a read costs open, stat, read and close. The core
// decodes the bytes before the next read.
const scratch = Buffer.allocUnsafe(64 * 1024);

/** What the careful path gives: the bytes, or why they were not read (never decoded text). */
type BytesRead = Exclude<FileBytes, { readonly text: string }>;

function refused(file: string, rule: string, message: string): BytesRead {
  return { ok: false, findings: [{ file, line: 1, column: 1, severity: 'error', rule, message }] };
}

/**
 * Reads one file for the core: only a regular file (a FIFO or a device is refused before it can
 * hang or flood the reader), and never more than the size bound allows. An unreadable file is a
 * UserError (exit 2).
 */
export function readFileBytes(path: string, cwd: string, limit = MAX_FILE_BYTES): BytesRead {
  const file = displayPath(path, cwd);
  let fd: number;
  try {
    // Non-blocking, so that opening a FIFO does not wait for a writer.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw new UserError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return refused(file, 'not-a-file', 'not a regular file (a FIFO, device or socket); expected a YAML file');
    if (stat.size > limit) return refused(file, 'file-too-large', `file is ${stat.size} bytes; at most ${limit} bytes are read`);
    const buffer = stat.size < scratch.length ? scratch : Buffer.allocUnsafe(limit + 1);
    let n = 0;
    // A file that grows while it is read stops at the bound plus one byte (the core refuses it).
    for (let got = -1; got !== 0 && n < Math.min(buffer.length, limit + 1); n += got) got = readSync(fd, buffer, n, Math.min(buffer.length, limit + 1) - n, null);
    if (buffer === scratch && n === scratch.length) return readFileBytes(path, cwd, limit); // it grew past the scratch buffer
    return { ok: true, file, bytes: buffer.subarray(0, n) };
  } catch (e) {
    throw new UserError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  } finally {
    closeSync(fd);
  }
}

/**
 * A YAML file the quick way when it is an ordinary one: opened without blocking, checked with
 * fstat, read in one call into a buffer kept for the purpose, screened for the characters the
 * block reader leaves to js-yaml, and decoded (the fewest system calls for 100,000 answers files).
 * Anything else (not a regular file, larger than the buffer, not valid UTF-8, NULs, UTF-16) is
 * read by readFileBytes, whose findings say what is wrong.
 */
export function readYamlFile(path: string, cwd: string, limit = MAX_FILE_BYTES): FileBytes {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return readFileBytes(path, cwd, limit);
  }
  let n = -1;
  let size = 0;
  try {
    const stat = fstatSync(fd);
    size = stat.size;
    if (stat.isFile() && size < scratch.length) n = readSync(fd, scratch, 0, scratch.length, null);
  } catch {
    n = -1;
  } finally {
    closeSync(fd);
  }
  // Not read here, or not read whole in one call (it changed while read): the careful path.
  if (n < 0 || n !== size) return readFileBytes(path, cwd, limit);
  // Invalid UTF-8, or NULs (UTF-16 or binary content): the careful path says which. Both are
  // checked on the bytes, natively, before decoding.
  const bytes = scratch.subarray(0, n);
  if (!isUtf8(bytes) || bytes.includes(0)) return readFileBytes(path, cwd, limit);
  const text = scratch.toString('utf8', 0, n);
  return { ok: true, file: displayPath(path, cwd), text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, screened: !bytesOutsideBlock(bytes) };
}

/** The reader core loaders take: paths shown relative to `cwd`. */
export function fileReader(cwd: string): ReadFile {
  return (path) => readYamlFile(path, cwd);
}

/** A file's text, for a command that rewrites it (a resumed answers file). */
export function readTextFile(path: string, cwd: string): string {
  const read = readFileBytes(path, cwd);
  if (!read.ok) throw new UserError(read.findings[0]?.message ?? `${displayPath(path, cwd)}: cannot read`);
  return new TextDecoder().decode(read.bytes);
}
