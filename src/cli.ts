// icare's entry point: `run(argv, io)` parses the arguments, runs one command and returns its exit
// code. Every error ends here: a UserError prints its message and gives its exit code; anything
// else is an internal error, printed as one line plus how to report it.
import { CommanderError } from 'commander';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildProgram } from './cli/program.js';
import { oneLine } from './render/text/sanitize.js';
import { makeContext, type Context } from './shell/context.js';
import type { Io } from './shell/io.js';
import { EXIT, UserError } from './shell/userError.js';

export { processIo } from './shell/processIo.js';

// src/cli.ts and dist/cli.js both sit one folder below the package root.
const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function run(argv: readonly string[], io: Io, packageRoot = PACKAGE_ROOT): Promise<number> {
  const ctx = await makeContext(io, packageRoot, { colour: !helpOnly(argv) });
  let code: number = EXIT.ok;
  const program = buildProgram(ctx, (c) => {
    code = c;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (e) {
    return exitCodeFor(e, ctx);
  }
}

const HELP_OR_VERSION = new Set(['commander.helpDisplayed', 'commander.version', 'commander.help']);

const HELP_FLAGS = new Set(['-h', '--help', '-V', '--version', 'help']);

/** A run that can only print help or the version (a command's help included). */
function helpOnly(argv: readonly string[]): boolean {
  return argv.length === 0 || argv.some((a) => HELP_FLAGS.has(a));
}

/** Prints what went wrong and gives the exit code; exported for tests that call a command directly. */
export function exitCodeFor(e: unknown, ctx: Context): number {
  // commander has already printed its own message (usage errors) or the help text.
  if (e instanceof CommanderError) return HELP_OR_VERSION.has(e.code) || e.exitCode === 0 ? EXIT.ok : EXIT.usage;
  const err = e as Error & { code?: unknown };
  if (e instanceof UserError) {
    ctx.io.stderr.write(ctx.chalkErr.red(`icare: ${oneLine(err.message)}`) + '\n' + (e.details ?? ''));
    return e.exitCode;
  }
  // A system error no boundary translated (EMFILE, EPIPE on a file…) is still the user's to fix.
  if (typeof err.code === 'string' && /^E[A-Z]+$/.test(err.code)) {
    ctx.io.stderr.write(ctx.chalkErr.red(`icare: ${oneLine(err.message)}`) + '\n');
    return EXIT.usage;
  }
  ctx.io.stderr.write(
    ctx.chalkErr.red(`icare: internal error: ${oneLine(err?.message ?? String(e))}`) +
      '\nPlease report this with the command you ran. Set ICARE_DEBUG=1 to see the stack.\n',
  );
  if (ctx.io.env.ICARE_DEBUG) ctx.io.stderr.write(`${err?.stack ?? ''}\n`);
  return EXIT.usage;
}
