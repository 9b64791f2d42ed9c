import { Option, type Command } from 'commander';
import { LIST_FORMATS } from '../render/list/formats.js';
import type { Context } from '../shell/context.js';
import { examples, formatOption, questionnairesOption } from './options.js';
import type { SetCode } from './options.js';

export function listCommand(program: Command, ctx: Context, setCode: SetCode): void {
  program
    .command('list')
    .description('list the available questionnaires')
    .addOption(questionnairesOption())
    .addOption(formatOption(LIST_FORMATS, 'table'))
    // Kept from before --format: the same as --format json.
    .addOption(new Option('--json', 'the same as --format json'))
    .addHelpText('after', examples('icare list', 'icare list --questionnaires ./my-questionnaires --format json'))
    .action(async (opts, command: Command) => {
      const { list } = await import('../commands/list.js');
      setCode(await list({ ...opts, formatGiven: command.getOptionValueSource('format') === 'cli' }, ctx));
    });
}
