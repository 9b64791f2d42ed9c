import { noTerminalMessage, renderNoTerminalAdvice } from '../../render/assess/noTerminal.js';
import { isCi } from '../../shell/ci.js';
import type { Context } from '../../shell/context.js';
import { EXIT, UserError } from '../../shell/userError.js';

/**
 * `assess` needs a person at a keyboard; in CI or with piped input it must not wait forever. The
 * advice names the questionnaires asked for (`ids`) and the --questionnaires folders.
 */
export function requireTerminal(ctx: Context, asked: { readonly ids: readonly string[]; readonly questionnaires: readonly string[] }): void {
  const tty = ctx.io.stdin.isTTY === true;
  if (tty && !isCi(ctx.io.env)) return;
  throw new UserError(noTerminalMessage(tty ? 'ci' : 'not-a-terminal'), EXIT.usage, renderNoTerminalAdvice(asked));
}
