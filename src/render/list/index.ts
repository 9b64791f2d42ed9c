// `icare list`: one summary per questionnaire, as a table for people or JSON for scripts.
import { allQuestions, type Questionnaire } from '../../core/model/model.js';
import type { RenderContext } from '../context.js';
import { json } from './json.js';
import { table } from './table.js';

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
}

export function summarise(q: Questionnaire): QuestionnaireSummary {
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
  };
}

export const LIST_FORMATS = ['table', 'json'] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];
export type ListRenderer = (items: readonly QuestionnaireSummary[], ctx: RenderContext) => string;

export const listRenderers: Record<ListFormat, ListRenderer> = { table, json };
