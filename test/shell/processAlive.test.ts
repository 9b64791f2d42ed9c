import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { processAlive, processStart } from '../../src/shell/processAlive.js';

// A process that has ended.
const DEAD = spawnSync('true').pid as number;
const linux = existsSync(`/proc/${process.pid}/stat`);

describe('processAlive', () => {
  it('knows a running process from one that has ended', () => {
    expect(processAlive(process.pid)).toBe(true);
    expect(processAlive(process.ppid)).toBe(true);
    expect(processAlive(DEAD)).toBe(false);
  });

  it.runIf(linux)('tells the process that holds an id from an earlier one with the same id, by when it started', () => {
    const started = processStart(process.pid);
    expect(started).toMatch(/^\d+$/);
    expect(processStart(process.pid)).toBe(started);
    expect(processAlive(process.pid, started)).toBe(true);
    // The same id, started at another time: the process that wrote it is gone.
    expect(processAlive(process.pid, String(Number(started) + 1))).toBe(false);
    expect(processAlive(DEAD, started)).toBe(false);
  });

  it('has no start for a process that has ended', () => {
    expect(processStart(DEAD)).toBeUndefined();
  });
});
