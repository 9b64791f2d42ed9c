// Files written to a hidden staging folder inside their destination as they come, a few at a
// time (file creation dominates on busy disks, and overlapping it hides much of the wait), then
// moved in under their real names together: all of them, or none when the caller never commits
// or the move fails part-way. A move cut short by a kill or a power cut is settled by the next
// import (recoverImports), from what stagingFolder.ts keeps on disk.
import { linkSync, lstatSync, mkdirSync, mkdtempSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { freeNames } from '../core/writing/freeNames.js';
import { dropJournal, stagedPath, stagingPrefix, syncFolder, syncStaged, unlinkMoved, writeJournal, writeSource } from './stagingFolder.js';

/** Staged writes in flight at once; enough to overlap file creation, few enough to bound memory. */
const MAX_PENDING_WRITES = 8;

export interface StagedFiles {
  /** Writes a file to the staging folder (made on the first call); throws a failed write's error. */
  add(name: string, text: string): Promise<void>;
  /** Waits for the writes in flight; throws the first failed one's error. */
  flush(): Promise<void>;
  /**
   * Moves every staged file into the folder under its name, or the first free numbered one:
   * never replacing a file. All of them or, when one cannot be moved, none (and throws why).
   * Returns their paths.
   */
  commit(): string[];
  /** Removes the staging folder, and the destination folder when this made it and moved nothing in. */
  close(): Promise<void>;
}

/** `source`: what the files come from (the CSV), for whoever finds the staging folder after a crash. */
export function stagedFiles(dir: string, source: string): StagedFiles {
  const dirExisted = exists(dir);
  let staging: string | undefined;
  const staged: string[] = [];
  const pending = new Set<Promise<void>>();
  let writeError: unknown;
  let moved = 0;
  const flush = async (): Promise<void> => {
    await Promise.all(pending);
    if (writeError) throw writeError;
  };
  return {
    async add(name, text) {
      if (!staging) {
        mkdirSync(dir, { recursive: true });
        staging = mkdtempSync(stagingPrefix(dir));
        writeSource(staging, source);
      }
      const p: Promise<void> = writeFile(stagedPath(staging, staged.length), text, { flag: 'wx' }).then(
        () => void pending.delete(p),
        (e: unknown) => {
          pending.delete(p);
          writeError ??= e;
        },
      );
      staged.push(name);
      pending.add(p);
      if (pending.size >= MAX_PENDING_WRITES) await Promise.race(pending);
      if (writeError) throw writeError;
    },
    flush,
    commit() {
      if (staging === undefined) return [];
      const targets = staged.map(freeNames((name) => lstatSync(join(dir, name), { throwIfNoEntry: false }) !== undefined));
      moveIn(staging, dir, targets);
      moved = targets.length;
      return targets.map((name) => join(dir, name));
    },
    async close() {
      await Promise.all(pending);
      if (staging) rmSync(staging, { recursive: true, force: true });
      if (!dirExisted && moved === 0) {
        try {
          rmdirSync(dir); // only when empty: we made it and put nothing in it
        } catch {
          // not there or not empty
        }
      }
    },
  };
}

/**
 * Hard-links each staged file in under its target name (a link fails rather than replace a file,
 * even one made since the names were chosen), journalled so that a cut-short move can be undone;
 * on a failure, removes what it had moved in and throws. Synchronous: a signal handler cannot
 * run in the middle.
 */
function moveIn(staging: string, dir: string, targets: readonly string[]): void {
  syncStaged(staging, targets.length);
  writeJournal(staging, targets);
  let linked = 0;
  try {
    for (; linked < targets.length; linked++) linkSync(stagedPath(staging, linked), join(dir, targets[linked]!));
  } catch (e) {
    unlinkMoved(staging, dir, targets.slice(0, linked));
    dropJournal(staging);
    throw e;
  }
  syncFolder(dir);
  dropJournal(staging);
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
