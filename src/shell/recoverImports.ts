// Imports into a folder that a kill -9 or a power cut stopped, found by the next import into the
// same folder before it does anything else and settled from their staging folders: rolled back
// unless every file had been moved in (then completed). Staging folders of imports still running
// are left alone.
import { lstatSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { InterruptedImport } from '../core/import/interruptedImport.js';
import { processAlive } from './processAlive.js';
import { dropJournal, readJournal, readSource, STAGING_PREFIX, stagingOwner, unlinkMoved } from './stagingFolder.js';

export function recoverImports(dir: string): InterruptedImport[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (e) {
    // Nothing there to settle; the import itself says what is wrong with --out.
    if (['ENOENT', 'ENOTDIR'].includes((e as NodeJS.ErrnoException).code ?? '')) return [];
    throw e;
  }
  const found: InterruptedImport[] = [];
  for (const name of names.filter((n) => n.startsWith(STAGING_PREFIX)).sort()) {
    const owner = stagingOwner(name);
    if (owner !== undefined && owner.pid !== process.pid && processAlive(owner.pid, owner.started)) continue;
    const staging = join(dir, name);
    if (lstatSync(staging).isDirectory()) found.push(settle(staging, dir));
  }
  return found;
}

function settle(staging: string, dir: string): InterruptedImport {
  const csv = readSource(staging);
  const targets = readJournal(staging);
  let found: InterruptedImport;
  if (targets) {
    // Stopped while moving its files in: those already in go again.
    found = { stage: 'moving', staged: targets.length, removed: unlinkMoved(staging, dir, targets) };
    dropJournal(staging);
  } else {
    // No journal: the move had not started, or had finished (its files are still linked in --out).
    const staged = readdirSync(staging).filter((f) => /^\d+\.yaml$/.test(f));
    const movedIn = staged.some((f) => lstatSync(join(staging, f)).nlink > 1);
    found = { stage: movedIn ? 'cleaning-up' : 'reading', staged: staged.length, removed: 0 };
  }
  rmSync(staging, { recursive: true, force: true });
  return csv === undefined ? found : { csv, ...found };
}
