// The whole organisation by role: each group scored with its own intervals, groups too small to
// hide a person in suppressed (suppression.ts), and the perception gap between the groups shown.
import { isLeader } from '../model/roles.js';
import { jackknife } from './jackknife.js';
import { NO_REMARKS, type Attribution } from './remarks.js';
import { combined, remarksOf, tallies, type Sample } from './sample.js';
import { rolesInOrder } from './score.js';
import { DEFAULT_MIN_GROUP, type RawAnswers, type ScoreOptions, type ScoreResult } from './scoreResult.js';
import { scoreTally } from './scoreTally.js';
import { attributableRoles, OTHER_ROLES, planGroups, type GroupPlan } from './suppression.js';
import type { Tally } from './tally.js';

export interface VisibleGroup {
  readonly role: string;
  readonly hidden: false;
  readonly respondents: number;
  /** For OTHER_ROLES: the small roles pooled into it. */
  readonly pooled?: readonly string[];
  readonly result: ScoreResult;
}

/** A group whose results are not shown: no figures at all, not even its size. */
export interface HiddenGroup {
  readonly role: string;
  readonly hidden: true;
}

export type RoleGroup = VisibleGroup | HiddenGroup;

export interface PerceptionGap {
  readonly section: string;
  readonly title: string;
  /** Highest minus lowest group score, in points; null with fewer than two groups scored. */
  readonly gap: number | null;
  readonly high: { readonly role: string; readonly score: number } | null;
  readonly low: { readonly role: string; readonly score: number } | null;
}

export interface QuestionGap {
  readonly question: string;
  readonly section: string;
  readonly text: string;
  readonly reverse: boolean;
  readonly leaders: number;
  readonly frontline: number;
  /** leaders − frontline, in points of maturity (after reversal). */
  readonly diff: number;
  /** What each side actually answered, on the question's own scale. */
  readonly leadersAnswers: RawAnswers;
  readonly frontlineAnswers: RawAnswers;
}

export interface RoleBreakdown {
  readonly minGroup: number;
  /** Executive, manager, frontline, other roles A–Z, unspecified, then OTHER_ROLES. */
  readonly roles: readonly RoleGroup[];
  readonly perception: readonly PerceptionGap[];
  /** Leaders (executive + manager) against frontline: only when both reach --min-group and nothing hidden can be derived. */
  readonly leadersVsFrontline: boolean;
  /** Questions where leaders and frontline differ most, largest first. */
  readonly questionGaps: readonly QuestionGap[];
}

/** Scores the respondents of `roles` together, with intervals over exactly those respondents. */
function scoreRoles(sample: Sample, roles: ReadonlySet<string>, tally: Tally, opts: ScoreOptions, attribution: Attribution): ScoreResult {
  const index = new Set([...roles].map((r) => sample.columns.roles.index.get(r)));
  const member = (i: number): boolean => index.has(sample.columns.role[i]!);
  return scoreTally({ layout: sample.layout, tally, remarks: remarksOf(sample, attribution, member), uncertainty: jackknife(sample, tally, member), attribution }, opts);
}

function perceptionGaps(sample: Sample, shown: readonly VisibleGroup[]): PerceptionGap[] {
  return sample.layout.questionnaire.sections.map((s, i) => {
    let high: { role: string; score: number } | null = null;
    let low: { role: string; score: number } | null = null;
    for (const g of shown) {
      const sc = g.result.sections[i]?.score;
      if (sc === null || sc === undefined) continue;
      if (!high || sc > high.score) high = { role: g.role, score: sc };
      if (!low || sc < low.score) low = { role: g.role, score: sc };
    }
    const two = high && low && high.role !== low.role;
    return { section: s.id, title: s.title, gap: two ? high!.score - low!.score : null, high: two ? high : null, low: two ? low : null };
  });
}

/**
 * Leaders against frontline may be shown when both sides reach the minimum and the leaders are
 * made of groups shown anyway (each leader role shown, or exactly the pool of other roles): else
 * leaders minus the part shown would reveal a hidden group.
 */
