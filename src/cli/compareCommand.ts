import type { Command } from 'commander';
import { COMPARE_FORMATS } from '../render/compare/formats.js';
import type { Context } from '../shell/context.js';
import { examples, formatOption, questionnairesOption } from './options.js';
import type { SetCode } from './options.js';

export function compareCommand(program: Command, ctx: Context, setCode: SetCode): void {
  program
    .command('compare')
    .description('compare two rounds of assessments: what improved, what regressed')
    .argument('<before...>', 'earlier answers files or folders')
    .requiredOption('--to <after...>', 'later answers files or folders')
    .addOption(questionnairesOption())
    .addOption(formatOption(COMPARE_FORMATS, 'terminal'))
    .option('-o, --out <path>', 'write to a file instead of standard output')
    .option('--force', 'overwrite --out if it exists')
    .addHelpText('after', examples('icare compare examples/icare/2026-05-18 --to examples/icare/2026-11-16', 'icare compare q1/ --to q2/ --format markdown --out change.md'))
    .action(async (before: string[], opts) => {
      const { compare } = await import('../commands/compare.js');
      setCode(await compare({ before, ...opts }, ctx));
    });
}
