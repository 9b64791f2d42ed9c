// Notes and text answers, kept in columns (no object per remark) and bounded: past KEPT_TEXTS
// different texts on one question, further texts are counted, not kept, so a million respondents'
// comments cost a few bytes each. When reported, identical texts are grouped with a count.
import { indexIn, type Dictionary } from './respondentColumns.js';
import type { NoteRef } from './scoreResult.js';

/** Different texts kept per question and kind (notes, comments); JSON lists them all. */
export const KEPT_TEXTS = 1000;

export interface RemarkStore {
  count: number;
  question: Int32Array;
  respondent: Int32Array;
  /** Index into `texts`; −1 when the text was counted but not kept. */
  text: Int32Array;
  /** Index into `people` of the writer's name; −1 when none. */
  name: Int32Array;
  /** Index into `people` of the role as the writer gave it; −1 when none. */
  asWritten: Int32Array;
  /** Kept texts, keyed by question and text so that one text on two questions is two entries. */
  readonly texts: Dictionary;
  /** Names and roles as written. */
  readonly people: Dictionary;
  /** Different texts kept so far, by question. */
  readonly kept: Map<number, number>;
  /** Different texts kept per question: KEPT_TEXTS. */
  readonly cap: number;
}

export interface RemarkIn {
  readonly question: number;
  readonly text: string;
  readonly respondent: number;
  readonly name?: string;
  readonly roleAsWritten?: string;
}

const ARRAYS = ['question', 'respondent', 'text', 'name', 'asWritten'] as const;

export function newRemarks(cap = KEPT_TEXTS): RemarkStore {
  const a = (): Int32Array => new Int32Array(16);
  return { count: 0, question: a(), respondent: a(), text: a(), name: a(), asWritten: a(), texts: { list: [], index: new Map() }, people: { list: [], index: new Map() }, kept: new Map(), cap };
}

const keyOf = (question: number, text: string): string => `${question}\u0000${text}`;

/** The text's index if it is kept (or can still be), else −1. */
function textIndex(s: RemarkStore, question: number, text: string): number {
  const key = keyOf(question, text);
  const known = s.texts.index.get(key);
  if (known !== undefined) return known;
  const kept = s.kept.get(question) ?? 0;
  if (kept >= s.cap) return -1;
  s.kept.set(question, kept + 1);
  return indexIn(s.texts, key);
}

export function addRemark(s: RemarkStore, r: RemarkIn): void {
  const text = textIndex(s, r.question, r.text);
  // Who wrote a text is only ever shown beside the text: not kept for a text that is not.
  const name = text >= 0 && r.name !== undefined ? indexIn(s.people, r.name) : -1;
  const asWritten = text >= 0 && r.roleAsWritten !== undefined ? indexIn(s.people, r.roleAsWritten) : -1;
  push(s, r.question, r.respondent, text, name, asWritten);
}

function push(s: RemarkStore, question: number, respondent: number, text: number, name: number, asWritten: number): void {
  if (s.count === s.question.length) {
    for (const column of ARRAYS) {
      const bigger = new Int32Array(s.count * 2);
      bigger.set(s[column]);
      s[column] = bigger;
    }
  }
  const i = s.count++;
  s.question[i] = question;
  s.respondent[i] = respondent;
  s.text[i] = text;
  s.name[i] = name;
  s.asWritten[i] = asWritten;
}

/** One question's remarks as reported: identical texts grouped, most frequent first. */
export interface RemarkList {
  readonly refs: readonly NoteRef[];
  /** Remarks counted but not listed (texts past the KEPT_TEXTS bound). */
  readonly more: number;
}

/** Each question's notes and text answers as listed; empty lists for none. */
export interface Remarks {
  readonly notes: readonly RemarkList[];
  readonly comments: readonly RemarkList[];
}

export const NO_REMARKS: Remarks = { notes: [], comments: [] };

/** Who wrote a note may be said: the name only with --names, the role only where its group is shown. */
export interface Attribution {
  readonly names: boolean;
  readonly roles: ReadonlySet<string> | 'all';
}

export const ANONYMOUS: Attribution = { names: false, roles: 'all' };

/** Whose remarks to list, and what may be said of who wrote them. */
export interface RemarkFilter {
  readonly include: (respondent: number) => boolean;
  /** The writer's name may be given (--names). */
  readonly names: boolean;
  /** The role as written may be given for this respondent (its group is shown). */
  readonly role: (respondent: number) => boolean;
}

interface Group {
  readonly note: string;
  count: number;
  name: string | undefined | null;
  role: string | undefined | null;
}

/**
 * The remarks of each of `questions` questions. A grouped text names its writer, or their role,
 * only when every writer has the same one (null marks "not all the same").
 */
export function remarkLists(s: RemarkStore, questions: number, f: RemarkFilter): RemarkList[] {
  const groups = Array.from({ length: questions }, () => new Map<number, Group>());
  const more = new Array<number>(questions).fill(0);
  for (let i = 0; i < s.count; i++) {
    const who = s.respondent[i]!;
    if (!f.include(who)) continue;
    const q = s.question[i]!;
    const t = s.text[i]!;
    if (t < 0) {
      more[q]!++;
      continue;
    }
    const n = s.name[i]!;
    const w = s.asWritten[i]!;
    const name = f.names && n >= 0 ? s.people.list[n] : undefined;
    const role = f.role(who) && w >= 0 ? s.people.list[w] : undefined;
    const g = groups[q]!.get(t);
    if (!g) {
      const key = s.texts.list[t]!;
      groups[q]!.set(t, { note: key.slice(key.indexOf('\u0000') + 1), count: 1, name, role });
      continue;
    }
    g.count++;
    if (g.name !== name) g.name = null;
    if (g.role !== role) g.role = null;
  }
  return groups.map((m, q) => ({
    // A stable sort: texts written once keep the order they were read in.
    refs: [...m.values()]
      .sort((a, b) => b.count - a.count)
      .map((g) => ({ note: g.note, ...(typeof g.name === 'string' && { respondent: g.name }), ...(typeof g.role === 'string' && { role: g.role }), ...(g.count > 1 && { count: g.count }) })),
    more: more[q]!,
  }));
}
