// Checks an answers file against its questionnaire.
import type { PathFinding } from './finding.js';
import { interpretAnswer } from '../model/interpretAnswer.js';
import { isAnswerEntry, type Answer, type AnswersFile, type AnswerValue, type Question, type Questionnaire } from '../model/model.js';

/**
 * Findings for an answers file; `answers`, when given, receives each valid answer in its
 * normalised form (value, note, meaning), ready for normaliseAnswers.
 */
export function answersRules(a: AnswersFile, q: Questionnaire, answers?: Map<string, Answer>): PathFinding[] {
  const out: PathFinding[] = [];
  if (a.version !== undefined && String(a.version) !== String(q.version)) {
    out.push({
      path: ['version'],
      severity: 'warning',
      rule: 'version-mismatch',
      message: `answers are for version ${String(a.version)} of "${q.id}" but the questionnaire is version ${String(q.version)}`,
    });
  }
  const slots = slotIndex(q);
  const entries = a.answers;
  // for-in over own keys visits them in the same order as Object.entries, without its arrays.
  for (const id in entries) {
    if (!Object.hasOwn(entries, id)) continue;
    const entry = entries[id]!;
    const slot = slots.get(id);
    if (!slot) {
      out.push({ path: ['answers', id], atKey: true, severity: 'error', rule: 'unknown-question', message: `"${q.id}" has no question ${JSON.stringify(id)}` });
      continue;
    }
    const isEntry = isAnswerEntry(entry);
    const value = isEntry ? entry.value : entry;
    const answer = answerFor(slot, value);
    if (answer.meaning.ok) {
      if (!answers) continue;
      // Keyed by the questionnaire's own id string (equal to the file's): lookups by question id
      // in scoring then match by identity, and the file's strings can be collected.
      if (isEntry && entry.note !== undefined) answers.set(slot.question.id, { value, note: entry.note, meaning: answer.meaning });
      else answers.set(slot.question.id, answer);
    } else {
      out.push({ path: isEntry ? ['answers', id, 'value'] : ['answers', id], severity: 'error', rule: answer.meaning.rule, message: answer.meaning.message });
    }
  }
  return out;
}

type Interpreted = Answer & { readonly meaning: NonNullable<Answer['meaning']> };

// Answers repeat the same few values (scale points, labels, yes/no): one shared, read-only answer
// per question and value spares a bulk load hundreds of thousands of identical small objects.
// Free text rarely repeats, so each question keeps at most MAX_SHARED values.
export interface Slot {
  /** The question's place in the questionnaire, counting across sections from 0. */
  readonly index: number;
  readonly question: Question;
  readonly shared: Map<AnswerValue, Interpreted>;
}
const MAX_SHARED = 64;
const slotIndexes = new WeakMap<Questionnaire, ReadonlyMap<string, Slot>>();

/** The questionnaire's slots by question id, in questionnaire order. */
export function slotIndex(q: Questionnaire): ReadonlyMap<string, Slot> {
  let index = slotIndexes.get(q);
  if (!index) {
    index = new Map([...questionIndex(q)].map(([id, question], i) => [id, { index: i, question, shared: new Map() }] as const));
    slotIndexes.set(q, index);
  }
  return index;
}

/** The shared answer holding `value` for the slot's question, interpreted once. */
export function answerFor(slot: Slot, value: AnswerValue): Interpreted {
  let answer = slot.shared.get(value);
  if (!answer) {
    answer = { value, meaning: interpretAnswer(slot.question, value) };
    // Map keys equate -0 with 0; keep -0 out so every shared answer holds its value exactly.
    if (slot.shared.size < MAX_SHARED && !Object.is(value, -0)) slot.shared.set(value, answer);
  }
  return answer;
}

const indexes = new WeakMap<Questionnaire, ReadonlyMap<string, Question>>();

/** Questions by id, built once per questionnaire (bulk loads check thousands of files against one). */
export function questionIndex(q: Questionnaire): ReadonlyMap<string, Question> {
  let index = indexes.get(q);
  if (!index) {
    index = new Map(q.sections.flatMap((s) => s.questions.map((x) => [x.id, x] as const)));
    indexes.set(q, index);
  }
  return index;
}

export function unknownQuestionnaire(id: string, known: readonly string[]): PathFinding {
  return {
    path: ['questionnaire'],
    severity: 'error',
    rule: 'unknown-questionnaire',
    message: `no questionnaire with id ${JSON.stringify(id)} was found${known.length ? ` (known: ${known.join(', ')})` : ''}; pass its folder with --questionnaires`,
  };
}
