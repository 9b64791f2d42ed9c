import type { Command } from 'commander';
import type { Context } from '../shell/context.js';
import { examples, questionnairesOption } from './options.js';
import type { SetCode } from './options.js';

export function listCommand(program: Command, ctx: Context, setCode: SetCode): void {
  program
    .command('list')
    .description('list the available questionnaires')
    .addOption(questionnairesOption())
    .option('--json', 'print JSON instead of a table')
    .addHelpText('after', examples('icare list', 'icare list --questionnaires ./my-questionnaires --json'))
    .action(async (opts) => {
      const { list } = await import('../commands/list.js');
      setCode(await list(opts, ctx));
    });
}
