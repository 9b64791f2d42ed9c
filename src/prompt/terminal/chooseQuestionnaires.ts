import { checkbox } from '@inquirer/prompts';
import { oneLine } from '../../render/text/sanitize.js';
import { shorten } from '../../render/text/shorten.js';
import type { QuestionnaireChoice } from '../asker.js';
import { CANCEL, QUIT } from './promptRunner.js';
import type { Terminal } from './terminal.js';

/** A checkbox of questionnaires; the ids chosen, or null when the respondent quit. */
export async function chooseQuestionnaires(t: Terminal, choices: readonly QuestionnaireChoice[], preselected: readonly string[]): Promise<string[] | null> {
  const r = await t.prompts.ask((ctx) =>
    checkbox(
      {
        message: 'Which questionnaires?',
        choices: choices.map((c) => ({
          value: c.id,
          // One line per questionnaire keeps the checkbox's pages honest; long titles lose their tail.
          name: shorten(`${oneLine(c.title)} · ${c.questions} questions`, t.width() - 4),
          short: oneLine(c.title),
          checked: preselected.includes(c.id),
        })),
        pageSize: Math.min(Math.max(choices.length, 3), 12),
        required: true,
        theme: t.theme,
      },
      ctx,
    ),
  );
  if (r === QUIT || r === CANCEL) return null;
  t.say(`${t.theme.prefix.done} Questionnaires: ${r.map((id) => oneLine(choices.find((c) => c.id === id)?.title ?? id)).join(', ')}`);
  return r;
}
