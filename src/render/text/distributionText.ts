// A question's answers in a few characters, for markdown: `1▁ 2▃ 3█ 4▅ 5▂ · n/a 1`.
import type { AnswerCount } from '../../core/scoring/scoreResult.js';

const BLOCKS = '▁▂▃▄▅▆▇█';

export interface DistributionParts {
  /** Scale points as bars of their share of the most common answer ("1▁ 2▃ 3█"); null for yes/no and options. */
  readonly bar: string | null;
  /** Yes/no and options as "label count", then n/a and don't know when given. */
  readonly counts: readonly string[];
}

export function distributionParts(distribution: readonly AnswerCount[]): DistributionParts {
  const values = distribution.filter((d) => d.value !== 'n/a' && d.value !== 'dont-know');
  const most = Math.max(0, ...values.map((d) => d.count));
  const numeric = values.length > 0 && values.every((d) => typeof d.value === 'number');
  const block = (count: number): string => (count === 0 ? '·' : BLOCKS[Math.max(0, Math.ceil((count / most) * BLOCKS.length) - 1)]!);
  const counts = numeric ? [] : values.map((d) => `${d.label} ${d.count}`);
  for (const d of distribution) if ((d.value === 'n/a' || d.value === 'dont-know') && d.count > 0) counts.push(`${d.label} ${d.count}`);
  return { bar: numeric ? values.map((d) => `${d.value}${block(d.count)}`).join(' ') : null, counts };
}
