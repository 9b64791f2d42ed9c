// The whole organisation: respondents grouped by role, and the perception gap between roles.
import { LEADER_ROLES, type Answers, type Questionnaire } from '../model/model.js';
import { score, type ScoreOptions, type ScoreResult } from './score.js';

export const UNSPECIFIED_ROLE = 'unspecified';
const ROLE_ORDER = ['executive', 'manager', 'frontline'];

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

/** Roles compare case- and space-insensitively; no role is "unspecified". */
export function normaliseRole(role: string | undefined): string {
  const r = role?.trim().toLowerCase();
  return r ? r : UNSPECIFIED_ROLE;
}

export function roleOf(a: Answers): string {
  return normaliseRole(a.respondent.role);
}

function roleRank(role: string): number {
  const i = ROLE_ORDER.indexOf(role);
  return i >= 0 ? i : role === UNSPECIFIED_ROLE ? ROLE_ORDER.length + 1 : ROLE_ORDER.length;
}

/** Groups by normalised role: executive, manager, frontline, then others A–Z, unspecified last. */
export function groupByRole<T>(items: readonly T[], role: (t: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const a of items) {
    const key = normaliseRole(role(a));
    const list = groups.get(key);
    if (list) list.push(a);
    else groups.set(key, [a]);
  }
  return new Map([...groups.entries()].sort(([a], [b]) => roleRank(a) - roleRank(b) || (a < b ? -1 : a > b ? 1 : 0)));
}

export function byRole(q: Questionnaire, respondents: readonly Answers[], opts: ScoreOptions, minGroup: number, topQuestions = 10): RoleBreakdown {
  const roles: RoleGroup[] = [...groupByRole(respondents, (a) => a.respondent.role)].map(([role, list]) => ({
    role,
    respondents: list.length,
    small: list.length < minGroup,
    result: score(q, list, opts),
  }));

  const perception: PerceptionGap[] = q.sections.map((s, i) => {
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

  const leaders = respondents.filter((a) => LEADER_ROLES.includes(roleOf(a)));
  const frontline = respondents.filter((a) => roleOf(a) === 'frontline');
  let questionGaps: QuestionGap[] = [];
  if (leaders.length && frontline.length) {
    const l = score(q, leaders, opts);
    const f = score(q, frontline, opts);
    questionGaps = l.sections
      .flatMap((s, si) =>
        s.questions.map((lq, qi) => {
          const fq = f.sections[si]?.questions[qi];
          if (!lq.scored || lq.score === null || fq?.score === null || fq?.score === undefined) return undefined;
          return { question: lq.id, section: s.id, text: lq.text, leaders: lq.score, frontline: fq.score, diff: lq.score - fq.score };
        }),
      )
      .filter((x): x is QuestionGap => x !== undefined)
      .sort((a, b) => Math.abs(b.diff) - Math.abs(a.diff))
      .slice(0, topQuestions);
  }
  return { minGroup, roles, perception, questionGaps };
}
