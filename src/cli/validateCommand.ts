import type { Command } from 'commander';
import { FINDINGS_FORMATS } from '../render/findings/formats.js';
import type { Context } from '../shell/context.js';
import { examples, formatOption, intArg, questionnairesOption } from './options.js';
import type { SetCode } from './options.js';

export function validateCommand(program: Command, ctx: Context, setCode: SetCode): void {
  program
    .command('validate')
    .description('check questionnaire and answers files: schema, semantic rules, positions')
    .argument('[paths...]', 'files, folders or globs (default: the bundled questionnaires)')
    .addOption(questionnairesOption())
    .addOption(formatOption(FINDINGS_FORMATS, 'text'))
    .option('--max-warnings <n>', 'fail (exit 1) when there are more warnings than this', intArg('--max-warnings'))
    .addHelpText(
      'after',
      examples(
        'icare validate',
        'icare validate questionnaires/ examples/',
        "icare validate 'answers/**/*.yaml' --questionnaires my-questionnaires/",
        'icare validate my.yaml --format github --max-warnings 0',
      ),
    )
    .action(async (paths: string[], opts) => {
      const { validate } = await import('../commands/validate.js');
      setCode(await validate({ paths, ...opts }, ctx));
    });
}
