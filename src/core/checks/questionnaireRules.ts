// Checks the JSON Schema cannot express. They run on schema-valid data only.
import type { PathFinding } from './finding.js';
import type { OptionFile, QuestionnaireFile, ScaleFile } from '../model/model.js';

export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function questionnaireRules(q: QuestionnaireFile): PathFinding[] {
  const out: PathFinding[] = [];
  const err = (path: (string | number)[], rule: string, message: string, atKey = false): void => {
    out.push({ path, severity: 'error', rule, message, ...(atKey && { atKey }) });
  };
  if (!KEBAB_CASE.test(q.id)) err(['id'], 'kebab-case-id', `questionnaire id ${JSON.stringify(q.id)} is not lowercase kebab-case (like "legendary-service")`);
  if (q.scale) checkScale(q.scale, ['scale'], err);

  if (q.levels) {
    const first = q.levels[0];
    if (first && first.min !== 0) err(['levels', 0, 'min'], 'levels-start-at-zero', `the first level must start at 0, not ${first.min}`);
    q.levels.forEach((l, i) => {
      const prev = q.levels?.[i - 1];
      if (prev && l.min <= prev.min) {
        err(['levels', i, 'min'], 'levels-ascending', `level "${l.name}" starts at ${l.min}, not above the previous level's ${prev.min}; levels must strictly ascend`);
      }
    });
  }

  const sectionIds = new Map<string, number>();
  const questionIds = new Map<string, string>();
  q.sections.forEach((s, si) => {
    const sp = ['sections', si];
    if (!KEBAB_CASE.test(s.id)) err([...sp, 'id'], 'kebab-case-id', `section id ${JSON.stringify(s.id)} is not lowercase kebab-case`);
    if (sectionIds.has(s.id)) err([...sp, 'id'], 'unique-section-id', `duplicate section id ${JSON.stringify(s.id)}`);
    else sectionIds.set(s.id, si);

    s.questions.forEach((question, qi) => {
      const qp = [...sp, 'questions', qi];
      const type = question.type ?? 'scale';
      if (!KEBAB_CASE.test(question.id)) err([...qp, 'id'], 'kebab-case-id', `question id ${JSON.stringify(question.id)} is not lowercase kebab-case`);
      const other = questionIds.get(question.id);
      if (other !== undefined) err([...qp, 'id'], 'unique-question-id', `duplicate question id ${JSON.stringify(question.id)} (first used in section "${other}")`);
      else questionIds.set(question.id, s.id);

      if (question.options && type !== 'choice') err([...qp, 'options'], 'options-on-non-choice', `question "${question.id}" has options but is of type ${type}; only choice questions take options`, true);
      if (type === 'choice' && !question.options) err(qp, 'choice-without-options', `choice question "${question.id}" has no options`);
      if (question.options) checkOptions(question.options, question.id, qp, err);
      if (question.reverse !== undefined && (type === 'choice' || type === 'text' || type === 'nps' || type === 'rating')) {
        err([...qp, 'reverse'], 'reverse-not-allowed', `reverse applies to scale and yesno questions only; "${question.id}" is ${type}`, true);
      }
      if (question.scale && type !== 'scale' && type !== 'rating') err([...qp, 'scale'], 'scale-not-allowed', `question "${question.id}" is ${type}; only scale and rating questions take a scale`, true);
      if (question.variant && type !== 'nps') err([...qp, 'variant'], 'variant-not-allowed', `question "${question.id}" is ${type}; only nps questions take a variant`, true);
      if (question.scale) checkScale(question.scale, [...qp, 'scale'], err);
      const scored = type !== 'text' && type !== 'nps' && type !== 'rating';
      if (scored && question.recommendation === undefined) {
        out.push({
          path: [...qp, 'id'],
          severity: 'warning',
          rule: 'missing-recommendation',
          message: `scored question "${question.id}" has no recommendation for when it falls below target`,
        });
      }
    });
  });
  return out;
}

type Err = (p: (string | number)[], rule: string, message: string, atKey?: boolean) => void;

/** Labels unique; keys unique, and either on every option or on none (answers store one or the other). */
function checkOptions(options: readonly OptionFile[], id: string, qp: (string | number)[], err: Err): void {
  const labels = new Set<string>();
  const keys = new Set<string>();
  options.forEach((o, oi) => {
    if (labels.has(o.label)) err([...qp, 'options', oi, 'label'], 'unique-option-label', `duplicate option label ${JSON.stringify(o.label)} in question "${id}"`);
    labels.add(o.label);
    if (o.key === undefined) return;
    if (!KEBAB_CASE.test(o.key)) err([...qp, 'options', oi, 'key'], 'kebab-case-id', `option key ${JSON.stringify(o.key)} in question "${id}" is not lowercase kebab-case`);
    if (keys.has(o.key)) err([...qp, 'options', oi, 'key'], 'unique-option-key', `duplicate option key ${JSON.stringify(o.key)} in question "${id}"`);
    keys.add(o.key);
  });
  if (keys.size > 0 && options.some((o) => o.key === undefined)) {
    err([...qp, 'options', options.findIndex((o) => o.key === undefined)], 'option-key-missing', `question "${id}" gives some options a key but not this one; give every option a key`);
  }
}

function checkScale(scale: ScaleFile, path: (string | number)[], err: (p: (string | number)[], rule: string, message: string, atKey?: boolean) => void): void {
  if (scale.min >= scale.max) err([...path, 'min'], 'scale-min-below-max', `scale min ${scale.min} must be below its max ${scale.max}`);
  for (const key of Object.keys(scale.labels ?? {})) {
    const point = Number(key);
    if (point < scale.min || point > scale.max) err([...path, 'labels', key], 'scale-label-outside', `label for ${point} is outside the scale ${scale.min}–${scale.max}`, true);
  }
}
