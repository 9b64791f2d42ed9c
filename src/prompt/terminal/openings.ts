// The lines that open a questionnaire and a section; they ask nothing.
import { oneLine } from '../../render/text/sanitize.js';
import { wrap, wrapText } from '../../render/text/wrapText.js';
import type { QuestionnaireView, SectionView } from '../asker.js';
import type { Terminal } from './terminal.js';

export function startQuestionnaire(t: Terminal, view: QuestionnaireView): void {
  t.say();
  for (const l of t.paragraphs(view.title)) t.say(t.chalk.bold(l));
  t.say(t.chalk.dim(wrap(`${view.questions} questions · every answer is saved at once to ${oneLine(view.file)}`, t.width() - 1, '  ')));
}

export function startSection(t: Terminal, view: SectionView): void {
  t.say();
  const head = `Section ${view.number} of ${view.count} · ${oneLine(view.title)} · ${view.questions} ${view.questions === 1 ? 'question' : 'questions'}`;
  for (const l of wrapText(head, t.width() - 1)) t.say(t.chalk.bold.underline(l));
  if (view.description) for (const l of t.paragraphs(view.description)) t.say(t.chalk.dim(l));
}
