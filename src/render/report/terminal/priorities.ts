// What to work on first (sections below target, largest gap × weight first) and where the mean
// hides a split that a calibration conversation should look at before anyone acts on it.
import type { ScoreResult } from '../../../core/scoring/scoreResult.js';
import type { RenderContext } from '../../context.js';
import { num } from '../../text/format.js';
import { verdictColour } from '../../text/gapColour.js';
import { agreementText, CUSTOMER_VIEW_WORDS, estimateText, noPrioritiesText, scoreWithInterval, SPLIT_TEXT } from '../../text/honestWords.js';
import { oneLine } from '../../text/sanitize.js';
import { wrap } from '../../text/wrapText.js';

import type { ReportResult } from '../result.js';

export function priorities(r: ReportResult, { chalk }: RenderContext, width: number): string[] {
  const m = r.main;
  const out = [chalk.bold('Priorities')];
  if (m.priorities.length === 0) out.push(wrap(`  ${noPrioritiesText(m)}`, width, '  '));
  m.priorities.forEach((id, i) => {
    const s = m.sections.find((x) => x.id === id)!;
    const view = r.deliveryGap?.priorities[id];
    const text = `  ${i + 1}. ${oneLine(s.title)}: ${scoreWithInterval(s.score, s.interval, s.n)}, ${num(s.gap)} points below target ${num(s.target)}${s.weight !== 1 ? ` (weight ${s.weight})` : ''}${view ? ` · ${CUSTOMER_VIEW_WORDS[view]}` : ''}`;
    out.push(wrap(text, width, '     ').replace(`${num(s.gap)} points below`, verdictColour(chalk, s)(`${num(s.gap)} points below`)));
  });
  for (const id of r.deliveryGap?.seenByCustomersOnly ?? []) {
    const g = r.deliveryGap!.sections.find((x) => x.id === id)!;
    out.push(wrap(`  • ${oneLine(g.title)}: seen by customers only (customers ${estimateText(g.customers)}, target ${num(g.target)})`, width, '    '));
  }
  return out;
}

/** Sections without consensus: the mean hides a split; their most divided questions, to talk through. */
export function splits(m: ScoreResult, { chalk }: RenderContext, width: number): string[] {
  const split = m.sections.filter((s) => s.scored && s.disagreement);
  if (split.length === 0) return [];
  const out = [chalk.bold('Where the mean hides a split'), chalk.dim(wrap(SPLIT_TEXT, width))];
  for (const s of split) {
    out.push(wrap(`  • ${oneLine(s.title)}: ${agreementText(s.agreement)}; respondents' own scores run from ${num(s.spread?.min ?? null)} to ${num(s.spread?.max ?? null)}`, width, '    '));
    for (const id of s.divided) {
      const q = s.questions.find((x) => x.id === id);
      if (q) out.push(wrap(`      – ${oneLine(q.text)}`, width, '        '));
    }
  }
  return out;
}
