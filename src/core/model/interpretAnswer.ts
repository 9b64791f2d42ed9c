// What one answer means for its question: the single place where raw answer values are read,
// shared by validation (is it allowed?), scoring (what is it worth?) and NPS.
import { NOT_APPLICABLE, type AnswerValue, type Interpretation, type Question } from './model.js';

const YES = new Set(['yes', 'y', 'true']);
const NO = new Set(['no', 'n', 'false']);

export function isNotApplicable(v: AnswerValue): boolean {
  // The exact spelling is by far the most common: skip trimming and lower-casing for it.
  return typeof v === 'string' && (v === NOT_APPLICABLE || v.trim().toLowerCase() === NOT_APPLICABLE);
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
  switch (q.type) {
    case 'text':
      return { ok: true, kind: 'text', text: String(value) };
    case 'yesno': {
      const yes = parseYesNo(value);
      if (yes === undefined) return { ok: false, rule: 'answer-type', message: `answer to "${q.id}" must be yes, no or n/a` };
      const s = yes ? 1 : 0;
      return { ok: true, kind: 'scored', score: q.reverse ? 1 - s : s, raw: yes };
    }
    case 'choice': {
      const label = typeof value === 'string' ? value.trim() : String(value);
      const option = q.options.find((o) => o.label === label) ?? q.options.find((o) => o.label.toLowerCase() === label.toLowerCase());
      if (!option) {
        return {
          ok: false,
          rule: 'unknown-option',
          message: `answer to "${q.id}" is not one of its options: ${q.options.map((o) => JSON.stringify(o.label)).join(', ')}`,
        };
      }
      return { ok: true, kind: 'scored', score: option.score, raw: option.label };
    }
    case 'nps': {
      if (q.variant === 'binary') {
        const yes = parseYesNo(value);
        if (yes === undefined) return { ok: false, rule: 'answer-type', message: `answer to "${q.id}" must be yes, no or n/a` };
        return { ok: true, kind: 'nps', nps: yes };
      }
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 10) {
        return { ok: false, rule: 'answer-out-of-scale', message: `answer to "${q.id}" must be an integer from 0 to 10, or n/a` };
      }
      return { ok: true, kind: 'nps', nps: value };
    }
    case 'scale': {
      const { min, max } = q.scale;
      if (typeof value !== 'number' || !Number.isInteger(value)) {
        return { ok: false, rule: 'answer-type', message: `answer to "${q.id}" must be an integer from ${min} to ${max}, or n/a` };
      }
      if (value < min || value > max) {
        return { ok: false, rule: 'answer-out-of-scale', message: `answer ${value} to "${q.id}" is outside its scale ${min}–${max}` };
      }
      const s = (value - min) / (max - min);
      return { ok: true, kind: 'scored', score: q.reverse ? 1 - s : s, raw: value };
    }
  }
}
