// Why `icare assess` will not start without a terminal, and the ways to do without one.

type NoTerminalReason = 'ci' | 'not-a-terminal';

export function noTerminalMessage(reason: NoTerminalReason): string {
  const why = reason === 'ci' ? 'CI is set' : 'standard input is not a terminal';
  return `assess asks its questions in a terminal, and there is none here (${why}).`;
}

export function renderNoTerminalAdvice(): string {
  return (
    'Without a terminal:\n' +
    '  • write answers files yourself (see `icare show ID --format markdown` for the questions)\n' +
    '    and check them with `icare validate FILE…`\n' +
    '  • turn a form export into answers files with `icare import responses.csv --questionnaire ID`\n' +
    '  • finish a saved assessment later, in a terminal, with `icare assess --resume FILE`\n'
  );
}
