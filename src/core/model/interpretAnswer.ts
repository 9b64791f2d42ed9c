// What one answer means for its question: the single place where raw answer values are read,
// shared by validation (is it allowed?), scoring (what is it worth?) and NPS.
import { DONT_KNOW, NOT_APPLICABLE, type AnswerValue, type Interpretation, type OptionFile, type Question } from './model.js';

const YES = new Set(['yes', 'y', 'true']);
const NO = new Set(['no', 'n', 'false']);

export function isNotApplicable(v: AnswerValue): boolean {
  // The exact spelling is by far the most common: skip trimming and lower-casing for it.
  return typeof v === 'string' && (v === NOT_APPLICABLE || v.trim().toLowerCase() === NOT_APPLICABLE);
}

export function isDontKnow(v: AnswerValue): boolean {
  return typeof v === 'string' && (v === DONT_KNOW || v.trim().toLowerCase() === DONT_KNOW);
}

/** The option an answer names: by key first, then by label (exact, then in any case). */
export function optionOf(q: Question, value: AnswerValue): OptionFile | undefined {
  const s = typeof value === 'string' ? value.trim() : String(value);
  const lower = s.toLowerCase();
  return q.options.find((o) => o.key === s) ?? q.options.find((o) => o.label === s) ?? q.options.find((o) => o.label.toLowerCase() === lower || o.key?.toLowerCase() === lower);
}

export function parseYesNo(v: AnswerValue): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (typeof v !== 'string') return undefined;
  if (v === 'yes') return true;
  if (v === 'no') return false;
  const s = v.trim().toLowerCase();
  return YES.has(s) ? true : NO.has(s) ? false : undefined;
}

export function interpretAnswer(q: Question, value: AnswerValue): Interpretation {
  if (isNotApplicable(value)) return { ok: true, kind: 'na' };
  if (isDontKnow(value) && q.type !== 'text') return { ok: true, kind: 'dont-know' };
  switch (q.type) {
    case 'text':
      return { ok: true, kind: 'text', text: String(value) };
    case 'yesno': {
      const yes = parseYesNo(value);
      if (yes === undefined) return { ok: false, rule: 'answer-type', message: `answer to "${q.id}" must be yes, no, n/a or dont-know` };
      const s = yes ? 1 : 0;
      return { ok: true, kind: 'scored', score: q.reverse ? 1 - s : s, raw: yes };
    }
    case 'choice': {
      const option = optionOf(q, value);
      if (!option) {
        return {
          ok: false,
          rule: 'unknown-option',
          message: `answer to "${q.id}" is not one of its options: ${q.options.map((o) => JSON.stringify(o.key ?? o.label)).join(', ')}`,
        };
      }
      return { ok: true, kind: 'scored', score: option.score, raw: option.label };
    }
    case 'nps': {
      if (q.variant === 'binary') {
        const yes = parseYesNo(value);
        if (yes === undefined) return { ok: false, rule: 'answer-type', message: `answer to "${q.id}" must be yes, no, n/a or dont-know` };
        return { ok: true, kind: 'nps', nps: yes };
      }
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 10) {
        return { ok: false, rule: 'answer-out-of-scale', message: `answer to "${q.id}" must be an integer from 0 to 10, n/a or dont-know` };
      }
      return { ok: true, kind: 'nps', nps: value };
    }
    case 'rating':
    case 'scale': {
      const { min, max } = q.scale;
      if (typeof value !== 'number' || !Number.isInteger(value)) {
        return { ok: false, rule: 'answer-type', message: `answer to "${q.id}" must be an integer from ${min} to ${max}, n/a or dont-know` };
      }
      if (value < min || value > max) {
        return { ok: false, rule: 'answer-out-of-scale', message: `answer ${value} to "${q.id}" is outside its scale ${min}–${max}` };
      }
      if (q.type === 'rating') return { ok: true, kind: 'rating', raw: value };
      const s = (value - min) / (max - min);
      return { ok: true, kind: 'scored', score: q.reverse ? 1 - s : s, raw: value };
    }
  }
}
