import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CANCEL, createPromptRunner, QUIT, type PromptContext } from '../../../src/prompt/terminal/promptRunner.js';

const named = (name: string): Error => Object.assign(new Error(name), { name });

/** A prompt that ends as inquirer's do when its signal aborts. */
const waitForAbort = (ctx: PromptContext): Promise<string> => new Promise((_, reject) => ctx.signal.addEventListener('abort', () => reject(named('AbortPromptError'))));

describe('createPromptRunner', () => {
  it('gives the prompt’s answer, and QUIT for Ctrl-C, which counts as an interrupt', async () => {
    const runner = createPromptRunner(new PassThrough(), new PassThrough());
    await expect(runner.ask(async () => 'yes')).resolves.toBe('yes');
    expect(runner.interrupted()).toBe(false);
    await expect(runner.ask(() => Promise.reject(named('ExitPromptError')))).resolves.toBe(QUIT);
    expect(runner.interrupted()).toBe(true);
  });

  it('ends the prompt on Esc with QUIT, or with what the caller asks for', async () => {
    const input = new PassThrough();
    const runner = createPromptRunner(input, new PassThrough());
    const quit = runner.ask(waitForAbort);
    input.emit('keypress', undefined, { name: 'escape' });
    await expect(quit).resolves.toBe(QUIT);
    expect(runner.interrupted()).toBe(false);
    const cancel = runner.ask(waitForAbort, CANCEL);
    input.emit('keypress', undefined, { name: 'escape' });
    await expect(cancel).resolves.toBe(CANCEL);
    expect(input.listenerCount('keypress')).toBe(0);
  });

  it('on an interrupt, ends the prompt on screen as QUIT, even where Esc cancels, and every later one at once', async () => {
    const runner = createPromptRunner(new PassThrough(), new PassThrough());
    const pending = runner.ask(waitForAbort, CANCEL);
    runner.interrupt();
    await expect(pending).resolves.toBe(QUIT);
    let started = false;
    await expect(runner.ask(async () => ((started = true), 'x'))).resolves.toBe(QUIT);
    expect(started).toBe(false);
  });

  it('lets other errors through', async () => {
    const runner = createPromptRunner(new PassThrough(), new PassThrough());
    await expect(runner.ask(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  });
});
