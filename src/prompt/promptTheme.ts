// One theme for every inquirer prompt, built from the command's chalk, so colour follows icare's
// rules (NO_COLOR, FORCE_COLOR, the output being a terminal) rather than inquirer's own defaults.
import type { ChalkInstance } from 'chalk';

export interface PromptTheme {
  readonly prefix: { readonly idle: string; readonly done: string };
  readonly spinner: { readonly interval: number; readonly frames: string[] };
  readonly style: {
    readonly answer: (text: string) => string;
    readonly message: (text: string) => string;
    readonly error: (text: string) => string;
    readonly defaultAnswer: (text: string) => string;
    readonly help: (text: string) => string;
    readonly highlight: (text: string) => string;
    readonly key: (text: string) => string;
    readonly description: (text: string) => string;
    readonly disabled: (text: string) => string;
    readonly keysHelpTip: (keys: [key: string, action: string][]) => string | undefined;
  };
  readonly icon: {
    readonly cursor: string;
    readonly checked: string;
    readonly unchecked: string;
    readonly disabledChecked: string;
    readonly disabledUnchecked: string;
  };
}

export function promptTheme(chalk: ChalkInstance): PromptTheme {
  return {
    prefix: { idle: chalk.blue('?'), done: chalk.green('✔') },
    spinner: { interval: 80, frames: ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'].map((f) => chalk.yellow(f)) },
    style: {
      answer: (t) => chalk.cyan(t),
      message: (t) => chalk.bold(t),
      error: (t) => chalk.red(`> ${t}`),
      defaultAnswer: (t) => chalk.dim(`(${t})`),
      help: (t) => chalk.dim(t),
      // rawlist marks the picked line only by colour; a pointer keeps it visible without colour.
      highlight: (t) => chalk.cyan(t.replace(/^ {2}/, '❯ ')),
      key: (t) => chalk.cyan.bold(`<${t}>`),
      description: (t) => chalk.cyan(t),
      disabled: (t) => chalk.dim(t),
      keysHelpTip: (keys) => keys.map(([k, a]) => `${chalk.bold(k)} ${chalk.dim(a)}`).join(chalk.dim(' • ')),
    },
    icon: { cursor: '❯', checked: chalk.green('◉'), unchecked: '◯', disabledChecked: chalk.green('◎'), disabledUnchecked: '-' },
  };
}
