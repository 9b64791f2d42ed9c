// `icare report --format csv`: tidy rows for spreadsheets, one per section and per question, for
// the whole organisation and (with --by role) each group shown; hidden groups have no rows.
import { visibleGroups } from '../../core/scoring/groups.js';
import type { DeliveryGap } from '../../core/scoring/deliveryGap.js';
import { hasVerdict, type ScoreResult } from '../../core/scoring/scoreResult.js';
import { csvText, type CsvCell } from '../csv/csvText.js';
import { GAP_VERDICT_WORDS, VERDICT_WORDS } from '../text/honestWords.js';
import type { ReportResult } from './result.js';

export const CSV_HEAD = ['questionnaire', 'group', 'section', 'question', 'score', 'interval_low', 'interval_high', 'target', 'gap', 'verdict', 'respondents'] as const;

/** The overall row (no section, no question), then each scored section and its scored questions. */
export function scoreRows(m: ScoreResult, group: string): CsvCell[][] {
  const q = m.questionnaire.title;
  const rows: CsvCell[][] = [[q, group, '', '', m.score, m.interval?.low ?? null, m.interval?.high ?? null, m.target, hasVerdict(m.verdict) ? m.gap : null, VERDICT_WORDS[m.verdict], m.n]];
  for (const s of m.sections.filter((x) => x.scored)) {
    rows.push([q, group, s.title, '', s.score, s.interval?.low ?? null, s.interval?.high ?? null, s.target, hasVerdict(s.verdict) ? s.gap : null, VERDICT_WORDS[s.verdict], s.n]);
    for (const x of s.questions.filter((y) => y.scored)) rows.push([q, group, s.title, x.text, x.score, null, null, s.target, null, null, x.answered]);
  }
  return rows;
}

/**
 * With --customers: the customers' score of each mirrored section, as group "customers" under the
 * staff section's title; its verdict is the delivery gap's (staff against customers).
 */
export function customerRows(g: DeliveryGap): CsvCell[][] {
  const q = g.customerQuestionnaire.title;
  return g.sections.map((s) => [q, 'customers', s.title, '', s.customers.score, s.customers.interval?.low ?? null, s.customers.interval?.high ?? null, s.target, s.customers.score === null ? null : s.target - s.customers.score, GAP_VERDICT_WORDS[s.verdict], g.customers]);
}

export function csv(results: readonly ReportResult[]): string {
  const rows = results.flatMap((r) => [
    ...scoreRows(r.main, 'overall'),
    ...(r.byRole ? visibleGroups(r.byRole).flatMap((g) => scoreRows(g.result, g.role)) : []),
    ...(r.deliveryGap ? customerRows(r.deliveryGap) : []),
  ]);
  return csvText(CSV_HEAD, rows);
}
