// What every part of the terminal asker shares: the input, the prompt runner, the theme, and the
// output with the few ways it is written to (wrapped lines, notes, the record of an answer).
import type { ChalkInstance } from 'chalk';
import { oneLine, stripControl } from '../../render/text/sanitize.js';
import { wrapParagraphs, wrapText } from '../../render/text/wrapText.js';
import { promptTheme, type PromptTheme } from '../promptTheme.js';
import { createPromptRunner, type PromptRunner } from './promptRunner.js';

export interface TerminalOptions {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream & { readonly columns?: number };
  readonly chalk: ChalkInstance;
}

export interface Terminal {
  readonly input: NodeJS.ReadableStream;
  readonly chalk: ChalkInstance;
  readonly theme: PromptTheme;
  readonly prompts: PromptRunner;
  /** The width to wrap to: the terminal's, within 30–100 columns. */
  width(): number;
  say(text?: string): void;
  /** Untrusted text (questionnaires) wrapped as paragraphs, without its control characters. */
  paragraphs(text: string, indent?: string): string[];
  showNote(note: string): void;
  /** What stays on screen once a prompt has cleared itself: the answer given. */
  record(short: string, note?: string): void;
}

export function createTerminal(opts: TerminalOptions): Terminal {
  const { chalk, output } = opts;
  const theme = promptTheme(chalk);
  const width = (): number => {
    const cols = output.columns;
    return Math.max(30, Math.min(typeof cols === 'number' && cols > 0 ? cols : 80, 100));
  };
  const say = (text = ''): void => {
    output.write(text + '\n');
  };
  const showNote = (note: string): void => {
    for (const l of wrapText(`Note: ${oneLine(note)}`, width() - 1, '  ')) say(chalk.italic(l));
  };
  return {
    input: opts.input,
    chalk,
    theme,
    prompts: createPromptRunner(opts.input, output),
    width,
    say,
    paragraphs: (text, indent = '') => wrapParagraphs(stripControl(text), width() - 1, indent),
    showNote,
    record: (short, note) => {
      const [first = '', ...rest] = wrapText(short, width() - 3);
      say(`${theme.prefix.done} ${chalk.cyan(first)}`);
      for (const l of rest) say(`  ${chalk.cyan(l)}`);
      if (note) showNote(note);
    },
  };
}
