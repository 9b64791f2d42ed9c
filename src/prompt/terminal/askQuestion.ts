import type { AskResult, QuestionView } from '../asker.js';
import { wrapText } from '../../render/text/wrapText.js';
import { askChoice } from './askChoice.js';
import { askText } from './askText.js';
import type { Terminal } from './terminal.js';
import { TEXT_BACK } from './textKeys.js';

/** Asks questions: each under a header, the first one also with how to answer. */
export function questionAsker(t: Terminal): (view: QuestionView) => Promise<AskResult> {
  let hinted = false;
  return (view) => {
    const note = view.current?.note;
    header(t, view, note);
    if (!hinted) {
      hinted = true;
      hint(t, view);
    }
    return view.question.type === 'text' ? askText(t, view, note) : askChoice(t, view, note);
  };
}

function header(t: Terminal, view: QuestionView, note: string | undefined): void {
  t.say();
  t.say(t.chalk.dim(`Question ${view.number} of ${view.total} · ${Math.round((view.number / view.total) * 100)}%`));
  for (const l of t.paragraphs(view.question.text)) t.say(t.chalk.bold(l));
  if (note) t.showNote(note);
}

function hint(t: Terminal, view: QuestionView): void {
  const how =
    view.question.type === 'text'
      ? `Type your answer and press Enter; Enter alone skips, ${TEXT_BACK} goes back, Ctrl-C saves and quits.`
      : 'Type the number or letter and press Enter, or use ↑ ↓ and Enter. Ctrl-C or q saves and quits.';
  for (const l of wrapText(how, t.width() - 1)) t.say(t.chalk.dim(l));
}
