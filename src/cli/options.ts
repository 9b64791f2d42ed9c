// Option builders the command definitions share.
import { InvalidArgumentError, Option } from 'commander';

/** Receives the exit code of the command that ran. */
export type SetCode = (code: number) => void;

/** A whole-number option value within [min, max]; the message names only the bounds that apply. */
export const intArg =
  (name: string, min = 0, max?: number) =>
  (v: string): number => {
    if (!/^-?\d+$/.test(v.trim())) throw new InvalidArgumentError(`${name} must be a whole number.`);
    const n = Number(v);
    if (n < min || (max !== undefined && n > max)) throw new InvalidArgumentError(max === undefined ? `${name} must be ${min} or more.` : `${name} must be between ${min} and ${max}.`);
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
