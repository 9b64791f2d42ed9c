// `icare import` stopped from outside, as the built binary in a real process: an interrupt, a
// closed terminal, `timeout` or a cancelled CI job (SIGINT, SIGHUP, SIGTERM), and a kill -9 in
// the middle of the final move, followed by a re-run.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, FIXTURES, spawnCli } from '../../helpers/cli.js';

const made: string[] = [];
const tmp = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'icare-signals-'));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A CSV of `rows` respondents with distinct names (one file each), from the Google Forms fixture's header. */
function bigCsv(dir: string, rows: number): string {
  const [header, ...data] = readFileSync(join(FIXTURES, 'import', 'google-forms.csv'), 'utf8').trimEnd().split('\n');
  const line = data.find((l) => (l.match(/"/g) ?? []).length % 2 === 0 && l.includes('Aisha Mensah')) as string;
  const csv = join(dir, 'big.csv');
  writeFileSync(csv, [header, ...Array.from({ length: rows }, (_, i) => line.replace('Aisha Mensah', `Person ${i}`))].join('\n') + '\n');
  return csv;
}

interface Ended {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
}

/**
 * Runs `icare import` and sends `signal` once `ready(out)` holds, checked at every change in --out
 * (fs.watch: the signal follows the change by a moment, not by a polling interval).
 */
function importUntil(root: string, signal: NodeJS.Signals, ready: (name: string) => boolean): Promise<Ended> {
  const out = join(root, 'out');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'import', 'big.csv', '--questionnaire', 'icare', '--out', 'out'], { cwd: root, env: { PATH: process.env.PATH, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let sent = false;
    const send = (name: string | null): void => {
      if (sent || name === null || !ready(name)) return;
      sent = true;
      child.kill(signal);
    };
    // --out does not exist until the import makes it: watch its parent, then --out itself, and
    // look at what --out already holds once its watch is in place.
    const watchers = [
      watch(root, (_, name) => {
        if (name !== 'out' || !existsSync(out) || watchers.length > 1) return;
        watchers.push(watch(out, (__, inner) => send(inner)));
        readdirSync(out).forEach(send);
      }),
    ];
    child.on('error', reject);
    child.on('close', (code, sig) => {
      for (const w of watchers) w.close();
      resolve({ code, signal: sig, stderr });
    });
  });
}

const yamlFiles = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.yaml'));
const staging = (dir: string): string[] => readdirSync(dir).filter((f) => f.startsWith('.icare-import-'));

describe('icare import stopped by a signal', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGHUP', 129],
    ['SIGTERM', 143],
  ] as const)('%s while reading stops at the next row, removes the staging folder and exits %i', async (signal, code) => {
    const root = tmp();
    const out = join(root, 'out');
    bigCsv(root, 3000);
    const ended = await importUntil(root, signal, (name) => name.startsWith('.icare-import-'));
    expect(ended.signal).toBeNull();
    expect(ended.code).toBe(code);
    expect(ended.stderr).toMatch(signal === 'SIGINT' ? /^icare: interrupted after \d+ rows; nothing was imported\n$/ : new RegExp(`^icare: interrupted by ${signal} after \\d+ rows; nothing was imported\\n$`));
    expect(existsSync(out)).toBe(false);
  });

  it('SIGTERM during the final move leaves all of the import in --out or none of it, and no staging folder', async () => {
    const root = tmp();
    const out = join(root, 'out');
    bigCsv(root, 3000);
    const ended = await importUntil(root, 'SIGTERM', (name) => name.endsWith('.yaml'));
    expect(ended.signal).toBeNull();
    const files = existsSync(out) ? yamlFiles(out) : [];
    expect([0, 3000]).toContain(files.length);
    expect(ended.code).toBe(files.length === 3000 ? 0 : 143);
    if (existsSync(out)) expect(staging(out)).toEqual([]);
  });
});

describe('icare import after a kill -9 in the middle of the final move', () => {
  it('the next import rolls the interrupted one back before anything else, and a re-run imports each row once', async () => {
    const root = tmp();
    const out = join(root, 'out');
    bigCsv(root, 5000);
    const ended = await importUntil(root, 'SIGKILL', (name) => name.endsWith('.yaml'));
    expect(ended.signal).toBe('SIGKILL');
    // Killed part-way: some files moved in, the rest still staged.
    const moved = yamlFiles(out).length;
    expect(moved).toBeGreaterThan(0);
    expect(moved).toBeLessThan(5000);
    expect(staging(out)).toHaveLength(1);

    const again = spawnCli(['import', 'big.csv', '--questionnaire', 'icare', '--out', 'out'], { cwd: root });
    expect(again.stderr).toBe(
      `icare: an import of big.csv into out/ was interrupted while moving its files in; rolled it back: removed the ${moved} of 5000 files it had moved in\n` +
        '5000 rows: 5000 answers files written to out/\n',
    );
    expect(again.code).toBe(0);
    expect(staging(out)).toEqual([]);
    expect(yamlFiles(out).sort()).toEqual(Array.from({ length: 5000 }, (_, i) => `icare-2026-11-16-person-${i}.yaml`).sort());
  });
});
