// The shell: parse arguments with commander, hand typed options to one command module (loaded
// only when that command runs, to keep start-up lean), return an exit code. Never touches `process`.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeContext, type Context } from './shell/context.js';
import type { Io } from './shell/io.js';
import { EXIT } from './shell/exitCodes.js';

// src/cli.ts and dist/cli.js both sit one folder below the package root.
const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export { EXIT };

export async function run(argv: readonly string[], io: Io, packageRoot = PACKAGE_ROOT): Promise<number> {
  const ctx = makeContext(io, packageRoot);
  let code: number = EXIT.ok;
  const program = buildProgram(ctx, (c) => {
    code = c;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help' || e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    return reportCrash(e, ctx);
  }
  return code;
}

function reportCrash(e: unknown, ctx: Context): number {
  const err = e as Error & { code?: string };
  // I/O errors are the user's to fix (a path, a permission); anything else is our bug.
  if (err.name === 'IoError' || (typeof err.code === 'string' && /^E[A-Z]+$/.test(err.code))) {
    ctx.io.stderr.write(ctx.chalkErr.red(`icare: ${err.message}`) + '\n');
  } else {
    ctx.io.stderr.write(ctx.chalkErr.red(`icare: internal error: ${err.message ?? String(e)}`) + '\nPlease report this with the command you ran. Set ICARE_DEBUG=1 to see the stack.\n');
    if (ctx.io.env.ICARE_DEBUG) ctx.io.stderr.write(`${err.stack ?? ''}\n`);
  }
  return EXIT.usage;
}

const intArg =
  (name: string, min = 0, max = Number.MAX_SAFE_INTEGER) =>
  (v: string): number => {
    if (!/^-?\d+$/.test(v.trim())) throw new InvalidArgumentError(`${name} must be a whole number.`);
    const n = Number(v);
    if (n < min || n > max) throw new InvalidArgumentError(`${name} must be between ${min} and ${max}.`);
    return n;
  };

const collect = (v: string, prev: string[] = []): string[] => [...prev, v];

function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}

function questionnairesOption(): Option {
  return new Option('-q, --questionnaires <dir>', 'also load questionnaires from this folder (repeatable)').argParser(collect).default([], '');
}

