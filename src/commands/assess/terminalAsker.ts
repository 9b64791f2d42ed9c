import type { Asker } from '../../prompt/asker.js';
import type { Context } from '../../shell/context.js';

export async function terminalAsker(ctx: Context): Promise<Asker> {
  // Loaded only here: the non-interactive paths never pay for inquirer.
  const { createTerminalAsker } = await import('../../prompt/createTerminalAsker.js');
  return createTerminalAsker({
    input: ctx.io.stdin,
    output: ctx.io.stdout as unknown as NodeJS.WritableStream & { columns?: number },
    chalk: ctx.chalk,
  });
}
