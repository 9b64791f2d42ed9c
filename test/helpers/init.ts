// Running `icare init`: fresh folders to run it in, a terminal for the interactive path, and
// validate's verdict on what it wrote.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { run } from '../../src/cli.js';
import { runCli } from './cli.js';

export const tmp = (): string => mkdtempSync(join(tmpdir(), 'icare-init-'));

interface JsonFinding {
  severity: string;
  rule: string;
  message: string;
}

/** `icare validate FILE --format json`: the findings and the exit code. */
export async function validateFile(file: string): Promise<{ code: number; findings: JsonFinding[] }> {
  const r = await runCli(['validate', file, '--format', 'json', '--max-warnings', '0']);
  return { code: r.code, findings: JSON.parse(r.stdout) as JsonFinding[] };
}

/** An io whose stdin claims to be a terminal, for the interactive path. */
export function ttyIo(cwd: string, env: Record<string, string> = {}): { io: Parameters<typeof run>[1]; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const stdin = Object.assign(new PassThrough(), { isTTY: true });
  return {
    io: {
      stdout: { write: (s: string) => ((out += s), true), isTTY: true },
      stderr: { write: (s: string) => ((err += s), true), isTTY: true },
      stdin,
      env: { NO_COLOR: '1', ...env },
      cwd,
    },
    out: () => out,
    err: () => err,
  };
}
