import { input } from '@inquirer/prompts';
import { oneLine, stripControl } from '../../render/text/sanitize.js';
import type { AskResult, QuestionView } from '../asker.js';
import { CANCEL, QUIT } from './promptRunner.js';
import type { Terminal } from './terminal.js';
import { REMOVE, TEXT_BACK } from './textKeys.js';

/** A text question: a box to type in, prefilled with the earlier answer. */
export async function askText(t: Terminal, view: QuestionView, note: string | undefined): Promise<AskResult> {
  const current = view.current === undefined ? '' : oneLine(String(view.current.value));
  const r = await t.prompts.ask((ctx) =>
    input(
      {
        message: `Your answer (${[current ? `Enter keeps it, ${REMOVE} removes it` : 'Enter alone skips', ...(view.canGoBack ? [`${TEXT_BACK} goes back`] : [])].join(', ')})`,
        ...(current && { default: current, prefill: 'editable' as const }),
        validate: (v) => (v.trim() === TEXT_BACK && !view.canGoBack ? 'This is the first question' : v.length > 10000 ? 'Please keep it under 10,000 characters' : true),
        theme: t.theme,
      },
      ctx,
    ),
  );
  if (r === QUIT || r === CANCEL) return { kind: 'quit' };
  const text = stripControl(r).trim();
  if (text === TEXT_BACK) return { kind: 'back' };
  if (text === '' || (current && text === REMOVE)) {
    t.say(`${t.chalk.dim(current ? '– removed' : '– skipped')}`);
    return { kind: 'skip' };
  }
  t.record(text);
  return { kind: 'answer', value: text, ...(note && { note }) };
}
