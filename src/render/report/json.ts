// The JSON report: the documented shape (docs/report-json.md), full precision, percentages, null
// where not assessed. One object per questionnaire; an array when the files cover several.
import type { RoleBreakdown } from '../../core/scoring/groups.js';
import type { RoleCounts } from '../../core/scoring/roleCounts.js';
import { commentedQuestions, type NpsMetric, type QuestionResult, type ScoreResult, type SectionResult } from '../../core/scoring/scoreResult.js';
import type { ScoreTrend } from '../../core/scoring/scoreTrend.js';
import { jsonText } from '../json/jsonText.js';
import type { ReportResult } from './result.js';

function questionJson(q: QuestionResult): Record<string, unknown> {
  return {
    id: q.id,
    score: q.score,
    reverse: q.reverse,
    ...(q.audience !== undefined && { audience: q.audience }),
    answered: q.answered,
    na: q.na,
    dontKnow: q.dontKnow,
    coverage: q.coverage,
    notVisible: q.notVisible,
    spread: q.spread,
    answers: { mean: q.answers.mean, distribution: Object.fromEntries(q.answers.distribution.map((d) => [String(d.value), d.count])) },
  };
}

function sectionJson(s: SectionResult): Record<string, unknown> {
  return {
    id: s.id,
    title: s.title,
    weight: s.weight,
    score: s.score,
    interval: s.interval,
    respondents: s.n,
    verdict: s.verdict,
    level: s.level,
    target: s.target,
    gap: s.gap,
    coverage: s.coverage,
    lowConfidence: s.lowConfidence,
    spread: s.spread,
    agreement: s.agreement,
    disagreement: s.disagreement,
    ...(s.divided.length > 0 && { divided: s.divided }),
    ...(s.mirrors !== undefined && { mirrors: s.mirrors }),
    questions: s.questions.filter((q) => q.scored).map(questionJson),
  };
}

export function npsJson(n: NpsMetric): Record<string, unknown> {
  return { question: n.question, variant: n.variant, value: n.value, interval: n.interval, respondents: n.respondents, promoters: n.promoters, passives: n.passives, detractors: n.detractors };
}

export function scoreJson(m: ScoreResult, roles: RoleCounts): Record<string, unknown> {
  return {
    questionnaire: m.questionnaire,
    organisations: m.organisations,
    respondents: m.respondents,
    inProgress: m.inProgress,
    roles: Object.fromEntries(roles.asFound.map((c) => [c.role, c.respondents])),
    dates: m.dates,
    score: m.score,
    interval: m.interval,
    verdict: m.verdict,
    level: m.level,
    target: m.target,
    gap: m.gap,
    coverage: m.coverage,
    lowConfidence: m.lowConfidence,
    population: m.population,
    sections: m.sections.filter((s) => s.scored).map(sectionJson),
    priorities: m.priorities,
    needsMoreAnswers: m.needsMoreAnswers,
    actions: m.actions.map((a) => ({
      section: a.section,
      question: a.question,
      text: a.text,
      score: a.score,
      gap: a.gap,
      reverse: a.reverse,
      recommendation: a.recommendation,
      note: a.note,
      notes: a.notes,
      notesNotListed: a.notesNotListed,
    })),
    nps: m.nps.map(npsJson),
    ratings: m.ratings.map((r) => ({ question: r.question, mean: r.mean, interval: r.interval, respondents: r.respondents, min: r.min, max: r.max })),
    comments: commentedQuestions(m).map((q) => ({ question: q.id, text: q.text, answers: q.comments, notListed: q.commentsNotListed })),
  };
}

function byRoleJson(b: RoleBreakdown): Record<string, unknown> {
  return {
    minGroup: b.minGroup,
    roles: b.roles.map((g) =>
      g.hidden
        ? { role: g.role, hidden: true }
        : {
            role: g.role,
            ...(g.pooled && { pooled: g.pooled }),
            respondents: g.respondents,
            score: g.result.score,
            interval: g.result.interval,
            verdict: g.result.verdict,
            level: g.result.level,
            sections: g.result.sections.filter((s) => s.scored).map((s) => ({ id: s.id, score: s.score, interval: s.interval, verdict: s.verdict, level: s.level, agreement: s.agreement })),
            nps: g.result.nps.map(npsJson),
          },
    ),
    perception: b.perception,
    leadersVsFrontline: b.leadersVsFrontline,
    questionGaps: b.questionGaps.map((g) => ({
      question: g.question,
      section: g.section,
      text: g.text,
      reverse: g.reverse,
      leaders: g.leaders,
      frontline: g.frontline,
      diff: g.diff,
      leadersAnswers: { mean: g.leadersAnswers.mean, typical: g.leadersAnswers.typical },
      frontlineAnswers: { mean: g.frontlineAnswers.mean, typical: g.frontlineAnswers.typical },
    })),
  };
}

function historyJson(t: ScoreTrend): unknown[] {
  return t.rounds.map((p) => ({ date: p.date, respondents: p.respondents, score: p.score, interval: p.overall.interval, sections: p.sections }));
}

function reportJson(r: ReportResult): unknown {
  return {
    ...scoreJson(r.main, r.roleCounts),
    names: r.privacy.names,
    warnings: r.warnings,
    ...(r.skipped > 0 && { skipped: r.skipped }),
    ...(r.byRole && { byRole: byRoleJson(r.byRole) }),
    ...(r.trend && { history: historyJson(r.trend), trend: { overall: r.trend.overall, sections: r.trend.sections } }),
    ...(r.deliveryGap && { deliveryGap: r.deliveryGap }),
  };
}

export function json(results: readonly ReportResult[]): string {
  const docs = results.map(reportJson);
  return jsonText(docs.length === 1 ? docs[0] : docs);
}
