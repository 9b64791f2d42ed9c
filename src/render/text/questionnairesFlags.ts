import { shellQuote } from './shellQuote.js';

/**
 * The --questionnaires options a printed command needs to see the questionnaires the command that
 * prints it saw (its own questionnaire, or one that replaces a bundled one), shell-quoted; one
 * string per option with its value, so that a long command is never broken between the two.
 */
export function questionnairesFlags(folders: readonly string[]): string[] {
  return folders.map((f) => `--questionnaires ${shellQuote(f)}`);
}
