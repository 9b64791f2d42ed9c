// Option builders the command definitions share.
import { InvalidArgumentError, Option } from 'commander';

/** Receives the exit code of the command that ran. */
export type SetCode = (code: number) => void;

/**
 * A whole-number option value within [min, max]. The message states the range the option takes,
 * never JavaScript's largest safe integer: a number too large to hold exactly is "too large".
 */
export const intArg =
  (name: string, min = 0, max?: number) =>
  (v: string): number => {
    const range = max === undefined ? `a whole number of ${min} or more` : `a whole number from ${min} to ${max}`;
    if (!/^[-+]?\d+$/.test(v.trim())) throw new InvalidArgumentError(`${name} must be ${range}.`);
    const n = Number(v);
    if (n < min || (max !== undefined && n > max)) throw new InvalidArgumentError(`${name} must be ${range}.`);
    if (!Number.isSafeInteger(n)) throw new InvalidArgumentError(`${name} is too large; it must be ${range}.`);
    return n;
  };

export const collect = (v: string, prev: string[] = []): string[] => [...prev, v];

export function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}

export function questionnairesOption(): Option {
  return new Option('-q, --questionnaires <dir>', 'also load questionnaires from this folder (repeatable)').argParser(collect).default([], '');
}

/** `--format`, its choices the keys of a renderer registry. */
export function formatOption(choices: readonly string[], fallback: string, description = 'output format'): Option {
  return new Option('-f, --format <format>', description).choices(choices).default(fallback);
}

/** How CSV exports are read where report and compare accept them beside answers files. */
export function exportOptions(): Option[] {
  return [
    new Option('--questionnaire <id>', 'the questionnaire the CSV exports among the inputs answer'),
    new Option('--map <file>', 'YAML mapping of CSV column headers to question ids and fields (see `icare import`)'),
    new Option('--skip-invalid', 'report on the valid CSV rows when some rows have problems, and say how many were skipped'),
    ...anonymityOptions(),
  ];
}

/** --anonymise and --key-file, for import and for CSV exports read by report and compare. */
export function anonymityOptions(): Option[] {
  return [
    new Option('--anonymise', 'write (or keep) no name or e-mail from a CSV export'),
    new Option('--key-file <file>', 'with --anonymise: a secret file; each respondent gets id = first 16 hex digits of HMAC-SHA-256(secret, e-mail or name)'),
  ];
}