function leadersShown(sample: Sample, plan: GroupPlan, minGroup: number): boolean {
  const leaders = [...tallies(sample).byRole].filter(([role]) => isLeader(role)).map(([role]) => role);
  const size = leaders.reduce((n, role) => n + tallies(sample).byRole.get(role)!.respondents, 0);
  const frontline = tallies(sample).byRole.get('frontline')?.respondents ?? 0;
  const asShown = leaders.every((role) => plan.shown.includes(role));
  const asPool = plan.pooled.length > 0 && leaders.length === plan.pooled.length && leaders.every((role) => plan.pooled.includes(role));
  return size >= minGroup && frontline >= minGroup && plan.shown.includes('frontline') && (asShown || asPool);
}

function questionGaps(sample: Sample, opts: ScoreOptions, top: number): QuestionGap[] {
  const leaderTallies = [...tallies(sample).byRole].filter(([role]) => isLeader(role)).map(([, t]) => t);
  const frontlineTally = tallies(sample).byRole.get('frontline')!;
  const l = scoreTally({ layout: sample.layout, tally: combined(sample.layout, leaderTallies), remarks: NO_REMARKS }, opts);
  const f = scoreTally({ layout: sample.layout, tally: frontlineTally, remarks: NO_REMARKS }, opts);
  return l.sections
    .flatMap((s, si) =>
      s.questions.flatMap((lq, qi) => {
        const fq = f.sections[si]!.questions[qi]!;
        if (!lq.scored || lq.score === null || fq.score === null) return [];
        return [{ question: lq.id, section: s.id, text: lq.text, reverse: lq.reverse, leaders: lq.score, frontline: fq.score, diff: lq.score - fq.score, leadersAnswers: lq.answers, frontlineAnswers: fq.answers }];
      }),
    )
    .sort((a, b) => Math.abs(b.diff) - Math.abs(a.diff))
    .slice(0, top);
}

export function byRole(sample: Sample, opts: ScoreOptions, topQuestions = 10): RoleBreakdown {
  const minGroup = opts.minGroup ?? DEFAULT_MIN_GROUP;
  const ordered = rolesInOrder(tallies(sample).byRole);
  const plan = planGroups(new Map(ordered.map(([role, t]) => [role, t.respondents] as const)), minGroup);
  const attribution: Attribution = { names: opts.names === true, roles: attributableRoles(plan) };
  const roles: RoleGroup[] = ordered.flatMap(([role, tally]): RoleGroup[] => {
    if (plan.hidden.includes(role)) return [{ role, hidden: true }];
    if (plan.pooled.includes(role)) return [];
    return [{ role, hidden: false, respondents: tally.respondents, result: scoreRoles(sample, new Set([role]), tally, opts, attribution) }];
  });
  if (plan.pooled.length > 0) {
    const tally = combined(sample.layout, plan.pooled.map((r) => tallies(sample).byRole.get(r)!));
    roles.push({ role: OTHER_ROLES, hidden: false, respondents: tally.respondents, pooled: plan.pooled, result: scoreRoles(sample, new Set(plan.pooled), tally, opts, attribution) });
  }
  const shown = roles.filter((g): g is VisibleGroup => !g.hidden);
  const leaders = leadersShown(sample, plan, minGroup);
  return { minGroup, roles, perception: perceptionGaps(sample, shown), leadersVsFrontline: leaders, questionGaps: leaders ? questionGaps(sample, opts, topQuestions) : [] };
}

/** The groups whose results are shown. */
export function visibleGroups(b: RoleBreakdown): VisibleGroup[] {
  return b.roles.filter((g): g is VisibleGroup => !g.hidden);
}

/** The groups whose results are hidden. */
export function hiddenGroups(b: RoleBreakdown): HiddenGroup[] {
  return b.roles.filter((g): g is HiddenGroup => g.hidden);
}
