import type { Command } from 'commander';
import { SHOW_FORMATS } from '../render/show/formats.js';
import type { Context } from '../shell/context.js';
import { examples, formatOption, questionnairesOption } from './options.js';
import type { SetCode } from './options.js';

export function showCommand(program: Command, ctx: Context, setCode: SetCode): void {
  program
    .command('show')
    .description("show a questionnaire's structure, or print it as a blank form or a blank answers file")
    .argument('<id>', 'questionnaire id (see `icare list`)')
    .addOption(questionnairesOption())
    .addOption(formatOption(SHOW_FORMATS, 'terminal'))
    .option('-o, --out <path>', 'write to a file instead of standard output')
    .option('--force', 'overwrite --out if it exists')
    .addHelpText(
      'after',
      examples('icare show icare', 'icare show service-truths --format markdown --out truths-workshop.md', 'icare show icare --format answers --out my-answers.yaml   # fill in, then icare validate'),
    )
    .action(async (id: string, opts) => {
      const { show } = await import('../commands/show.js');
      setCode(await show({ id, ...opts }, ctx));
    });
}
