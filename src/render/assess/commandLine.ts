import type { RenderContext } from '../context.js';

/**
 * A command to copy, indented and bold; when it does not fit the terminal, its last argument
 * goes on a continuation line (with a backslash, so it still pastes as one command) rather
 * than being broken wherever the terminal wraps.
 */
export function renderCommandLine(command: string, last: string, ctx: RenderContext): string {
  const one = `  ${command} ${last}`;
  return ctx.chalk.bold(one.length < ctx.width ? one : `  ${command} \\\n    ${last}`);
}
