// The staging folder an import keeps inside --out, in the form a later import reads after a kill
// -9 or a power cut: its name says which process made it, `source` names the CSV, and while the
// files are moved in, `journal` lists the name each staged file gets, so a cut-short move can be
// undone. The journal is written and synced before the first file moves and removed after the
// last: its removal is the moment the import stands.
import { execFileSync } from 'node:child_process';
import { closeSync, fsyncSync, lstatSync, openSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { processStart } from './processAlive.js';
import { UserError } from './userError.js';

export const STAGING_PREFIX = '.icare-import-';
const JOURNAL = 'journal';
const SOURCE = 'source';

/** The mkdtemp prefix of this process's staging folder in `dir`: its id and, where known, when it started. */
export function stagingPrefix(dir: string): string {
  const started = processStart(process.pid);
  return join(dir, `${STAGING_PREFIX}${process.pid}-${started === undefined ? '' : `s${started}-`}`);
}

/** The process that made the staging folder `name` (and when it started, if the name says); undefined for a name without one. */
export function stagingOwner(name: string): { readonly pid: number; readonly started?: string } | undefined {
  const m = /^\.icare-import-(\d+)-(?:s(\d+)-)?/.exec(name);
  if (!m) return undefined;
  return m[2] === undefined ? { pid: Number(m[1]) } : { pid: Number(m[1]), started: m[2] };
}

/** Where the `i`th staged file is kept until it is moved in. */
export function stagedPath(staging: string, i: number): string {
  return join(staging, `${i}.yaml`);
}

export function writeSource(staging: string, csv: string): void {
  writeFileSync(join(staging, SOURCE), csv);
}

export function readSource(staging: string): string | undefined {
  try {
    return readFileSync(join(staging, SOURCE), 'utf8');
  } catch {
    return undefined;
  }
}

/** Before the first file moves: the name each staged file gets in --out, in order, on disk for good. */
export function writeJournal(staging: string, targets: readonly string[]): void {
  // Whole or absent: a journal cut short by a power cut is a `journal.tmp`, and no file has moved.
  const tmp = join(staging, `${JOURNAL}.tmp`);
  const fd = openSync(tmp, 'w');
  try {
    writeFileSync(fd, JSON.stringify(targets));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, join(staging, JOURNAL));
  syncFolder(staging);
}

/** After the last file has moved in: from here on the import is never rolled back. */
export function dropJournal(staging: string): void {
  unlinkSync(join(staging, JOURNAL));
  syncFolder(staging);
}

/** The journal's names; undefined when there is none (the move had not started, or had finished). */
export function readJournal(staging: string): string[] | undefined {
  let text: string;
  try {
    text = readFileSync(join(staging, JOURNAL), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  try {
    const targets: unknown = JSON.parse(text);
    if (Array.isArray(targets) && targets.every((t) => typeof t === 'string' && !t.includes('/'))) return targets as string[];
  } catch {
    // said below
  }
  throw new UserError(`${join(staging, JOURNAL)} is not the journal icare writes; check the folder and remove ${staging} by hand`);
}

/** Removes the names in `dir` that are still hard links to their staged files: what a cut-short move had moved in. */
export function unlinkMoved(staging: string, dir: string, targets: readonly string[]): number {
  let removed = 0;
  targets.forEach((name, i) => {
    if (!sameFile(stagedPath(staging, i), join(dir, name))) return;
    unlinkSync(join(dir, name));
    removed++;
  });
  return removed;
}

function sameFile(a: string, b: string): boolean {
  const x = lstatSync(a, { throwIfNoEntry: false });
  const y = lstatSync(b, { throwIfNoEntry: false });
  return x !== undefined && y !== undefined && x.ino === y.ino && x.dev === y.dev;
}

/** Makes a file (or a folder's entries) durable; throws what open or fsync throws. */
function syncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes a folder's entries durable; not every system can sync a folder, and those that cannot lose nothing by it. */
export function syncFolder(path: string): void {
  try {
    syncPath(path);
  } catch {
    // EISDIR or EINVAL where folders cannot be synced
  }
}

/**
 * Makes the staged files' contents durable before the journal names them (otherwise a power cut
 * can leave a completed import's files empty): one `sync -f` (syncfs) for the whole file system
 * where the system has it, else each file in turn, which costs far more.
 */
export function syncStaged(staging: string, count: number): void {
  try {
    execFileSync('sync', ['-f', staging], { stdio: 'ignore', timeout: 120_000 });
    return;
  } catch (e) {
    // Stopped by a signal (Ctrl-C reaches the whole group): ours is handled once the move is done.
    if ((e as { signal?: string | null }).signal) return;
    // Otherwise no GNU sync here: file by file.
  }
  for (let i = 0; i < count; i++) syncPath(stagedPath(staging, i));
}
