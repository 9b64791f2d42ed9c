// The terminal Asker, on @inquirer/prompts. A question is a rawlist: every answer has a key
// (numbers for scale points, y/n, x for n/a) that is typed and confirmed with Enter, or picked
// with ↑↓; the actions (note, help, back, save and quit) are letters in the same list.
// Ctrl-C, Esc and q quit (the command saves and prints how to resume; Ctrl-C counts as an
// interrupt); the prompts clear themselves when done and a one-line record of the answer stays,
// so the scrollback reads as a transcript.
// The parts are in ./terminal/.
import type { Asker } from './asker.js';
import { questionAsker } from './terminal/askQuestion.js';
import { chooseQuestionnaires } from './terminal/chooseQuestionnaires.js';
import { startQuestionnaire, startSection } from './terminal/openings.js';
import { respondentDetails } from './terminal/respondentDetails.js';
import { createTerminal, type TerminalOptions } from './terminal/terminal.js';

export function createTerminalAsker(opts: TerminalOptions): Asker {
  const t = createTerminal(opts);
  return {
    chooseQuestionnaires: (choices, preselected) => chooseQuestionnaires(t, choices, preselected),
    respondentDetails: (known) => respondentDetails(t, known),
    startQuestionnaire: (view) => startQuestionnaire(t, view),
    startSection: (view) => startSection(t, view),
    askQuestion: questionAsker(t),
    interrupt: () => t.prompts.interrupt(),
    interrupted: () => t.prompts.interrupted(),
  };
}
