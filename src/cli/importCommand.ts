import type { Command } from 'commander';
import { IMPORT_FORMATS } from '../render/import/formats.js';
import type { Context } from '../shell/context.js';
import { anonymityOptions, examples, formatOption, questionnairesOption } from './options.js';
import type { SetCode } from './options.js';

export function importCommand(program: Command, ctx: Context, setCode: SetCode): void {
  const command = program
    .command('import')
    .description('turn a CSV export (Google Forms, Microsoft Forms, SurveyMonkey, …) into answers files')
    .argument('<csv>', 'the CSV file')
    .requiredOption('--questionnaire <id>', 'the questionnaire the form asked')
    .addOption(questionnairesOption())
    .option('-o, --out <dir>', 'folder for the answers files', 'imported')
    .option('--map <file>', 'YAML mapping of column headers to question ids and fields')
    .option('--organisation <name>', 'organisation for rows that do not name one')
    .option('--skip-invalid', 'write the valid rows even when some rows are rejected')
    .addOption(formatOption(IMPORT_FORMATS, 'text', 'summary format'));
  for (const option of anonymityOptions()) command.addOption(option);
  command
    .addHelpText('after', examples('icare import responses.csv --questionnaire icare --out answers/', 'icare import export.csv --questionnaire icare --map columns.yaml --skip-invalid', 'icare import export.csv --questionnaire icare --anonymise --key-file ~/secrets/icare.key'))
    .action(async (csv: string, opts) => {
      const { importCsv } = await import('../commands/import/index.js');
      setCode(await importCsv({ csv, ...opts }, ctx));
    });
}