function buildProgram(ctx: Context, setCode: (c: number) => void): Command {
  const { io } = ctx;
  const program = new Command('icare')
    .description('Customer-service maturity self-assessments: ICARE, the twelve service truths and more.\nAsk, score, compare with targets and say what to fix first.')
    .version(ctx.version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(ctx.chalkErr.red(s)),
    })
    .addHelpText(
      'after',
      examples(
        'icare assess                       # answer the ICARE questionnaire in the terminal',
        'icare report examples/icare/2026-11-16   # scorecard for a team of respondents',
        'icare validate questionnaires/     # check questionnaire and answers files (CI)',
        'icare <command> --help             # help and examples for one command',
      ) +
        '\nExit codes: 0 fine, 1 findings (an invalid file, a failed check), 2 usage or I/O error,\n130 an import stopped by Ctrl-C. Environment: NO_COLOR, FORCE_COLOR, ICARE_THREADS=1.\n',
    );
  // Subcommands inherit exitOverride and output settings only when copied explicitly.
  const sub = (name: string): Command =>
    program
      .command(name)
      .exitOverride()
      .configureOutput({
        writeOut: (s) => io.stdout.write(s),
        writeErr: (s) => io.stderr.write(s),
        outputError: (s, write) => write(ctx.chalkErr.red(s)),
      });

  sub('validate')
    .description('check questionnaire and answers files: schema, semantic rules, positions')
    .argument('[paths...]', 'files, folders or globs (default: the bundled questionnaires)')
    .addOption(questionnairesOption())
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'github', 'sarif']).default('text'))
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
      const { validate } = await import('./commands/validate.js');
      setCode(await validate({ paths, ...opts }, ctx));
    });

  sub('list')
    .description('list the available questionnaires')
    .addOption(questionnairesOption())
    .option('--json', 'print JSON instead of a table')
    .addHelpText('after', examples('icare list', 'icare list --questionnaires ./my-questionnaires --json'))
    .action(async (opts) => {
      const { list } = await import('./commands/list.js');
      setCode(await list(opts, ctx));
    });

  sub('show')
    .description("show a questionnaire's structure, or print it as a blank form")
    .argument('<id>', 'questionnaire id (see `icare list`)')
    .addOption(questionnairesOption())
    .addOption(new Option('-f, --format <format>', 'output format').choices(['terminal', 'markdown', 'json']).default('terminal'))
    .option('-o, --out <path>', 'write to a file instead of standard output')
    .option('--force', 'overwrite --out if it exists')
    .addHelpText('after', examples('icare show icare', 'icare show service-truths --format markdown --out truths-workshop.md'))
    .action(async (id: string, opts) => {
      const { show } = await import('./commands/show.js');
      setCode(await show({ id, ...opts }, ctx));
    });

  sub('init')
    .description('scaffold a new questionnaire file that passes `icare validate`')
    .argument('[path]', 'file to create (default: <id>.yaml)')
    .option('--id <id>', 'questionnaire id (lowercase kebab-case)')
    .option('--title <title>', 'questionnaire title')
    .option('--sections <titles>', 'comma-separated section titles')
    .option('-y, --yes', 'do not ask; use flags and defaults')
    .option('--force', 'overwrite the file if it exists')
    .addHelpText('after', examples('icare init', 'icare init team-health.yaml --id team-health --title "Team health" --sections "Hiring,Coaching,Feedback" --yes'))
    .action(async (path: string | undefined, opts) => {
      const { init } = await import('./commands/init/index.js');
      setCode(await init({ path, ...opts }, ctx));
    });

  sub('assess')
    .description('answer questionnaires interactively; every answer is saved at once')
    .argument('[ids...]', 'questionnaire ids (default: choose from a list)')
    .addOption(questionnairesOption())
    .option('--organisation <name>', 'organisation name')
    .option('--name <name>', "respondent's name")
    .option('--role <role>', 'respondent role: executive, manager, frontline or any text')
    .option('-o, --out <dir>', 'folder for answers files', 'assessments')
    .option('--resume <file>', 'continue an interrupted assessment from its answers file')
    .addHelpText(
      'after',
      examples('icare assess', 'icare assess icare service-truths --organisation "Acme Support" --role frontline', 'icare assess --resume assessments/acme-support-icare-2026-11-23.yaml'),
    )
    .action(async (ids: string[], opts) => {
      const { assess } = await import('./commands/assess/index.js');
      setCode(await assess({ ids, ...opts }, ctx));
    });

  sub('report')
    .description('score answers files and print a scorecard, gaps and an action plan')
    .argument('<files...>', 'answers files or folders (several respondents are combined)')
    .addOption(questionnairesOption())
    .addOption(new Option('-f, --format <format>', 'output format').choices(['terminal', 'markdown', 'json', 'html']).default('terminal'))
    .option('-o, --out <path>', 'write the report to a file instead of standard output')
    .option('--force', 'overwrite --out if it exists')
    .option('--all', 'show every action, not just the top 10 (terminal)')
    .option('--target <percent>', 'use this target for every section', intArg('--target', 0, 100))
    .addOption(new Option('--by <field>', 'group respondents').choices(['role']))
    .option('--min-group <n>', 'groups smaller than this are marked as small', intArg('--min-group', 1), 3)
    .option('--history <dir>', 'earlier assessments, one subfolder per date, to show trends')
    .addHelpText(
      'after',
      examples(
        'icare report examples/icare/2026-11-16',
        'icare report examples/icare/2026-11-16 --by role',
        'icare report examples/icare/2026-11-16 --format html --out scorecard.html',
        'icare report examples/icare/2026-11-16 --format markdown --history examples/icare',
      ),
    )
    .action(async (files: string[], opts) => {
      const { report } = await import('./commands/report.js');
      setCode(await report({ files, ...opts }, ctx));
    });

  sub('compare')
    .description('compare two rounds of assessments: what improved, what regressed')
    .argument('<before...>', 'earlier answers files or folders')
    .requiredOption('--to <after...>', 'later answers files or folders')
    .addOption(questionnairesOption())
    .addOption(new Option('-f, --format <format>', 'output format').choices(['terminal', 'markdown', 'json', 'html']).default('terminal'))
    .option('-o, --out <path>', 'write to a file instead of standard output')
    .option('--force', 'overwrite --out if it exists')
    .addHelpText('after', examples('icare compare examples/icare/2026-05-18 --to examples/icare/2026-11-16', 'icare compare q1/ --to q2/ --format markdown --out change.md'))
    .action(async (before: string[], opts) => {
      const { compare } = await import('./commands/compare.js');
      setCode(await compare({ before, ...opts }, ctx));
    });

  sub('import')
    .description('turn a CSV export (Google Forms, Microsoft Forms, SurveyMonkey, …) into answers files')
    .argument('<csv>', 'the CSV file')
    .requiredOption('--questionnaire <id>', 'the questionnaire the form asked')
    .addOption(questionnairesOption())
    .option('-o, --out <dir>', 'folder for the answers files', 'imported')
    .option('--map <file>', 'YAML mapping of column headers to question ids and fields')
    .option('--organisation <name>', 'organisation for rows that do not name one')
    .option('--skip-invalid', 'write the valid rows even when some rows are rejected')
    .addOption(new Option('-f, --format <format>', 'summary format').choices(['text', 'json']).default('text'))
    .addHelpText('after', examples('icare import responses.csv --questionnaire icare --out answers/', 'icare import export.csv --questionnaire icare --map columns.yaml --skip-invalid'))
    .action(async (csv: string, opts) => {
      const { importCsv } = await import('./commands/import/index.js');
      setCode(await importCsv({ csv, ...opts }, ctx));
    });

  return program;
}
