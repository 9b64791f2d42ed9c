import type { NpsMetric, RatingMetric } from '../../core/scoring/scoreResult.js';
import { fixed, signed } from './format.js';
import { intervalText } from './honestWords.js';
import { plural } from './plural.js';
import { oneLine } from './sanitize.js';

/** A question as the label of a figure: "Would you recommend us?" → "Would you recommend us? —". */
function label(text: string): string {
  const t = oneLine(text);
  return /[?!.:…]$/.test(t) ? `${t} —` : `${t}:`;
}

/** One customer metric on one line: its question, value with its 95% interval, and counts. */
export function npsLine(n: NpsMetric): string {
  const text = label(n.text);
  const who = plural(n.respondents, 'respondent');
  if (n.variant === 'binary') {
    const value = n.value === null ? 'no answers' : `${fixed(n.value)}% yes${n.interval ? ` (${intervalText(n.interval)})` : ''}`;
    return `${text} ${value} (${n.promoters} yes, ${n.detractors} no; ${who})`;
  }
  const value = n.value === null ? 'no answers' : `${signed(n.value)}${n.interval ? ` (${signed(n.interval.low)} to ${signed(n.interval.high)})` : ''}`;
  return `${text} NPS ${value} (${plural(n.promoters, 'promoter')}, ${plural(n.passives, 'passive')}, ${plural(n.detractors, 'detractor')}; ${who})`;
}

/** A rating on its own scale: "Satisfaction: 4.1 on 1–5 (3.8–4.4; 60 respondents)". */
export function ratingLine(r: RatingMetric): string {
  const value = r.mean === null ? 'no answers' : `${fixed(r.mean)} on ${r.min}–${r.max}${r.interval ? ` (${intervalText(r.interval)})` : ' (no interval)'}`;
  return `${label(r.text)} ${value} (${plural(r.respondents, 'respondent')})`;
}
