// The command line: the root program and one definition per command. Definitions are light; a
// command's code is loaded only when it runs, which keeps start-up close to bare Node.
import { Command } from 'commander';
import type { Context } from '../shell/context.js';
import { assessCommand } from './assessCommand.js';
import { compareCommand } from './compareCommand.js';
import { importCommand } from './importCommand.js';
import { initCommand } from './initCommand.js';
import { listCommand } from './listCommand.js';
import { examples, type SetCode } from './options.js';
import { reportCommand } from './reportCommand.js';
import { showCommand } from './showCommand.js';
import { validateCommand } from './validateCommand.js';

export function buildProgram(ctx: Context, setCode: SetCode): Command {
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
        '\nExit codes: 0 fine, 1 findings (an invalid file, a failed check), 2 usage or I/O error,\n130 stopped by Ctrl-C (import, assess, init); 129 and 143 an\nimport stopped by SIGHUP or SIGTERM. Environment: NO_COLOR, FORCE_COLOR.\n',
    );
  for (const define of [validateCommand, listCommand, showCommand, initCommand, assessCommand, reportCommand, compareCommand, importCommand]) define(program, ctx, setCode);
  return program;
}
