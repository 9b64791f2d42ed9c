// Where a command's result goes: standard output, or a file written whole (never replacing one
// unless asked).
import { resolve } from 'node:path';
import type { RenderContext } from '../render/context.js';
import { renderContext, type Context } from './context.js';
import { ioFailure, UserError, EXIT, type ExitCode } from './userError.js';
import { FileExistsError, writeFileAtomic } from './writeFileAtomic.js';

/** The options of a command that prints a result in a format of its registry, perhaps to a file. */
export interface ResultOptions<F extends string> {
  /** --questionnaires folders. */
  readonly questionnaires: readonly string[];
  readonly format: F;
  readonly out?: string;
  readonly force?: boolean;
}

/** How a result is rendered for where it goes: a file (--out) never gets colour codes. */
export function resultContext(ctx: Context, out: string | undefined): RenderContext {
  return renderContext(ctx, out ? ctx.plainChalk : ctx.chalk);
}

/** Writes a result to --out (atomically, refusing to overwrite without --force) or to stdout. */
export function emit(ctx: Context, text: string, out: string | undefined, force: boolean | undefined): ExitCode {
  if (!out) {
    ctx.io.stdout.write(text);
    return EXIT.ok;
  }
  const path = resolve(ctx.io.cwd, out);
  try {
    writeFileAtomic(path, text, { overwrite: force === true });
  } catch (e) {
    if (e instanceof FileExistsError) throw new UserError(`${out} already exists; use --force to overwrite it`);
    if (e instanceof UserError) throw e;
    throw ioFailure(`cannot write ${out}`, e);
  }
  ctx.io.stderr.write(`Wrote ${out}\n`);
  return EXIT.ok;
}
