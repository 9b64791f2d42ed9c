// Runs one inquirer prompt at a time and turns the ways out of it into values: Ctrl-C is QUIT,
// Esc is QUIT or CANCEL (the caller says which), and an interrupt ends the prompt on screen and
// every prompt after it. Ctrl-C in a prompt counts as an interrupt, as it does between prompts.

export const QUIT = Symbol('quit');
export const CANCEL = Symbol('cancel');
type Stop = typeof QUIT | typeof CANCEL;

/** The context inquirer's prompts take: the streams, and a signal that ends the prompt. */
export interface PromptContext {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  clearPromptOnDone: boolean;
  signal: AbortSignal;
}

export interface PromptRunner {
  ask<T>(start: (ctx: PromptContext) => Promise<T>, onEscape?: Stop): Promise<T | Stop>;
  /** Ends the prompt on screen, if any, and makes every later `ask` give QUIT at once. */
  interrupt(): void;
  /** Whether an interrupt (Ctrl-C in a prompt, or `interrupt()`) ended a prompt: not Esc or a quit key. */
  interrupted(): boolean;
}

export function createPromptRunner(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): PromptRunner {
  // The prompt on screen, and whether an interrupt asked to end it (and any prompt after it).
  let current: AbortController | undefined;
  let interrupted = false;

  /**
   * inquirer's readline emits keypress events on the input stream, which is where Esc is seen (a
   * lone ESC, after readline's short wait for an escape sequence).
   */
  async function ask<T>(start: (ctx: PromptContext) => Promise<T>, onEscape: Stop = QUIT): Promise<T | Stop> {
    if (interrupted) return QUIT;
    const controller = new AbortController();
    current = controller;
    const onKey = (_: unknown, key?: { name?: string }): void => {
      if (key?.name === 'escape') controller.abort();
    };
    const pending = start({ input, output, clearPromptOnDone: true, signal: controller.signal });
    input.on('keypress', onKey);
    try {
      return await pending;
    } catch (e) {
      const name = (e as Error).name;
      if (name === 'AbortPromptError') return interrupted ? QUIT : onEscape;
      if (name === 'ExitPromptError') {
        interrupted = true;
        return QUIT;
      }
      throw e;
    } finally {
      input.off('keypress', onKey);
      current = undefined;
    }
  }

  function interrupt(): void {
    interrupted = true;
    current?.abort();
  }

  return { ask, interrupt, interrupted: () => interrupted };
}
