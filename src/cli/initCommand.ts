import type { Command } from 'commander';
import type { Context } from '../shell/context.js';
import { examples } from './options.js';
import type { SetCode } from './options.js';

export function initCommand(program: Command, ctx: Context, setCode: SetCode): void {
  program
    .command('init')
    .description('scaffold a new questionnaire file that passes `icare validate`')
    .argument('[path]', 'file to create (default: <id>.yaml)')
    .option('--id <id>', 'questionnaire id (lowercase kebab-case)')
    .option('--title <title>', 'questionnaire title')
    .option('--sections <titles>', 'comma-separated section titles')
    .option('-y, --yes', 'do not ask; use flags and defaults')
    .option('--force', "overwrite the file if it exists; take a bundled questionnaire's id")
    .addHelpText('after', examples('icare init', 'icare init team-health.yaml --id team-health --title "Team health" --sections "Hiring,Coaching,Feedback" --yes'))
    .action(async (path: string | undefined, opts) => {
      const { init } = await import('../commands/init/index.js');
      setCode(await init({ path, ...opts }, ctx));
    });
}
