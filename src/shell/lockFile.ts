// One session per answers file: `assess` holds a lock beside each file it writes (.NAME.lock,
// hidden from folder walks) for as long as it runs. A lock left by a process that is gone (a
// crash, a kill) is taken over; one held by a live process refuses the second session.
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { processAlive, processStart } from './processAlive.js';
import { UserError } from './userError.js';

export function lockPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.lock`);
}

/** Takes the lock on `path` or throws a UserError naming who holds it; returns what releases it. */
export function lockFile(path: string, shown: string): () => void {
  const lock = lockPath(path);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lock, `${[process.pid, processStart(process.pid)].filter((x) => x !== undefined).join(' ')}\n`, { flag: 'wx' });
      return () => {
        try {
          unlinkSync(lock);
        } catch {
          // already gone
        }
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new UserError(`cannot lock ${shown} for this session (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
    }
    // "PID START": the start tells a live holder from a process that merely has its id now.
    const [pidText = '', started] = readText(lock).trim().split(/\s+/);
    const pid = Number.parseInt(pidText, 10);
    // A live holder may be this very process: a second session started in it still must wait.
    if (Number.isInteger(pid) && pid > 0 && processAlive(pid, started)) {
      throw new UserError(`${shown} is open in another \`icare assess\` session (process ${pid}); finish or quit that one first, so that no answer is lost`);
    }
    // A stale lock from a process that is gone: take it over.
    try {
      unlinkSync(lock);
    } catch {
      // someone else took it over first; the next attempt says so
    }
  }
  throw new UserError(`${shown} is open in another \`icare assess\` session; finish or quit that one first`);
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
