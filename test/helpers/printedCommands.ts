// The commands icare prints for the user to run next, taken from its output as a user would copy
// them, and run as a user's shell would (with the built bin for `icare`).
import { spawnSync } from 'node:child_process';
import { BIN } from './cli.js';

/**
 * Every command in `text`: a line (or the part of a line after a colon) that starts with
 * `icare `, joined with the lines it continues onto with a backslash.
 */
export function printedCommands(text: string): string[] {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^(?:[^`]*:)?\s+(icare \S.*?)\s*$/.exec(lines[i]!);
    if (!m) continue;
    let command = m[1]!;
    while (command.endsWith('\\') && i + 1 < lines.length) command = `${command.slice(0, -1).trimEnd()} ${lines[++i]!.trim()}`;
    out.push(command);
  }
  return out;
}

/** The command as a shell line that runs the built bin, without the CI and colour variables of the test runner. */
export function shellLine(command: string): string {
  if (!command.startsWith('icare ')) throw new Error(`not an icare command: ${command}`);
  return `env -u CI -u FORCE_COLOR NO_COLOR=1 node ${BIN} ${command.slice('icare '.length)}`;
}

/** Runs a printed command through sh, so that its quoting counts as it would when pasted. */
export function runPrinted(command: string, cwd: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync('sh', ['-c', shellLine(command)], { cwd, encoding: 'utf8', timeout: 60_000, env: { PATH: process.env.PATH, HOME: process.env.HOME } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
