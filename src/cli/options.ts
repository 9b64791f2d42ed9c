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
