import { Option, type Command } from 'commander';
import { REPORT_FORMATS } from '../render/report/formats.js';
import type { Context } from '../shell/context.js';
import { examples, exportOptions, formatOption, intArg, questionnairesOption, type SetCode } from './options.js';

export function reportCommand(program: Command, ctx: Context, setCode: SetCode): void {
  const report = program
    .command('report')
    .description('score answers files and print a scorecard, gaps and an action plan')
    .argument('<files...>', 'answers files, folders or CSV exports (several respondents are combined)')
    .addOption(questionnairesOption())
    .addOption(formatOption(REPORT_FORMATS, 'terminal'))
    .option('-o, --out <path>', 'write the report to a file instead of standard output')
    .option('--force', 'overwrite --out if it exists')
    .option('--all', 'show every action, not just the top 10 (terminal)')
    .option('--target <percent>', 'use this target for every section', intArg('--target', 0, 100))
    .addOption(new Option('--by <field>', 'group respondents').choices(['role']))
    .option('--min-group <n>', 'hide the results of groups smaller than this (1 shows every group)', intArg('--min-group', 1), 5)
    .option('--names', "show respondents' names (they are left out by default)")
    .option('--population <n>', 'how many people were asked: narrows the intervals when most of them answered', intArg('--population', 1))
    .option('--history <dir>', 'earlier assessments, one subfolder per date (or one CSV export per round), to show trends')
    .option('--customers <files...>', "the customers' answers (files, folders or CSV exports) to show beside the staff's: the delivery gap")
    .option('--customers-questionnaire <id>', 'the customer questionnaire, when several mirror the staff one');
  for (const option of exportOptions()) report.addOption(option);
  report
    .addHelpText(
      'after',
      examples(
        'icare report examples/icare/2026-11-16',
        'icare report examples/icare/2026-11-16 --by role',
        'icare report examples/icare/2026-11-16 --format html --out scorecard.html',
        'icare report examples/icare/2026-11-16 --format markdown --history examples/icare',
        'icare report responses.csv --questionnaire icare --skip-invalid',
        'icare report examples/icare/2026-11-16 --customers examples/icare-customers',
      ),
    )
    .action(async (files: string[], opts) => {
      const { report: run } = await import('../commands/report.js');
      setCode(await run({ files, ...opts }, ctx));
    });
}
