// What a question's answers really were, on its own scale: the distribution of raw answers, their
// mean, and the typical answer ("mostly Usually", "70% yes"), so that a score can be read the right
// way round even for a reverse-scored question.
import { DONT_KNOW_CODE, NA_CODE, VALUE_CODE, type QuestionSlot } from '../model/layout.js';
import type { AnswerCount, RawAnswers } from './scoreResult.js';

/** How a value code is written in answers files and how it is shown. */
function valueOf(slot: QuestionSlot, c: number): { value: number | string; label: string } {
  const q = slot.question;
  const raw = slot.raws[c]!;
  if (typeof raw === 'boolean') return { value: raw ? 'yes' : 'no', label: raw ? 'Yes' : 'No' };
  if (q.type === 'choice') {
    const option = q.options[c]!;
    return { value: option.key ?? option.label, label: option.label };
  }
  if (typeof raw === 'number') {
    const label = q.type === 'nps' ? undefined : q.scale.labels[raw];
    return { value: raw, label: label === undefined ? String(raw) : `${raw} · ${label}` };
  }
  return { value: String(raw), label: String(raw) };
}

export function rawAnswers(slot: QuestionSlot, counts: Float64Array): RawAnswers {
  const q = slot.question;
  if (q.type === 'text') return { mean: null, distribution: [], typical: null };
  const distribution: AnswerCount[] = [];
  let n = 0;
  let sum = 0;
  let best = -1;
  for (let c = 0; c < slot.values; c++) {
    const count = counts[VALUE_CODE + c]!;
    distribution.push({ ...valueOf(slot, c), count });
    n += count;
    // The mean raw answer: a scale point, 0–10, or for yes/no the share of yes; options have none.
    const raw = slot.raws[c]!;
    sum += count * (typeof raw === 'boolean' ? (raw ? 1 : 0) : typeof raw === 'number' ? raw : 0);
    if (best < 0 || count > counts[VALUE_CODE + best]!) best = c;
  }
  distribution.push({ value: 'n/a', label: 'n/a', count: counts[NA_CODE]! });
  distribution.push({ value: 'dont-know', label: "don't know", count: counts[DONT_KNOW_CODE]! });
  if (n === 0) return { mean: null, distribution, typical: null };
  const isYesNo = typeof slot.raws[0] === 'boolean';
  const mean = q.type === 'choice' ? null : sum / n;
  // For yes/no the typical answer is the share of yes, whichever side is larger.
  const typical = isYesNo ? { label: 'yes', share: sum / n } : { label: distribution[best]!.label.replace(/^-?\d+ · /, ''), share: counts[VALUE_CODE + best]! / n };
  return { mean, distribution, typical };
}
