// The list `icare assess` offers when no questionnaire is named: ICARE first and chosen already,
// the others by title.
import type { Catalog } from '../model/model.js';
import { allQuestions } from '../model/model.js';

const DEFAULT_QUESTIONNAIRE = 'icare';

interface QuestionnaireChoices {
  readonly choices: readonly { readonly id: string; readonly title: string; readonly questions: number }[];
  readonly preselected: readonly string[];
}

export function questionnaireChoices(catalog: Catalog): QuestionnaireChoices {
  const list = [...catalog.values()].sort((a, b) => (a.id === DEFAULT_QUESTIONNAIRE ? -1 : b.id === DEFAULT_QUESTIONNAIRE ? 1 : a.title.localeCompare(b.title)));
  return {
    choices: list.map((q) => ({ id: q.id, title: q.title, questions: allQuestions(q).length })),
    preselected: catalog.has(DEFAULT_QUESTIONNAIRE) ? [DEFAULT_QUESTIONNAIRE] : [],
  };
}
