// Whether the process that left a lock or a staging folder still runs. A process id alone is not
// enough: ids are reused, and in a container every run of icare may well be process 1, so a lock
// left by a crashed run would look held for ever. Where the system says when a process started
// (Linux's /proc), the start is recorded beside the id and must match too.
import { readFileSync } from 'node:fs';

/** When process `pid` started, in the system's own units, or undefined where that cannot be read. */
export function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22 (starttime); the command name before it is in parentheses and may hold spaces.
    const start = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    return start !== undefined && /^\d+$/.test(start) ? start : undefined;
  } catch {
    return undefined;
  }
}

/** Whether process `pid` still runs (on this machine), whoever owns it, and is the one that started at `started` when that is known. */
export function processAlive(pid: number, started?: string): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (started === undefined) return true;
  const now = processStart(pid);
  return now === undefined || now === started;
}
