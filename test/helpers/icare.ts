// The bundled ICARE questionnaires (staff and customers, and the catalog they are in) and the import fixtures' header rows, for the import's tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RowResult } from '../../src/core/import/convertRow.js';
import { allQuestions, type AnswersFile, type Question, type Questionnaire } from '../../src/core/model/model.js';
import { loadCatalogFiles } from '../../src/shell/catalog.js';
import { expandPaths } from '../../src/shell/files.js';
import { FIXTURES, ROOT } from './cli.js';

export const { catalog } = loadCatalogFiles(await expandPaths(['questionnaires'], ROOT), [], ROOT);
export const icare = catalog.get('icare') as Questionnaire;
export const customers = catalog.get('icare-customers') as Questionnaire;
export const byId = (id: string): Question => allQuestions(icare).find((x) => x.id === id) as Question;
export const text = (id: string): string => byId(id).text;
/** These ICARE question ids in the questionnaire's order. */
export const inQuestionnaireOrder = (ids: readonly string[]): string[] => allQuestions(icare).map((x) => x.id).filter((id) => ids.includes(id));

/** The header row of a fixture, parsed the simple way (the fixtures' headers hold no newlines). */
export function headerOf(name: string): string[] {
  const first = readFileSync(join(FIXTURES, 'import', name), 'utf8').replace(/^\ufeff/, '').split(/\r?\n/)[0] ?? '';
  const cells: string[] = [];
  for (const m of first.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)) cells.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : (m[2] ?? ''));
  return cells;
}

export function answersOf(r: RowResult): AnswersFile {
  if (!('answers' in r)) throw new Error(`expected answers, got ${JSON.stringify(r)}`);
  return r.answers;
}
