import type { AnswersFile } from '../model/model.js';
import { answersFileName, slug } from '../writing/answersYaml.js';

/**
 * The file name for an imported row: organisation, questionnaire, date ("undated" without one)
 * and the respondent's name, or `row-<line>` when the row names nobody usable.
 */
export function importedFileName(a: AnswersFile, row: number): string {
  const who = a.respondent?.name && slug(a.respondent.name) ? a.respondent.name : `row-${row}`;
  return answersFileName({ ...(a.organisation !== undefined && { organisation: a.organisation }), questionnaire: a.questionnaire, date: a.date ?? 'undated', who });
}
