// The scorecard table, the overall line, the sections that need more answers, the priorities and
// the sections where the mean hides a split.
import { hasVerdict, type ScoreResult } from '../../../core/scoring/scoreResult.js';
import { escapeInline as md, escapeTableCell as cell } from '../../markdown/escapeMarkdown.js';
import { mdTable } from '../../markdown/mdTable.js';
import { bar, num, range } from '../../text/format.js';
import { agreementText, coverageText, CUSTOMER_VIEW_WORDS, estimateText, noPrioritiesText, scoreWithInterval, SPLIT_TEXT, verdictText } from '../../text/honestWords.js';
import type { ReportResult } from '../result.js';

export function scorecard(m: ScoreResult): string[] {
  const sections = m.sections.filter((s) => s.scored);
  const overall = hasVerdict(m.verdict) ? `${md(verdictText(m))}** (target ${num(m.target)}, gap ${num(m.gap)}; ` : `${md(verdictText(m))}** (target ${num(m.target)}; `;
  const out = [
    `**Overall: ${scoreWithInterval(m.score, m.interval, m.n)} · ${overall}${m.coverage.answered} of ${m.coverage.total} possible answers)`,
    '',
    mdTable(
      ['Section', 'Score (95% CI)', 'Bar', 'Verdict', 'Target', 'Gap', 'Answers', 'Agreement', 'Range'],
      ['l', 'r', 'l', 'l', 'r', 'r', 'r', 'l', 'l'],
      sections.map((s) => [
        cell(s.title),
        scoreWithInterval(s.score, s.interval, s.n),
        `\`${bar(s.score, 10)}\``,
        cell(verdictText(s)),
        num(s.target),
        hasVerdict(s.verdict) ? num(s.gap) : '–',
        `${s.coverage.answered}/${s.coverage.total}`,
        agreementText(s.agreement) || '–',
        s.spread && s.spread.respondents > 1 ? range(s.spread) : '–',
      ]),
    ),
    '',
    'Scores are out of 100 with their 95% interval (CI). Agreement is rwg, from 0 (none) to 1 (full); the range runs from the lowest to the highest respondent’s own score.',
    '',
  ];
  const few = sections.filter((s) => s.verdict === 'insufficient-data');
  if (few.length) out.push('### Needs more answers', '', 'Under half the possible answers were given: no verdict yet.', '', ...few.map((s) => `- **${md(s.title)}**: ${coverageText(s.coverage)}`), '');
  return out;
}

export function priorities(r: ReportResult): string[] {
  const m = r.main;
  const items = m.priorities.map((id, i) => {
    const s = m.sections.find((x) => x.id === id)!;
    const view = r.deliveryGap?.priorities[id];
    return `${i + 1}. **${md(s.title)}**: ${scoreWithInterval(s.score, s.interval, s.n)}, ${num(s.gap)} points below its target of ${num(s.target)}${s.weight !== 1 ? ` (weight ${s.weight})` : ''}${view ? ` · ${CUSTOMER_VIEW_WORDS[view]}` : ''}`;
  });
  const seen = (r.deliveryGap?.seenByCustomersOnly ?? []).map((id) => {
    const g = r.deliveryGap!.sections.find((x) => x.id === id)!;
    return `- **${md(g.title)}**: seen by customers only (customers ${estimateText(g.customers)}, target ${num(g.target)})`;
  });
  if (items.length === 0) items.push(noPrioritiesText(m));
  return ['## Priorities', '', ...items, '', ...(seen.length ? [...seen, ''] : [])];
}

export function splits(m: ScoreResult): string[] {
  const split = m.sections.filter((s) => s.scored && s.disagreement);
  if (split.length === 0) return [];
  const out = ['## Where the mean hides a split', '', SPLIT_TEXT, ''];
  for (const s of split) {
    out.push(`- **${md(s.title)}**: ${agreementText(s.agreement)}; respondents’ own scores run from ${num(s.spread?.min ?? null)} to ${num(s.spread?.max ?? null)}`);
    for (const id of s.divided) {
      const q = s.questions.find((x) => x.id === id);
      if (q) out.push(`  - ${md(q.text)}`);
    }
  }
  return [...out, ''];
}
