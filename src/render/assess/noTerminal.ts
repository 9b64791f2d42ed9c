// Why `icare assess` will not start without a terminal, and the ways to do without one.
import { questionnairesFlags } from '../text/questionnairesFlags.js';
import { shellQuote } from '../text/shellQuote.js';

type NoTerminalReason = 'ci' | 'not-a-terminal';

export function noTerminalMessage(reason: NoTerminalReason): string {
  const why = reason === 'ci' ? 'CI is set' : 'standard input is not a terminal';
  return `assess asks its questions in a terminal, and there is none here (${why}).`;
}

interface Asked {
  /** The questionnaires asked for; none means "not known yet" (ID stands in). */
  readonly ids: readonly string[];
  /** The --questionnaires folders, which every command printed carries. */
  readonly questionnaires: readonly string[];
}

/** The ways on without a terminal, as commands for the questionnaires asked for. */
export function renderNoTerminalAdvice({ ids, questionnaires }: Asked): string {
  const q = questionnairesFlags(questionnaires).map((f) => ` ${f}`).join('');
  const files = (ids.length ? ids : ['ID']).map((id) => ({ id, file: `${id}-answers.yaml` }));
  return [
    'Without a terminal:',
    `  • fill in a blank answers file (every question id, its values and its text), then check it${ids.length ? '' : ` (ids: \`icare list${q}\`)`}:`,
    ...files.map(({ id, file }) => `      icare show ${shellQuote(id)} --format answers${q} --out ${shellQuote(file)}`),
    `      icare validate ${files.map((f) => shellQuote(f.file)).join(' ')}${q}`,
    '  • turn a form export into answers files:',
    `      icare import responses.csv --questionnaire ${shellQuote(files[0]!.id)}${q}`,
    '  • finish a saved assessment later, in a terminal, with `icare assess --resume FILE`',
    '',
  ].join('\n');
}
