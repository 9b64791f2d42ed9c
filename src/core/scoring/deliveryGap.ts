// The delivery gap (docs/scoring.md): the staff's self-assessment beside the customers' view of
// the same elements, each with its interval, and whether the difference exceeds the noise.
import type { CodeRow, Layout } from '../model/layout.js';
import { changeBetween } from './noise.js';
import { rowOf, type Sample } from './sample.js';
import { commentedQuestions, type Estimate, type NoteRef, type NpsMetric, type RatingMetric, type ScoreResult } from './scoreResult.js';
import { FLAG_DROPPED } from './respondentColumns.js';
import { rowSectionScore } from './tally.js';

export const GAP_VERDICTS = ['delivery-gap', 'customers-rate-higher', 'within-noise', 'not-comparable'] as const;
export type GapVerdict = (typeof GAP_VERDICTS)[number];

/** What customers say of a staff priority: they confirm the gap, or see it otherwise. */
export const CUSTOMER_VIEWS = ['confirmed', 'not-confirmed'] as const;
export type CustomerView = (typeof CUSTOMER_VIEWS)[number];

export interface GapSection {
  readonly id: string;
  readonly title: string;
  /** The customer questionnaire's section that mirrors it. */
  readonly customerSection: string;
  readonly staff: Pick<Estimate, 'score' | 'interval'>;
  readonly customers: Pick<Estimate, 'score' | 'interval'>;
  /** staff − customers, in points. */
  readonly gap: number | null;
  readonly noise: number | null;
  readonly verdict: GapVerdict;
  /** The staff target for the section, and whether customers put it below. */
  readonly target: number;
}

/** How many respondents' own overall score is at or above target. */
export interface AtTarget {
  readonly count: number;
  readonly of: number;
  readonly share: number | null;
}

export interface DeliveryGap {
  readonly customerQuestionnaire: { readonly id: string; readonly title: string };
  readonly customers: number;
  readonly sections: readonly GapSection[];
  readonly staffAtTarget: AtTarget;
  readonly customersAtTarget: AtTarget;
  readonly nps: readonly NpsMetric[];
  readonly ratings: readonly RatingMetric[];
  /** Customers' comments, never with names. */
  readonly comments: readonly { readonly question: string; readonly text: string; readonly answers: readonly NoteRef[]; readonly notListed: number }[];
  /** For each staff priority with a mirror: whether customers confirm it. */
  readonly priorities: Readonly<Record<string, CustomerView>>;
  /** Mirrored sections staff rate on target but customers rate below it. */
  readonly seenByCustomersOnly: readonly string[];
}

/** A respondent's own overall score (fraction), or NaN when it gave no value. */
function ownOverall(layout: Layout, row: CodeRow): number {
  let sum = 0;
  let weights = 0;
  layout.questionnaire.sections.forEach((s, si) => {
    const v = rowSectionScore(layout, row, si);
    if (v !== v) return;
    sum += s.weight * v;
    weights += s.weight;
  });
  return weights > 0 ? sum / weights : NaN;
}

/** Respondents whose own overall score reaches `target` (percent). */
export function atTarget(sample: Sample, target: number): AtTarget {
  let count = 0;
  let of = 0;
  const { flags } = sample.columns;
  for (let i = 0; i < sample.columns.count; i++) {
    if (flags[i]! & FLAG_DROPPED) continue;
    const v = ownOverall(sample.layout, rowOf(sample, i));
    if (v !== v) continue;
    of++;
    if (v * 100 >= target - 1e-9) count++;
  }
  return { count, of, share: of === 0 ? null : (count / of) * 100 };
}

export function deliveryGap(staff: ScoreResult, staffSample: Sample, customers: ScoreResult, customerSample: Sample): DeliveryGap {
  const sections: GapSection[] = [];
  for (const c of customers.sections) {
    const s = c.mirrors === undefined ? undefined : staff.sections.find((x) => x.id === c.mirrors);
    if (!s) continue;
    const change = changeBetween(c, s);
    const verdict: GapVerdict = change.direction === 'improved' ? 'delivery-gap' : change.direction === 'regressed' ? 'customers-rate-higher' : change.direction === 'not-comparable' ? 'not-comparable' : 'within-noise';
    sections.push({ id: s.id, title: s.title, customerSection: c.id, staff: { score: s.score, interval: s.interval }, customers: { score: c.score, interval: c.interval }, gap: change.change, noise: change.noise, verdict, target: s.target });
  }
  const priorities: Record<string, CustomerView> = {};
  for (const id of staff.priorities) {
    const g = sections.find((x) => x.id === id);
    if (g?.customers.score !== null && g?.customers.score !== undefined) priorities[id] = g.customers.score < g.target ? 'confirmed' : 'not-confirmed';
  }
  const seenByCustomersOnly = sections
    .filter((g) => staff.sections.find((x) => x.id === g.id)?.verdict === 'on-target' && g.customers.score !== null && g.customers.score < g.target)
    .map((g) => g.id);
  return {
    customerQuestionnaire: { id: customers.questionnaire.id, title: customers.questionnaire.title },
    customers: customers.respondents,
    sections,
    staffAtTarget: atTarget(staffSample, staff.target),
    customersAtTarget: atTarget(customerSample, customers.target),
    nps: customers.nps,
    ratings: customers.ratings,
    comments: commentedQuestions(customers).map((q) => ({ question: q.id, text: q.text, answers: q.comments.map((n) => ({ note: n.note, ...(n.count !== undefined && { count: n.count }) })), notListed: q.commentsNotListed })),
    priorities,
    seenByCustomersOnly,
  };
}
