// Checks an answers file against its questionnaire and, as it goes, encodes it: one code per
// question (see layout.ts), the notes, and the text answers. Reading a respondent costs no more
// than checking it.
import { newRow, NO_ANSWER, type CodeRow, type Layout } from '../model/layout.js';
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

export function answersRules(a: AnswersFile, layout: Layout): EncodedAnswers {
  const q = layout.questionnaire;
  const findings: PathFinding[] = [];
  if (a.version !== undefined && String(a.version) !== String(q.version)) {
    findings.push({
      path: ['version'],
      severity: 'warning',
      rule: 'version-mismatch',
      message: `answers are for version ${String(a.version)} of "${q.id}" but the questionnaire is version ${String(q.version)}`,
    });
  }
  const row = newRow(layout);
  const notes: Remark[] = [];
  const comments: Remark[] = [];
  const entries = a.answers;
  // for-in over own keys visits them in the same order as Object.entries, without its arrays.
  for (const id in entries) {
    if (!Object.hasOwn(entries, id)) continue;
    const entry = entries[id]!;
    const slot = layout.byId.get(id);
    if (!slot) {
      findings.push({ path: ['answers', id], atKey: true, severity: 'error', rule: 'unknown-question', message: `"${q.id}" has no question ${JSON.stringify(id)}` });
      continue;
    }
    const isEntry = isAnswerEntry(entry);
    const value = isEntry ? entry.value : entry;
    const r = layout.codeOf(slot, value);
    if (!r.ok) {
      findings.push({ path: isEntry ? ['answers', id, 'value'] : ['answers', id], severity: 'error', rule: r.rule, message: r.message });
      continue;
    }
    row[slot.index] = r.code;
    if (r.meaning.kind === 'text') comments.push({ question: slot.index, text: r.meaning.text });
    if (isEntry && entry.note !== undefined) notes.push({ question: slot.index, text: entry.note });
  }
  return { findings, row, notes, comments };
}

/** Whether a row holds any answer at all. */
export function hasAnswers(row: CodeRow): boolean {
  for (let i = 0; i < row.length; i++) if (row[i] !== NO_ANSWER) return true;
  return false;
}

export function unknownQuestionnaire(id: string, known: readonly string[]): PathFinding {
  return {
    path: ['questionnaire'],
    severity: 'error',
    rule: 'unknown-questionnaire',
    message: `no questionnaire with id ${JSON.stringify(id)} was found${known.length ? ` (known: ${known.join(', ')})` : ''}; pass its folder with --questionnaires`,
  };
}
