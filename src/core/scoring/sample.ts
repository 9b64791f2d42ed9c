// The respondents of one questionnaire as a report needs them: mergeable tallies (overall, per
// role, per round) that every figure is worked out from, one compact row of answer codes and a
// few numbers per respondent (for intervals and hygiene checks), and the notes and text answers.
// No answer objects are kept.
import type { AnswersRecord } from '../checks/checkFile.js';
import { VALUE_CODE, type CodeRow, type Layout } from '../model/layout.js';
import { roleKey } from '../model/roles.js';
import { addRespondent, FLAG_DROPPED, FLAG_IN_PROGRESS, FLAG_STRAIGHT_LINING, identityHash, newColumns, reserveColumns, type RespondentColumns } from './respondentColumns.js';
import { addRemark, newRemarks, remarkLists, type Attribution, type RemarkIn, type Remarks, type RemarkStore } from './remarks.js';
import { foldRow, mergeTally, newTally, rowSectionScores, type RowFacts, type Tally } from './tally.js';

/** The respondents of one role in one round: each respondent is folded into exactly one cell. */
export interface Cell {
  readonly role: string;
  readonly round: string;
  readonly tally: Tally;
}

/** The sums of a sample's cells: what every figure is worked out from. */
export interface Tallies {
  readonly all: Tally;
  /** By normalised role, in the order roles first appear. */
  readonly byRole: ReadonlyMap<string, Tally>;
  /** By round (the answers' date, else the folder they sit in), in the order rounds first appear. */
  readonly byRound: ReadonlyMap<string, Tally>;
}

export interface Sample {
  readonly layout: Layout;
  /** By role and round (cellKey), in the order they first appear. */
  readonly cells: Map<string, Cell>;
  /** The sums of the cells as last worked out (see tallies()); cleared by every change. */
  summed?: Tallies | undefined;
  /** Row i holds respondent i's codes at [i × questions, (i + 1) × questions). */
  rows: CodeRow;
  readonly columns: RespondentColumns;
  readonly notes: RemarkStore;
  /** Text answers. */
  readonly comments: RemarkStore;
  /** The one respondent's name and role as written, while there is exactly one. */
  single?: { readonly name?: string; readonly role?: string };
}

/** Where a record came from: the index of its file among the inputs, and a CSV row's line. */
export interface RecordSource {
  readonly index: number;
  readonly line: number;
  /** The round it belongs to when not its date (every row of one CSV export is one round). */
  readonly round?: string;
}

/** Respondents who give one raw answer to this many scale questions or more are flagged. */
export const STRAIGHT_LINING_MIN = 6;

export function newSample(layout: Layout): Sample {
  const rows = layout.width === 1 ? new Uint8Array(64 * layout.slots.length) : new Uint16Array(64 * layout.slots.length);
  return { layout, cells: new Map(), rows, columns: newColumns(), notes: newRemarks(), comments: newRemarks() };
}

/** The round a file belongs to: its date, else the name of the folder it sits in. */
export function roundOf(record: Pick<AnswersRecord, 'head' | 'file'>): string {
  if (record.head.date) return record.head.date;
  const parts = record.file.split(/[\\/]/);
  return parts.length > 1 ? (parts[parts.length - 2] ?? 'undated') : 'undated';
}

export const cellKey = (role: string, round: string): string => `${role}\u0000${round}`;

/** The cell of `role` in `round`, created empty when there is none yet. */
export function cellOf(sample: Sample, role: string, round: string): Tally {
  const key = cellKey(role, round);
  let c = sample.cells.get(key);
  if (!c) {
    c = { role, round, tally: newTally(sample.layout) };
    sample.cells.set(key, c);
  }
  return c.tally;
}

function summedIn(map: Map<string, Tally>, key: string, layout: Layout): Tally {
  let t = map.get(key);
  if (!t) map.set(key, (t = newTally(layout)));
  return t;
}

/**
 * The overall, per-role and per-round tallies: sums of the cells, exact (see tally.ts), worked out
 * once after the last change. Folding each respondent into one cell rather than three tallies is
 * most of what reading a million respondents costs beyond parsing them.
 */
export function tallies(sample: Sample): Tallies {
  if (sample.summed) return sample.summed;
  const { layout } = sample;
  const all = newTally(layout);
  const byRole = new Map<string, Tally>();
  const byRound = new Map<string, Tally>();
  for (const c of sample.cells.values()) {
    mergeTally(all, c.tally);
    mergeTally(summedIn(byRole, c.role, layout), c.tally);
    mergeTally(summedIn(byRound, c.round, layout), c.tally);
  }
  sample.summed = { all, byRole, byRound };
  return sample.summed;
}

/** Makes room for `respondents` in all: when their number is known or estimated up front. */
export function reserve(sample: Sample, respondents: number): void {
  const q = sample.layout.slots.length;
  resizeRows(sample, respondents * q, 0);
  reserveColumns(sample.columns, respondents);
}

function resizeRows(sample: Sample, need: number, headroom: number): void {
  if (need <= sample.rows.length) return;
  const bigger = new (sample.rows.constructor as Uint8ArrayConstructor)(Math.max(need, Math.ceil(sample.rows.length * (1 + headroom))));
  bigger.set(sample.rows);
  sample.rows = bigger;
}

