import type { RenderContext } from '../context.js';

/**
 * A command to copy (its words already shell-quoted), indented and bold; when it does not fit
 * the terminal, it is broken between words onto continuation lines ending in a backslash, so
 * that it still pastes as one command, rather than wherever the terminal wraps.
 */
export function renderCommandLine(words: readonly string[], ctx: RenderContext): string {
  const one = `  ${words.join(' ')}`;
  if (one.length < ctx.width) return ctx.chalk.bold(one);
  const lines: string[] = [];
  let line = `  ${words[0] ?? ''}`;
  for (const word of words.slice(1)) {
    // A continued line keeps room for its " \".
    if (`${line} ${word} \\`.length < ctx.width) line += ` ${word}`;
    else {
      lines.push(`${line} \\`);
      line = `    ${word}`;
    }
  }
  lines.push(line);
  return ctx.chalk.bold(lines.join('\n'));
}
