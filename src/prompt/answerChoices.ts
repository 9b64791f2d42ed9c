// The answers a question offers, each with the key typed to pick it: numbers for scale points,
// option positions and 0–10, y/n for yes/no, x for "does not apply here" and d for "don't know".
// Pure, so it is tested alone.
import { interpretAnswer } from '../core/model/interpretAnswer.js';
import { DONT_KNOW, NOT_APPLICABLE, type AnswerValue, type Question } from '../core/model/model.js';
import { oneLine } from '../render/text/sanitize.js';
import { scaleEnds } from '../render/text/scaleEnds.js';

export interface AnswerChoice {
  readonly key: string;
  /** Shown after the key in the list ("Usually"). */
  readonly name: string;
  /** Shown once chosen ("4 · Usually"). */
  readonly short: string;
  readonly value: AnswerValue;
}

export const NOT_APPLICABLE_KEY = 'x';
export const DONT_KNOW_KEY = 'd';

const notApplicable: AnswerChoice = { key: NOT_APPLICABLE_KEY, name: 'Does not apply here', short: 'n/a', value: NOT_APPLICABLE };
const dontKnow: AnswerChoice = { key: DONT_KNOW_KEY, name: "Don't know", short: "don't know", value: DONT_KNOW };
const yesNo: readonly AnswerChoice[] = [
  { key: 'y', name: 'Yes', short: 'Yes', value: 'yes' },
  { key: 'n', name: 'No', short: 'No', value: 'no' },
];

/** The choices for a scale, yes/no, choice, NPS or rating question; text questions have none. */
export function answerChoices(q: Question): readonly AnswerChoice[] {
  switch (q.type) {
    case 'text':
      return [];
    case 'yesno':
      return [...yesNo, notApplicable, dontKnow];
    case 'choice':
      return [
        ...q.options.map((o, i) => {
          const label = oneLine(o.label);
          // Answers files store the option's key, which survives a reworded label.
          return { key: String(i + 1), name: label, short: label, value: o.key ?? o.label };
        }),
        notApplicable,
        dontKnow,
      ];
    case 'nps':
      if (q.variant === 'binary') return [...yesNo, notApplicable, dontKnow];
      return [...scalePoints(q), notApplicable, dontKnow];
    case 'rating':
    case 'scale':
      return [...scalePoints(q), notApplicable, dontKnow];
  }
}

function scalePoints(q: Question): AnswerChoice[] {
  const out: AnswerChoice[] = [];
  // The ends of a scale without labels are still named, so "0" and "10" say which way round it is.
  const ends = scaleEnds(q.scale);
  for (let v = q.scale.min; v <= q.scale.max; v++) {
    const label = q.scale.labels[v] ?? (v === q.scale.min ? ends.low : v === q.scale.max ? ends.high : undefined);
    const name = label === undefined ? '' : oneLine(label);
    out.push({ key: String(v), name, short: name ? `${v} · ${name}` : String(v), value: v });
  }
  return out;
}

/** The choice an earlier answer corresponds to (its default), if it is still a valid one. */
export function choiceFor(q: Question, value: AnswerValue): AnswerChoice | undefined {
  const m = interpretAnswer(q, value);
  if (!m.ok || m.kind === 'text') return undefined;
  const choices = answerChoices(q);
  if (m.kind === 'na') return choices.find((c) => c.key === NOT_APPLICABLE_KEY);
  if (m.kind === 'dont-know') return choices.find((c) => c.key === DONT_KNOW_KEY);
  const raw = m.kind === 'nps' ? m.nps : m.raw;
  if (typeof raw === 'boolean') return choices.find((c) => c.key === (raw ? 'y' : 'n'));
  if (q.type === 'choice') {
    const i = q.options.findIndex((o) => o.label === raw);
    return choices[i];
  }
  return choices.find((c) => c.value === raw);
}
