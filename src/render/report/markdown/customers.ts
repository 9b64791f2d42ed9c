// Customer metrics beside the maturity score, and with --customers the delivery gap.
import type { ScoreResult } from '../../../core/scoring/scoreResult.js';
import { escapeInline as md, escapeTableCell as cell } from '../../markdown/escapeMarkdown.js';
import { mdTable } from '../../markdown/mdTable.js';
import { signed } from '../../text/format.js';
import { atTargetText, estimateText, GAP_VERDICT_WORDS, noiseText } from '../../text/honestWords.js';
import { npsLine, ratingLine } from '../../text/npsLine.js';
import type { ReportResult } from '../result.js';
import { remarkLines, who } from './actionPlan.js';

function metricItems(m: Pick<ScoreResult, 'nps' | 'ratings'>): string[] {
  return [...m.nps.map(npsLine), ...m.ratings.map(ratingLine)].map((l) => `- ${md(l)}`);
}

export function customerMetrics(m: ScoreResult): string[] {
  if (m.nps.length === 0 && m.ratings.length === 0) return [];
  return ['## Customer metrics', '', 'Reported beside, never inside, the maturity score.', '', ...metricItems(m), ''];
}

export function deliveryGap(r: ReportResult): string[] {
  const g = r.deliveryGap;
  if (!g) return [];
  const out = [
    '## Delivery gap',
    '',
    `${md(g.customerQuestionnaire.title)}: ${g.customers} customers. Gap = staff − customers.`,
    '',
    mdTable(
      ['Section', 'Staff', 'Customers', 'Gap', 'Noise', 'Verdict'],
      ['l', 'r', 'r', 'r', 'l', 'l'],
      g.sections.map((s) => [cell(s.title), estimateText(s.staff), estimateText(s.customers), signed(s.gap), noiseText(s), GAP_VERDICT_WORDS[s.verdict]]),
    ),
    '',
    `${atTargetText(g.staffAtTarget, g.customersAtTarget)}.`,
    '',
    ...metricItems(g),
    '',
  ];
  for (const c of g.comments) {
    out.push(`**${md(c.text)}**`, '', ...remarkLines(c.answers, c.notListed, (a) => `- ${md(a.note)}${who(a)}`, (t) => `- *${t}*`), '');
  }
  return out;
}
