import type { Command } from 'commander';
import type { Context } from '../shell/context.js';
import { examples, questionnairesOption } from './options.js';
import type { SetCode } from './options.js';

export function assessCommand(program: Command, ctx: Context, setCode: SetCode): void {
  program
    .command('assess')
    .description('answer questionnaires interactively; every answer is saved at once')
    .argument('[ids...]', 'questionnaire ids (default: choose from a list)')
    .addOption(questionnairesOption())
    .option('--organisation <name>', 'organisation name')
    .option('--name <name>', "respondent's name")
    .option('--anonymous', 'ask no name and store none; the file is named by organisation, questionnaire, role and a random suffix')
    .option('--role <role>', 'respondent role: executive, manager, frontline or any text')
    .option('-o, --out <dir>', 'folder for answers files', 'assessments')
    .option('--resume <file>', 'continue an interrupted assessment from its answers file')
    .addHelpText(
      'after',
      examples(
        'icare assess',
        'icare assess icare service-truths --organisation "Acme Support" --role frontline',
        'icare assess icare --organisation "Acme Support" --anonymous',
        'icare assess --resume assessments/acme-support-icare-2026-11-23.yaml',
      ) +
        '\nEvery answer is saved at once. q (Save and quit) or Esc stops with exit code 0; Ctrl-C, or\nan interrupt (SIGINT) from elsewhere, stops with 130. Either way the file keeps every answer\ngiven and the command that resumes it is printed.\n',
    )
    .action(async (ids: string[], opts) => {
      const { assess } = await import('../commands/assess/index.js');
      setCode(await assess({ ids, ...opts }, ctx));
    });
}
