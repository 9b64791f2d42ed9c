// What `icare init` prints once the file is written: what it holds, and what to do next.
import type { RenderContext } from '../context.js';
import { plural } from '../text/plural.js';
import { oneLine } from '../text/sanitize.js';
import { shellQuote } from '../text/shellQuote.js';
import { wrap } from '../text/wrapText.js';

interface CreatedQuestionnaire {
  /** The file's path as printed. */
  readonly shown: string;
  /** The folder to pass to --questionnaires ("." for the working folder). */
  readonly folder: string;
  readonly id: string;
  readonly sections: number;
  /** The id is a bundled questionnaire's (taken with --force). */
  readonly replacesBundled?: boolean;
}

export function renderCreatedMessage(c: CreatedQuestionnaire, ctx: RenderContext): string {
  return [
    `${ctx.chalk.green('Created')} ${oneLine(c.shown)} (${plural(c.sections, 'section')} plus comments, questionnaire id "${c.id}")`,
    ...(c.replacesBundled ? [wrap(`  Wherever it is loaded, it replaces the bundled questionnaire "${c.id}".`, ctx.width - 1, '  ')] : []),
    '',
    'Next steps:',
    `  1. Edit the example questions and recommendations in ${oneLine(c.shown)}.`,
    `  2. Check it:    icare validate ${shellQuote(c.shown)}`,
    `  3. Answer it:   icare assess --questionnaires ${shellQuote(c.folder)} ${shellQuote(c.id)}`,
    '',
  ].join('\n');
}
