// Running the CLI as a user would: in-process through run() (fast, for the case table) and as a
// spawned process of the built binary (for the subset that must prove the real wiring).
import { spawnSync } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { run } from '../../src/cli.js';
import type { Io } from '../../src/shell/io.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
export const BIN = `${ROOT}/bin/icare.js`;
export const FIXTURES = `${ROOT}/test/fixtures`;

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliOptions {
  readonly cwd?: string;
  readonly env?: Record<string, string | undefined>;
  readonly stdin?: string;
  /** Pretend stdout is a terminal of this width. */
  readonly tty?: boolean;
  readonly columns?: number;
}

function sink(tty: boolean, columns: number | undefined): { stream: Io['stdout']; text: () => string } {
  let out = '';
  return {
    stream: { write: (s: string) => ((out += s), true), isTTY: tty, ...(columns !== undefined && { columns }) },
    text: () => out,
  };
}

export async function runCli(argv: readonly string[], opts: CliOptions = {}): Promise<CliResult> {
  const stdout = sink(opts.tty ?? false, opts.columns);
  const stderr = sink(opts.tty ?? false, opts.columns);
  const stdin = new PassThrough();
  stdin.end(opts.stdin ?? '');
  const code = await run(argv, {
    stdout: stdout.stream,
    stderr: stderr.stream,
    stdin: Object.assign(stdin, { isTTY: false }),
    env: { NO_COLOR: '1', ...opts.env },
    cwd: opts.cwd ?? ROOT,
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

export function spawnCli(argv: readonly string[], opts: CliOptions = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...argv], {
    cwd: opts.cwd ?? ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', ...opts.env },
    input: opts.stdin ?? '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

/** Output compared in tests: no colour, no machine paths, no version numbers. */
export function normalise(s: string): string {
  return s
    .replace(ANSI, '')
    .split(ROOT + '/')
    .join('')
    .split(ROOT)
    .join('<root>')
    .replace(/\/tmp\/[A-Za-z0-9._-]+/g, '<tmp>')
    .replace(/\b\d+\.\d+\.\d+\b/g, '<version>');
}
