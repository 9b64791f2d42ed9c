// One line's worth of facts about a questionnaire, for `icare list`.
import { allQuestions, type Questionnaire } from './model.js';

export interface QuestionnaireSummary {
  readonly id: string;
  readonly title: string;
  readonly version: number | string;
  readonly sections: number;
  readonly questions: number;
  /** Questions that count towards the maturity score (not text or nps). */
  readonly scored: number;
  readonly sources: readonly string[];
  readonly file: string;
  /** Present when this questionnaire is used instead of the bundled one with its id. */
  readonly replacesBundled?: true;
}

/** `replacesBundled`: whether it is used instead of a bundled questionnaire with the same id. */
export function summarise(q: Questionnaire, replacesBundled = false): QuestionnaireSummary {
  const questions = allQuestions(q);
  return {
    id: q.id,
    title: q.title,
    version: q.version,
    sections: q.sections.length,
    questions: questions.length,
    scored: questions.filter((x) => x.scored).length,
    sources: q.sources,
    file: q.file,
    ...(replacesBundled && { replacesBundled: true as const }),
  };
}