/** Stores one row, or several rows one after another, starting at respondent `at`. */
function storeRows(sample: Sample, rows: CodeRow, at: number): void {
  const q = sample.layout.slots.length;
  // Past a reservation, a quarter more at a time: the copy keeps old and new rows alive together.
  resizeRows(sample, at * q + rows.length, 0.25);
  sample.rows.set(rows, at * q);
}

/** The same raw answer to every scale question answered, with at least STRAIGHT_LINING_MIN of them. */
export function isStraightLining(layout: Layout, row: CodeRow): boolean {
  let raw: number | undefined;
  let answered = 0;
  for (const slot of layout.slots) {
    if (slot.question.type !== 'scale') continue;
    const code = row[slot.index]!;
    if (code < VALUE_CODE) continue;
    const v = slot.question.scale.min + code - VALUE_CODE;
    if (raw !== undefined && v !== raw) return false;
    raw = v;
    answered++;
  }
  return answered >= STRAIGHT_LINING_MIN;
}

/** Who a respondent is, for finding the same person twice: respondent.id, else name and role. */
export function identityKey(respondent: { readonly id?: string; readonly name?: string; readonly role?: string } | undefined): string | undefined {
  if (respondent?.id !== undefined) return `id\u0000${respondent.id.trim()}`;
  if (respondent?.name === undefined) return undefined;
  return `name\u0000${respondent.name.trim().toLowerCase()}\u0000${(respondent.role ?? '').trim().toLowerCase()}`;
}

export function factsOf(layout: Layout, record: AnswersRecord): RowFacts {
  const { head } = record;
  // Plain assignments, no spreads: this runs once per respondent.
  const facts: { -readonly [K in keyof RowFacts]: RowFacts[K] } = {
    role: roleKey(head.respondent?.role),
    inProgress: head.status === 'in-progress',
    straightLining: isStraightLining(layout, record.row),
  };
  if (head.date !== undefined) facts.date = head.date;
  if (head.organisation !== undefined) facts.organisation = head.organisation;
  return facts;
}

/** Folds one checked respondent in. */
export function addRecord(sample: Sample, record: AnswersRecord, source: RecordSource = { index: 0, line: 0 }): void {
  const { layout } = sample;
  const index = sample.columns.count;
  const facts = factsOf(layout, record);
  const round = source.round ?? roundOf(record);
  const scores = rowSectionScores(layout, record.row);
  foldRow(cellOf(sample, facts.role, round), layout, record.row, scores, facts);
  sample.summed = undefined;
  storeRows(sample, record.row, index);
  const who = record.head.respondent;
  addRespondent(sample.columns, {
    role: facts.role,
    round,
    ...(facts.organisation !== undefined && { organisation: facts.organisation }),
    ...(record.head.date !== undefined && { date: record.head.date }),
    source: source.index,
    line: source.line,
    identity: identityHash(identityKey(who)),
    flags: (facts.inProgress ? FLAG_IN_PROGRESS : 0) | (facts.straightLining ? FLAG_STRAIGHT_LINING : 0),
  });
  const remark = (r: { question: number; text: string }): RemarkIn => ({
    question: r.question,
    text: r.text,
    respondent: index,
    ...(who?.name !== undefined && { name: who.name }),
    ...(who?.role !== undefined && { roleAsWritten: who.role }),
  });
  for (const n of record.notes) addRemark(sample.notes, remark(n));
  for (const c of record.comments) addRemark(sample.comments, remark(c));
  sample.single = index === 0 ? { ...(who?.name !== undefined && { name: who.name }), ...(who?.role !== undefined && { role: who.role }) } : undefined;
}

/** Respondent i's row of codes (a view, not a copy). */
export function rowOf(sample: Sample, i: number): CodeRow {
  const q = sample.layout.slots.length;
  return sample.rows.subarray(i * q, (i + 1) * q);
}

/** The rows in use: respondents × questions codes. */
export function usedRows(sample: Sample): CodeRow {
  return sample.rows.subarray(0, sample.columns.count * sample.layout.slots.length);
}

/** Tallies of several groups added together (leaders = executive + manager). */
export function combined(layout: Layout, tallies: Iterable<Tally>): Tally {
  const out = newTally(layout);
  for (const t of tallies) mergeTally(out, t);
  return out;
}

/** The notes and text answers of the respondents `member` picks (all by default), as they may be attributed. */
export function remarksOf(sample: Sample, attribution: Attribution, member: (i: number) => boolean = () => true): Remarks {
  const c = sample.columns;
  const q = sample.layout.slots.length;
  const shown = attribution.roles;
  const filter = {
    include: (i: number) => (c.flags[i]! & FLAG_DROPPED) === 0 && member(i),
    names: attribution.names,
    role: shown === 'all' ? () => true : (i: number) => shown.has(c.roles.list[c.role[i]!]!),
  };
  return { notes: remarkLists(sample.notes, q, filter), comments: remarkLists(sample.comments, q, filter) };
}
