import type { NpsMetric } from '../../core/scoring/scoreResult.js';
import { signed } from './format.js';
import { oneLine } from './sanitize.js';

/** One customer metric on one line: its question, value and counts. */
export function npsLine(n: NpsMetric): string {
  const text = oneLine(n.text);
  if (n.variant === 'binary') return `${text}: ${n.value === null ? 'no answers' : `${n.value.toFixed(1)}% yes`} (${n.promoters} yes, ${n.detractors} no; ${n.respondents} respondents)`;
  return `${text}: NPS ${n.value === null ? 'no answers' : signed(n.value)} (${n.promoters} promoters, ${n.passives} passives, ${n.detractors} detractors; ${n.respondents} respondents)`;
}
