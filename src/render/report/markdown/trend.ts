// `--history`: each round's score with its interval, and the change first → latest against its noise.
import type { ScoreTrend, TrendRow } from '../../../core/scoring/scoreTrend.js';
import { escapeTableCell as cell } from '../../markdown/escapeMarkdown.js';
import { mdTable } from '../../markdown/mdTable.js';
import { signed } from '../../text/format.js';
import { DIRECTION_ARROWS, DIRECTION_WORDS, estimateText, noiseText } from '../../text/honestWords.js';

function change(row: TrendRow): string {
  if (row.change === null) return DIRECTION_WORDS[row.direction];
  return `${DIRECTION_ARROWS[row.direction]} ${signed(row.change)} ${DIRECTION_WORDS[row.direction]} (${noiseText(row)})`;
}

export function trend(t: ScoreTrend): string[] {
  const h = t.rounds;
  const cells = (row: TrendRow): string[] => row.scores.map((score, i) => estimateText({ score, interval: row.intervals[i] ?? null }));
  return [
    '## Trend',
    '',
    mdTable(
      ['Section', ...h.map((p) => `${cell(p.date)} (${p.respondents})`), 'Change'],
      ['l', ...h.map(() => 'r' as const), 'l'],
      [...t.sections.map((row) => [cell(row.title), ...cells(row), change(row)]), ['**Overall**', ...cells(t.overall).map((c) => `**${c}**`), `**${change(t.overall)}**`]],
    ),
    '',
  ];
}
