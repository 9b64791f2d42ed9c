import type { Asker } from '../../prompt/asker.js';
import type { Context } from '../../shell/context.js';

/**
 * While `body` runs, an interrupt (Ctrl-C between prompts, when the terminal is not in raw mode,
 * or a SIGINT from elsewhere) ends the prompt on screen and stops before the next question,
 * with every answer given so far saved and the resume command printed, instead of ending the
 * process wherever it happens to be. `interrupted` also says yes after Ctrl-C in a prompt.
 */
export async function interruptible(ctx: Context, asker: Asker | undefined, body: (interrupted: () => boolean) => Promise<number>): Promise<number> {
  let stopped = false;
  const off = ctx.io.onInterrupt?.(() => {
    stopped = true;
    asker?.interrupt?.();
  });
  try {
    return await body(() => stopped || asker?.interrupted?.() === true);
  } finally {
    off?.();
  }
}
