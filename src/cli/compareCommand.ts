import type { Command } from 'commander';
import { COMPARE_FORMATS } from '../render/compare/formats.js';
import type { Context } from '../shell/context.js';
import { examples, exportOptions, formatOption, questionnairesOption } from './options.js';
import type { SetCode } from './options.js';

export function compareCommand(program: Command, ctx: Context, setCode: SetCode): void {
  const compare = program
    .command('compare')
    .description('compare two rounds of assessments: what improved, what regressed, what is within the noise')
    .argument('<before...>', 'earlier answers files, folders or CSV exports')
    .requiredOption('--to <after...>', 'later answers files, folders or CSV exports')
    .addOption(questionnairesOption())
    .addOption(formatOption(COMPARE_FORMATS, 'terminal'))
    .option('-o, --out <path>', 'write to a file instead of standard output')
    .option('--force', 'overwrite --out if it exists');
  for (const option of exportOptions()) compare.addOption(option);
  compare
    .addHelpText('after', examples('icare compare examples/icare/2026-05-18 --to examples/icare/2026-11-16', 'icare compare q1/ --to q2/ --format markdown --out change.md'))
    .action(async (before: string[], opts) => {
      const { compare } = await import('../commands/compare.js');
      setCode(await compare({ before, ...opts }, ctx));
    });
}
