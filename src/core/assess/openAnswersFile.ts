// An answers file while `icare assess` fills it in: its questionnaire, where it is saved, the
// fixed head (who, when) and the answers so far. Pure: the command saves it through the shell.
import type { Answer, Answers, AnswersFile, AnswerStatus, AnswerValue, Question, Questionnaire } from '../model/model.js';
import { allQuestions } from '../model/model.js';
import { isAskedOf } from '../model/roles.js';
import { answerEntry, stringifyAnswers, updateAnswersText } from '../writing/answersYaml.js';

/** What an answers file says before its status and answers; it does not change while answering. */
type AnswersFileHead = Omit<AnswersFile, 'answers' | 'status'>;

export interface OpenAnswersFile {
  readonly questionnaire: Questionnaire;
  readonly path: string;
  readonly head: AnswersFileHead;
  status: AnswerStatus;
  readonly answers: Map<string, Answer>;
  /** The file's text as last read or written, when it was reopened: its comments are kept. */
  text?: string;
}

/** The head of a new answers file for `questionnaire`, answered by `respondent` on `date`. */
export function newAnswersFileHead(questionnaire: Questionnaire, respondent: { readonly organisation: string; readonly name?: string; readonly role?: string }, date: string): AnswersFileHead {
  return {
    questionnaire: questionnaire.id,
    version: questionnaire.version,
    organisation: respondent.organisation,
    respondent: { ...(respondent.name && { name: respondent.name }), ...(respondent.role && { role: respondent.role }) },
    date,
  };
}

/** A loaded (valid) answers file, reopened to be continued. */
export function reopenAnswersFile(loaded: Answers, questionnaire: Questionnaire, path: string, text: string): OpenAnswersFile {
  return {
    questionnaire,
    path,
    text,
    head: {
      questionnaire: loaded.questionnaire,
      ...(loaded.version !== undefined && { version: loaded.version }),
      ...(loaded.organisation !== undefined && { organisation: loaded.organisation }),
      respondent: loaded.respondent,
      ...(loaded.date !== undefined && { date: loaded.date }),
    },
    status: loaded.status ?? 'in-progress',
    // Only value and note: anything the loader derived would go stale once an answer changes.
    answers: new Map([...loaded.answers].map(([id, x]) => [id, { value: x.value, ...(x.note !== undefined && { note: x.note }) }])),
  };
}

/**
 * The file's text: the head, the status, and the answers in the questionnaire's order; a reopened
 * file keeps the text it had (comments a person wrote included), changed where answers changed.
 */
export function answersFileText(file: Omit<OpenAnswersFile, 'path'>): string {
  const answers: Record<string, AnswerValue | { value: AnswerValue; note?: string }> = {};
  for (const q of allQuestions(file.questionnaire)) {
    const a = file.answers.get(q.id);
    if (a) answers[q.id] = answerEntry(a.value, a.note);
  }
  const data = { ...file.head, status: file.status, answers };
  return file.text === undefined ? stringifyAnswers(data) : updateAnswersText(file.text, data);
}

/** How many of the questions its respondent is asked (see isAskedOf) the file answers. */
export function answeredCount(file: Pick<OpenAnswersFile, 'questionnaire' | 'answers' | 'head'>): { readonly answered: number; readonly total: number } {
  const questions = askedQuestions(file);
  return { answered: questions.filter((q) => file.answers.has(q.id)).length, total: questions.length };
}

/** The questions the file's respondent is asked: those whose audience takes in their role. */
function askedQuestions(file: Pick<OpenAnswersFile, 'questionnaire' | 'head'>): Question[] {
  return allQuestions(file.questionnaire).filter((q) => isAskedOf(q.audience, file.head.respondent?.role));
}

/** The file as scoring reads it; `shown` is its path as printed. */
export function answersToScore(file: OpenAnswersFile, shown: string): Answers {
  return {
    questionnaire: file.head.questionnaire,
    respondent: file.head.respondent ?? {},
    answers: file.answers,
    file: shown,
    ...(file.head.date !== undefined && { date: file.head.date }),
  };
}
