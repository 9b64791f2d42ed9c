// Checks the JSON Schema cannot express. They also run on data the schema refused, so that one
// `validate` lists every finding: each rule looks only at values of the type it expects and
// skips the rest (the schema's findings already name them).
import type { PathFinding } from './finding.js';

export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type Path = (string | number)[];
type Err = (p: Path, rule: string, message: string, atKey?: boolean) => void;
type Loose = Readonly<Record<string, unknown>>;

const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v !== '';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const NONE: readonly unknown[] = [];
/** A list, or none: the loops below skip what in it is not an object. */
const listOf = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : NONE);

// Plain index loops, and paths made as literals: pairs of [item, index] and spread paths for every
// question and option were a third of the rules' time over 500 questionnaires.
/** `q`: the parsed file, valid against the schema or not. */
export function questionnaireRules(q: unknown): PathFinding[] {
  const out: PathFinding[] = [];
  if (!isObject(q)) return out;
  const err: Err = (path, rule, message, atKey = false) => {
    out.push({ path, severity: 'error', rule, message, ...(atKey && { atKey }) });
  };
  if (isText(q.id) && !KEBAB_CASE.test(q.id)) err(['id'], 'kebab-case-id', `questionnaire id ${JSON.stringify(q.id)} is not lowercase kebab-case (like "legendary-service")`);
  checkScale(q.scale, ['scale'], err);
  checkLevels(q.levels, err);
  const sectionIds = new Map<string, number>();
  const questionIds = new Map<string, string>();
  const sections = listOf(q.sections);
  for (let si = 0; si < sections.length; si++) {
    const s = sections[si];
    if (!isObject(s)) continue;
    if (isText(s.id)) {
      if (!KEBAB_CASE.test(s.id)) err(['sections', si, 'id'], 'kebab-case-id', `section id ${JSON.stringify(s.id)} is not lowercase kebab-case`);
      if (sectionIds.has(s.id)) err(['sections', si, 'id'], 'unique-section-id', `duplicate section id ${JSON.stringify(s.id)}`);
      else sectionIds.set(s.id, si);
    }
    const questions = listOf(s.questions);
    for (let qi = 0; qi < questions.length; qi++) {
      const question = questions[qi];
      if (!isObject(question)) continue;
      const qp = ['sections', si, 'questions', qi];
      if (isText(question.id)) {
        if (!KEBAB_CASE.test(question.id)) err([...qp, 'id'], 'kebab-case-id', `question id ${JSON.stringify(question.id)} is not lowercase kebab-case`);
        const other = questionIds.get(question.id);
        if (other !== undefined) err([...qp, 'id'], 'unique-question-id', `duplicate question id ${JSON.stringify(question.id)} (first used in section "${other}")`);
        else questionIds.set(question.id, isText(s.id) ? s.id : `#${si + 1}`);
      }
      checkQuestion(question, qp, err, out);
    }
  }
  return out;
}

function checkLevels(levels: unknown, err: Err): void {
  if (!Array.isArray(levels)) return;
  const first: unknown = levels[0];
  if (isObject(first) && isNumber(first.min) && first.min !== 0) err(['levels', 0, 'min'], 'levels-start-at-zero', `the first level must start at 0, not ${first.min}`);
  for (let i = 0; i < levels.length; i++) {
    const l: unknown = levels[i];
    if (!isObject(l)) continue;
    const prev: unknown = levels[i - 1];
    if (isObject(prev) && isNumber(prev.min) && isNumber(l.min) && l.min <= prev.min) {
      const name = typeof l.name === 'string' ? l.name : `#${i + 1}`;
      err(['levels', i, 'min'], 'levels-ascending', `level "${name}" starts at ${l.min}, not above the previous level's ${prev.min}; levels must strictly ascend`);
    }
  }
}

/** The rules on one question; its id, when it is not text, is named by its position. */
function checkQuestion(question: Loose, qp: Path, err: Err, out: PathFinding[]): void {
  const type = question.type ?? 'scale';
  if (typeof type !== 'string') return; // which rules apply depends on the type
  const id = isText(question.id) ? question.id : `#${Number(qp[qp.length - 1]) + 1}`;
  if (question.options !== undefined && type !== 'choice') err([...qp, 'options'], 'options-on-non-choice', `question "${id}" has options but is of type ${type}; only choice questions take options`, true);
  if (type === 'choice' && question.options === undefined) err(qp, 'choice-without-options', `choice question "${id}" has no options`);
  checkOptions(question.options, id, qp, err);
  if (question.reverse !== undefined && (type === 'choice' || type === 'text' || type === 'nps' || type === 'rating')) {
    err([...qp, 'reverse'], 'reverse-not-allowed', `reverse applies to scale and yesno questions only; "${id}" is ${type}`, true);
  }
  if (question.scale !== undefined && type !== 'scale' && type !== 'rating') err([...qp, 'scale'], 'scale-not-allowed', `question "${id}" is ${type}; only scale and rating questions take a scale`, true);
  if (question.variant !== undefined && type !== 'nps') err([...qp, 'variant'], 'variant-not-allowed', `question "${id}" is ${type}; only nps questions take a variant`, true);
  if (question.scale !== undefined) checkScale(question.scale, [...qp, 'scale'], err);
  const scored = type !== 'text' && type !== 'nps' && type !== 'rating';
  if (scored && question.recommendation === undefined) {
    out.push({ path: [...qp, 'id'], severity: 'warning', rule: 'missing-recommendation', message: `scored question "${id}" has no recommendation for when it falls below target` });
  }
}

/** Labels unique; keys unique, and either on every option or on none (answers store one or the other). */
function checkOptions(options: unknown, id: string, qp: Path, err: Err): void {
  // Most questions have no options: no sets for them (they showed over 500 questionnaires).
  if (!Array.isArray(options) || options.length === 0) return;
  const labels = new Set<string>();
  const keys = new Set<string>();
  let keyless = -1;
  for (let oi = 0; oi < options.length; oi++) {
    const o: unknown = options[oi];
    if (!isObject(o)) continue;
    if (o.key === undefined && keyless < 0) keyless = oi;
    if (typeof o.label === 'string') {
      if (labels.has(o.label)) err([...qp, 'options', oi, 'label'], 'unique-option-label', `duplicate option label ${JSON.stringify(o.label)} in question "${id}"`);
      labels.add(o.label);
    }
    if (!isText(o.key)) continue;
    if (!KEBAB_CASE.test(o.key)) err([...qp, 'options', oi, 'key'], 'kebab-case-id', `option key ${JSON.stringify(o.key)} in question "${id}" is not lowercase kebab-case`);
    if (keys.has(o.key)) err([...qp, 'options', oi, 'key'], 'unique-option-key', `duplicate option key ${JSON.stringify(o.key)} in question "${id}"`);
    keys.add(o.key);
  }
  if (keys.size > 0 && keyless >= 0) err([...qp, 'options', keyless], 'option-key-missing', `question "${id}" gives some options a key but not this one; give every option a key`);
}

function checkScale(scale: unknown, path: Path, err: Err): void {
  if (!isObject(scale)) return;
  const { min, max } = scale;
  if (isNumber(min) && isNumber(max) && min >= max) err([...path, 'min'], 'scale-min-below-max', `scale min ${min} must be below its max ${max}`);
  if (!isObject(scale.labels) || !isNumber(min) || !isNumber(max)) return;
  for (const key of Object.keys(scale.labels)) {
    const point = Number(key);
    if (point < min || point > max) err([...path, 'labels', key], 'scale-label-outside', `label for ${point} is outside the scale ${min}–${max}`, true);
  }
}
