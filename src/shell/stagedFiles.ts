// Files written to a hidden staging folder inside their destination as they come, a few at a
// time (file creation dominates on busy disks, and overlapping it hides much of the wait), then
// moved in under their real names together: all of them, or none when the caller never commits.
import { lstatSync, mkdirSync, mkdtempSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { freeNames } from '../core/writing/freeNames.js';
import { linkToFreeName } from './writeFileAtomic.js';

/** Staged writes in flight at once; enough to overlap file creation, few enough to bound memory. */
const MAX_PENDING_WRITES = 8;

export interface StagedFiles {
  /** Writes a file to the staging folder (made on the first call); throws a failed write's error. */
  add(name: string, text: string): Promise<void>;
  /** Waits for the writes in flight; throws the first failed one's error. */
  flush(): Promise<void>;
  /** Moves every staged file into the folder under its name, or the first free numbered one: never replacing a file. Returns their paths. */
  commit(): string[];
  /** Removes the staging folder, and the destination folder when this made it and moved nothing in. */
  close(): Promise<void>;
}

export function stagedFiles(dir: string): StagedFiles {
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
        staging = mkdtempSync(join(dir, '.icare-import-'));
      }
      const p: Promise<void> = writeFile(join(staging, `${staged.length}.yaml`), text, { flag: 'wx' }).then(
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
      const from = staging;
      if (from === undefined) return [];
      const pick = freeNames((name) => lstatSync(join(dir, name), { throwIfNoEntry: false }) !== undefined);
      return staged.map((name, i) => {
        // A name taken between the check and the link (another process) moves on to the next.
        const path = linkToFreeName(join(from, `${i}.yaml`), dir, picks(pick, name));
        moved++;
        return path;
      });
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

function* picks(pick: (name: string) => string, name: string): Generator<string> {
  for (;;) yield pick(name);
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
