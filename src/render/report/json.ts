// The JSON report: the documented shape (docs/report-json.md, schema/report.schema.json), full
// precision, percentages, null where not assessed. One object per questionnaire; an array when
// the files cover several questionnaires.
import type { RoleCounts } from '../../core/scoring/roleCounts.js';
import type { ScoreResult } from '../../core/scoring/score.js';
import type { ReportResult } from './result.js';

function reportJson(r: ReportResult): unknown {
  const m = r.main;
  return {
    ...scoreJson(m, r.roleCounts),
    ...(r.byRole && {
      byRole: {
        minGroup: r.byRole.minGroup,
        roles: r.byRole.roles.map((g) => ({
          role: g.role,
          respondents: g.respondents,
          small: g.small,
          score: g.result.score,
          level: g.result.level,
          sections: g.result.sections.map((s) => ({ id: s.id, score: s.score, level: s.level })),
          nps: g.result.nps.map(npsJson),
        })),
        perception: r.byRole.perception,
        questionGaps: r.byRole.questionGaps,
      },
    }),
    ...(r.trend && { history: r.trend.rounds }),
  };
}

export function scoreJson(m: ScoreResult, roles: RoleCounts): Record<string, unknown> {
  return {
    questionnaire: m.questionnaire,
    organisations: m.organisations,
    respondents: m.respondents,
    roles: Object.fromEntries(roles.asFound.map((c) => [c.role, c.respondents])),
    dates: m.dates,
    score: m.score,
    level: m.level,
    target: m.target,
    gap: m.gap,
    coverage: m.coverage,
    lowConfidence: m.lowConfidence,
    sections: m.sections.map((s) => ({
      id: s.id,
      title: s.title,
      weight: s.weight,
      score: s.score,
      level: s.level,
      target: s.target,
      gap: s.gap,
      coverage: s.coverage,
      lowConfidence: s.lowConfidence,
      spread: s.spread,
      disagreement: s.disagreement,
      questions: s.questions
        .filter((q) => q.scored)
        .map((q) => ({ id: q.id, score: q.score, answered: q.answered, na: q.na, spread: q.spread })),
    })),
    priorities: m.priorities,
    actions: m.actions.map((a) => ({
      section: a.section,
      question: a.question,
      text: a.text,
      score: a.score,
      gap: a.gap,
      recommendation: a.recommendation,
      note: a.note,
      notes: a.notes,
    })),
    nps: m.nps.map(npsJson),
    comments: m.sections.flatMap((s) => s.questions.filter((q) => q.type === 'text' && q.comments.length).map((q) => ({ question: q.id, text: q.text, answers: q.comments }))),
  };
}

function npsJson(n: ScoreResult['nps'][number]): Record<string, unknown> {
  return { question: n.question, variant: n.variant, value: n.value, respondents: n.respondents, promoters: n.promoters, passives: n.passives, detractors: n.detractors };
}

export function json(results: readonly ReportResult[]): string {
  const docs = results.map(reportJson);
  return JSON.stringify(docs.length === 1 ? docs[0] : docs, null, 2) + '\n';
}
