// What `icare assess` needs from a terminal, as a small interface: the command's loop is plain
// code over it (tested with a fake), and only the terminal implementation knows about inquirer.
import type { Answer, AnswerValue, Question } from '../core/model/model.js';

/** What the respondent did at a question. `skip` leaves a text question unanswered. */
export type AskResult =
  | { readonly kind: 'answer'; readonly value: AnswerValue; readonly note?: string }
  | { readonly kind: 'skip' }
  | { readonly kind: 'back' }
  | { readonly kind: 'quit' };

export interface QuestionView {
  readonly question: Question;
  /** 1-based position across the whole run, and the run's question count. */
  readonly number: number;
  readonly total: number;
  /** The earlier answer: the default, so going back or resuming keeps it with one key. */
  readonly current?: Answer;
  readonly canGoBack: boolean;
}

export interface SectionView {
  /** 1-based, within its questionnaire. */
  readonly number: number;
  readonly count: number;
  readonly title: string;
  readonly description?: string;
  readonly questions: number;
}

export interface QuestionnaireView {
  readonly title: string;
  readonly questions: number;
  readonly file: string;
}

export interface QuestionnaireChoice {
  readonly id: string;
  readonly title: string;
  readonly questions: number;
}

export interface RespondentDetails {
  readonly organisation: string;
  readonly name?: string;
  readonly role?: string;
}

export interface Asker {
  /** The ids chosen, or null when the respondent quit. */
  chooseQuestionnaires(choices: readonly QuestionnaireChoice[], preselected: readonly string[]): Promise<string[] | null>;
  /** Asks for the details not already `known`; null when the respondent quit. */
  respondentDetails(known: Partial<RespondentDetails>): Promise<RespondentDetails | null>;
  /** Prints a questionnaire's opening (title, file); no input. */
  startQuestionnaire(view: QuestionnaireView): void;
  /** Prints a section's opening; no input. */
  startSection(view: SectionView): void;
  askQuestion(view: QuestionView): Promise<AskResult>;
  /** Ends the prompt on screen, if any, as if the respondent quit (an interrupt arrived). */
  interrupt?(): void;
  /** Whether the respondent stopped with Ctrl-C rather than a quit key (Esc, q). */
  interrupted?(): boolean;
}
