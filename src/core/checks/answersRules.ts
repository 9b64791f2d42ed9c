// Checks an answers file against its questionnaire and, as it goes, encodes it: one code per
// question (see layout.ts), the notes, and the text answers. Reading a respondent costs no more
// than checking it.
import { newRow, type CodeRow, type Layout } from '../model/layout.js';
import { isAnswerEntry, type AnswersFile } from '../model/model.js';
import type { PathFinding } from './finding.js';

/** A note or a text answer, with the question (its layout index) it belongs to. */
export interface Remark {
  readonly question: number;
  readonly text: string;
}

export interface EncodedAnswers {
  readonly findings: PathFinding[];
  readonly row: CodeRow;
  readonly notes: readonly Remark[];
  readonly comments: readonly Remark[];
}

/**
 * `a` may be a file the schema refused (validate lists every finding in one run): then each rule
 * reads only values of the type it expects, and skips the rest.
 */
export function answersRules(a: AnswersFile, layout: Layout): EncodedAnswers {
  const q = layout.questionnaire;
  const findings: PathFinding[] = [];
  if ((typeof a.version === 'number' || typeof a.version === 'string') && String(a.version) !== String(q.version)) {
    findings.push({
      path: ['version'],
      severity: 'warning',
      rule: 'version-mismatch',
      message: `answers are for version ${String(a.version)} of "${q.id}" but the questionnaire is version ${String(q.version)}`,
    });
  }
  if (typeof a.date === 'string' && DATE_SHAPE.test(a.date) && !isCalendarDate(a.date)) {
    findings.push({ path: ['date'], severity: 'error', rule: 'invalid-date', message: `date ${a.date} does not exist in the calendar` });
  }
  const row = newRow(layout);
  const notes: Remark[] = [];
  const comments: Remark[] = [];
  const entries = typeof a.answers === 'object' && a.answers !== null && !Array.isArray(a.answers) ? a.answers : {};
  // Object.keys gives the own keys in the order Object.entries would, without its pairs.
  const ids = Object.keys(entries);
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k]!;
    const entry = entries[id];
    const slot = layout.byId.get(id);
    if (!slot) {
      findings.push({ path: ['answers', id], atKey: true, severity: 'error', rule: 'unknown-question', message: `"${q.id}" has no question ${JSON.stringify(id)}` });
      continue;
    }
    // Left blank: unanswered, as if the line were not there.
    if (entry === null || entry === undefined) continue;
    const isEntry = isAnswerEntry(entry);
    const value: unknown = isEntry ? entry.value : entry;
    // Anything but a plain value is the schema's finding.
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') continue;
    const r = layout.codeOf(slot, value);
    if (!r.ok) {
      findings.push({ path: isEntry ? ['answers', id, 'value'] : ['answers', id], severity: 'error', rule: r.rule, message: r.message });
      continue;
    }
    row[slot.index] = r.code;
    if (r.meaning.kind === 'text') comments.push({ question: slot.index, text: r.meaning.text });
    if (isEntry && typeof entry.note === 'string') notes.push({ question: slot.index, text: entry.note });
  }
  return { findings, row, notes, comments };
}

const DATE_SHAPE = /^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/;

/** Whether YYYY-MM-DD (the schema checks the shape) names a day that exists: not 2026-02-31. */
export function isCalendarDate(date: string): boolean {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return days !== undefined && d >= 1 && d <= days;
}

export function unknownQuestionnaire(id: string, known: readonly string[]): PathFinding {
  return {
    path: ['questionnaire'],
    severity: 'error',
    rule: 'unknown-questionnaire',
    message: `no questionnaire with id ${JSON.stringify(id)} was found${known.length ? ` (known: ${known.join(', ')})` : ''}; pass its folder with --questionnaires`,
  };
}
