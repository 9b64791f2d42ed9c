// The whole organisation: respondents grouped by role, and the perception gap between roles.
import { isLeader } from '../model/roles.js';
import { combined, type Sample, type SampleRemark } from './sample.js';
import { rolesInOrder, scoreTally, type Remarks } from './score.js';
import type { ScoreOptions, ScoreResult } from './scoreResult.js';

export interface RoleGroup {
  readonly role: string;
  readonly respondents: number;
  /** Fewer respondents than --min-group: read its scores with care. */
  readonly small: boolean;
  readonly result: ScoreResult;
}

export interface PerceptionGap {
  readonly section: string;
  readonly title: string;
  /** Highest minus lowest role score, in points; null with fewer than two roles scored. */
  readonly gap: number | null;
  readonly high: { readonly role: string; readonly score: number } | null;
  readonly low: { readonly role: string; readonly score: number } | null;
}

export interface QuestionGap {
  readonly question: string;
  readonly section: string;
  readonly text: string;
  readonly leaders: number;
  readonly frontline: number;
  /** leaders − frontline, in points. */
  readonly diff: number;
}

export interface RoleBreakdown {
  readonly minGroup: number;
  readonly roles: readonly RoleGroup[];
  readonly perception: readonly PerceptionGap[];
  /** Questions where leaders (executive, manager) and frontline differ most, largest first. */
  readonly questionGaps: readonly QuestionGap[];
}

/** The notes and text answers of the respondents whose role passes `keep`. */
function remarksOf(sample: Sample, keep: (role: string) => boolean): Remarks {
  const pick = (list: readonly SampleRemark[]): SampleRemark[] => list.filter((r) => keep(r.role));
  return { notes: pick(sample.notes), comments: pick(sample.comments) };
}

function perceptionGaps(sample: Sample, roles: readonly RoleGroup[]): PerceptionGap[] {
  return sample.layout.questionnaire.sections.map((s, i) => {
    let high: { role: string; score: number } | null = null;
    let low: { role: string; score: number } | null = null;
    for (const g of roles) {
      const sc = g.result.sections[i]?.score;
      if (sc === null || sc === undefined) continue;
      if (!high || sc > high.score) high = { role: g.role, score: sc };
      if (!low || sc < low.score) low = { role: g.role, score: sc };
    }
    const two = high && low && high.role !== low.role;
    return { section: s.id, title: s.title, gap: two ? high!.score - low!.score : null, high: two ? high : null, low: two ? low : null };
  });
}

function questionGaps(sample: Sample, opts: ScoreOptions, top: number): QuestionGap[] {
  const leaderTallies = [...sample.byRole].filter(([role]) => isLeader(role)).map(([, t]) => t);
  const frontlineTally = sample.byRole.get('frontline');
  if (leaderTallies.length === 0 || !frontlineTally) return [];
  const none: Remarks = { notes: [], comments: [] };
  const l = scoreTally(sample.layout, combined(sample.layout, leaderTallies), none, opts);
  const f = scoreTally(sample.layout, frontlineTally, none, opts);
  return l.sections
    .flatMap((s, si) =>
      s.questions.map((lq, qi) => {
        const fq = f.sections[si]?.questions[qi];
        if (!lq.scored || lq.score === null || fq?.score === null || fq?.score === undefined) return undefined;
        return { question: lq.id, section: s.id, text: lq.text, leaders: lq.score, frontline: fq.score, diff: lq.score - fq.score };
      }),
    )
    .filter((x): x is QuestionGap => x !== undefined)
    .sort((a, b) => Math.abs(b.diff) - Math.abs(a.diff))
    .slice(0, top);
}

export function byRole(sample: Sample, opts: ScoreOptions, minGroup: number, topQuestions = 10): RoleBreakdown {
  const roles: RoleGroup[] = rolesInOrder(sample.byRole).map(([role, tally]) => ({
    role,
    respondents: tally.respondents,
    small: tally.respondents < minGroup,
    result: scoreTally(
      sample.layout,
      tally,
      remarksOf(sample, (r) => r === role),
      opts,
    ),
  }));
  return { minGroup, roles, perception: perceptionGaps(sample, roles), questionGaps: questionGaps(sample, opts, topQuestions) };
}
