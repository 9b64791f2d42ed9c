// Mergeable tallies: everything a report shows about a group of respondents is worked out from
// counts, so a respondent is folded in as soon as it is read and two tallies (chunks, threads,
// files, rounds) combine by adding them. Nothing here depends on the order respondents arrive in.
import { DONT_KNOW_CODE, isAsked, NA_CODE, VALUE_CODE, type CodeRow, type Layout } from '../model/layout.js';
import { UNSPECIFIED_ROLE } from '../model/roles.js';
import { addExact, mergeExact, type Partials } from './exactSum.js';

/** Respondents' own scores for one section (each in [0, 1]), as count, sums, min and max. */
export interface SectionTally {
  n: number;
  readonly sum: Partials;
  readonly sumSq: Partials;
  min: number;
  max: number;
}

export interface Tally {
  respondents: number;
  /** Files with `status: in-progress`. */
  inProgress: number;
  /** Respondents flagged for giving one raw answer to every scale question (see foldRow). */
  straightLiners: number;
  /** Per question and answer code (layout offsets): how many respondents gave it. */
  readonly counts: Float64Array;
  /**
   * Per question, among the respondents its audience includes: how many were asked, said n/a,
   * said don't know, and gave a value (coverage and the don't-know flag count these only).
   */
  readonly asked: Float64Array;
  readonly askedNa: Float64Array;
  readonly askedDontKnow: Float64Array;
  readonly askedValues: Float64Array;
  readonly sections: SectionTally[];
  /** Respondents per date, per organisation and per role as written (trimmed, lower case). */
  readonly dates: Map<string, number>;
  readonly organisations: Map<string, number>;
  readonly roles: Map<string, number>;
}

export function newTally(layout: Layout): Tally {
  return {
    respondents: 0,
    inProgress: 0,
    straightLiners: 0,
    counts: new Float64Array(layout.codes),
    asked: new Float64Array(layout.slots.length),
    askedNa: new Float64Array(layout.slots.length),
    askedDontKnow: new Float64Array(layout.slots.length),
    askedValues: new Float64Array(layout.slots.length),
    sections: layout.sections.map(() => ({ n: 0, sum: [], sumSq: [], min: Infinity, max: -Infinity })),
    dates: new Map(),
    organisations: new Map(),
    roles: new Map(),
  };
}

/** What a tally records of a respondent besides its answers. */
export interface RowFacts {
  readonly date?: string;
  readonly organisation?: string;
  /** Normalised role ("unspecified" when none). */
  readonly role: string;
  readonly inProgress: boolean;
  readonly straightLining: boolean;
}

function bump(map: Map<string, number>, key: string | undefined, by = 1): void {
  if (key !== undefined) map.set(key, (map.get(key) ?? 0) + by);
}

/** A respondent's own score for one section, in [0, 1]; NaN when it gave that section no value. */
export function rowSectionScore(layout: Layout, row: CodeRow, section: number): number {
  let sum = 0;
  let weights = 0;
  for (const i of layout.sections[section]!) {
    const slot = layout.slots[i]!;
    const code = row[i]!;
    if (code < VALUE_CODE || slot.scores.length === 0) continue;
    const w = slot.question.weight;
    sum += w * slot.scores[code - VALUE_CODE]!;
    weights += w;
  }
  return weights > 0 ? sum / weights : NaN;
}

/** A respondent's own section scores (NaN where it gave a section no value), worked out once. */
export function rowSectionScores(layout: Layout, row: CodeRow): Float64Array {
  const out = new Float64Array(layout.sections.length);
  for (let s = 0; s < out.length; s++) out[s] = rowSectionScore(layout, row, s);
  return out;
}

/**
 * Adds (sign 1) or removes (sign −1, a duplicate left out after the fact) one respondent, whose
 * own section scores `scores` gives (see rowSectionScores).
 */
export function foldRow(tally: Tally, layout: Layout, row: CodeRow, scores: Float64Array, facts: RowFacts, sign: 1 | -1 = 1): void {
  tally.respondents += sign;
  if (facts.inProgress) tally.inProgress += sign;
  if (facts.straightLining) tally.straightLiners += sign;
  const { counts, asked, askedNa, askedDontKnow, askedValues } = tally;
  const { slots } = layout;
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i]!;
    const code = row[i]!;
    counts[slot.offset + code]! += sign;
    if (!isAsked(slot, facts.role, UNSPECIFIED_ROLE)) continue;
    asked[i]! += sign;
    if (code === NA_CODE) askedNa[i]! += sign;
    else if (code === DONT_KNOW_CODE) askedDontKnow[i]! += sign;
    else if (code >= VALUE_CODE) askedValues[i]! += sign;
  }
  for (let s = 0; s < scores.length; s++) {
    const v = scores[s]!;
    if (v !== v) continue;
    const t = tally.sections[s]!;
    t.n += sign;
    addExact(t.sum, sign * v);
    addExact(t.sumSq, sign * v * v);
    // Min and max cannot be undone: after a removal the owner recomputes them (see Sample).
    if (sign === 1) {
      if (v < t.min) t.min = v;
      if (v > t.max) t.max = v;
    }
  }
  bump(tally.dates, facts.date, sign);
  bump(tally.organisations, facts.organisation, sign);
  bump(tally.roles, facts.role, sign);
  if (sign === -1) for (const m of [tally.dates, tally.organisations, tally.roles]) for (const [k, n] of m) if (n === 0) m.delete(k);
}

export function mergeTally(into: Tally, from: Tally): void {
  into.respondents += from.respondents;
  into.inProgress += from.inProgress;
  into.straightLiners += from.straightLiners;
  for (const name of ['counts', 'asked', 'askedNa', 'askedDontKnow', 'askedValues'] as const) {
    const a = into[name];
    const b = from[name];
    for (let i = 0; i < a.length; i++) a[i]! += b[i]!;
  }
  from.sections.forEach((f, s) => {
    const t = into.sections[s]!;
    t.n += f.n;
    mergeExact(t.sum, f.sum);
    mergeExact(t.sumSq, f.sumSq);
    t.min = Math.min(t.min, f.min);
    t.max = Math.max(t.max, f.max);
  });
  for (const [k, n] of from.dates) bump(into.dates, k, n);
  for (const [k, n] of from.organisations) bump(into.organisations, k, n);
  for (const [k, n] of from.roles) bump(into.roles, k, n);
}

/** How many respondents gave each code of one question (index 0 = no answer). */
export function questionCounts(tally: Tally, layout: Layout, index: number): Float64Array {
  const slot = layout.slots[index]!;
  return tally.counts.subarray(slot.offset, slot.offset + VALUE_CODE + slot.values);
}

