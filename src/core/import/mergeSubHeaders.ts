// SurveyMonkey exports two header rows: the question in the first (written once over all the
// columns of a matrix or multiple-answer question) and, in the second, "Response" or
// "Open-Ended Response" for a one-column question, or the matrix row or option for each column.
import { looseKey } from './looseKey.js';
import { metaColumn } from './metaColumn.js';

const SUB_HEADER_MARKS = new Set(['response', 'open-ended response']);

/**
 * When `second` is such a second header row, the two rows as one: a one-column question keeps
 * its text, and a matrix row becomes "Question [Row]", matched by its row as a Google Forms grid
 * column is. Undefined when `second` is a row of answers.
 */
export function mergeSubHeaders(first: readonly string[], second: readonly string[]): string[] | undefined {
  const marks = second.filter((c) => SUB_HEADER_MARKS.has(looseKey(c))).length;
  // The respondent columns (Respondent ID…) have nothing in the second row, or "Response" when
  // the form asked for them; a row of answers has their values.
  const metaEmpty = first.every((h, i) => !metaColumn(h) || (second[i] ?? '').trim() === '' || SUB_HEADER_MARKS.has(looseKey(second[i] ?? '')));
  if (marks === 0 || !metaEmpty) return undefined;
  let group = '';
  return first.map((h, i) => {
    if (h.trim() !== '') group = h.trim();
    const sub = (second[i] ?? '').trim();
    if (sub === '' || SUB_HEADER_MARKS.has(looseKey(sub))) return h.trim() === '' ? group : h;
    return `${group} [${sub}]`;
  });
}
