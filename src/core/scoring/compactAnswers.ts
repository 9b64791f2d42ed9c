// Loaded answers in a compact, structured-clone-friendly form, for handing a worker thread's
// results to the main thread: question numbers instead of ids, values without their meaning.
// Expanding re-uses the questionnaire's shared answers (see answersRules), so answers loaded by a
// worker are the same objects, and cost as little memory, as those loaded on the main thread.
import { answerFor, slotIndex, type Slot } from '../checks/answersRules.js';
import { normaliseAnswers, type AnswersHead, type Answer, type Answers, type AnswerValue, type Questionnaire } from '../model/model.js';

export interface CompactAnswers {
  readonly file: string;
  readonly head: AnswersHead;
  /**
   * Question number (questionnaire order), value, question number, value… in the file's order.
   * A choice answer spelled exactly as an option's label comes as −(question number + 1) and the
   * option's index: labels are most of the bytes otherwise, and most answers are such labels.
   */
  readonly values: readonly (number | AnswerValue)[];
  /** Question number, note… for the answers that carry a note. */
  readonly notes?: readonly (number | string)[];
}

export function compactAnswers(a: Answers, q: Questionnaire): CompactAnswers {
  const slots = slotIndex(q);
  const values: (number | AnswerValue)[] = [];
  const notes: (number | string)[] = [];
  for (const [id, answer] of a.answers) {
    const slot = slots.get(id);
    if (!slot) throw new Error(`answers for "${q.id}" hold a question it does not have: ${id}`);
    const option = typeof answer.value === 'string' && slot.question.type === 'choice' ? slot.question.options.findIndex((o) => o.label === answer.value) : -1;
    if (option >= 0) values.push(-(slot.index + 1), option);
    else values.push(slot.index, answer.value);
    if (answer.note !== undefined) notes.push(slot.index, answer.note);
  }
  const head: { -readonly [K in keyof AnswersHead]: AnswersHead[K] } = { questionnaire: a.questionnaire, respondent: a.respondent };
  if (a.version !== undefined) head.version = a.version;
  if (a.organisation !== undefined) head.organisation = a.organisation;
  if (a.date !== undefined) head.date = a.date;
  if (a.status !== undefined) head.status = a.status;
  return { file: a.file, head, values, ...(notes.length > 0 && { notes }) };
}

const slotLists = new WeakMap<Questionnaire, readonly Slot[]>();

function slotList(q: Questionnaire): readonly Slot[] {
  let list = slotLists.get(q);
  if (!list) {
    list = [...slotIndex(q).values()];
    slotLists.set(q, list);
  }
  return list;
}

export function expandAnswers(c: CompactAnswers, q: Questionnaire): Answers {
  const slots = slotList(q);
  const slotAt = (n: unknown): Slot => {
    const slot = typeof n === 'number' ? slots[n] : undefined;
    if (!slot) throw new Error(`compact answers for "${q.id}" name question number ${String(n)}, which it does not have`);
    return slot;
  };
  const answers = new Map<string, Answer>();
  const { values, notes } = c;
  for (let i = 0; i < values.length; i += 2) {
    const n = values[i];
    if (typeof n === 'number' && n < 0) {
      const slot = slotAt(-n - 1);
      const option = slot.question.options[values[i + 1] as number];
      if (!option) throw new Error(`compact answers for "${q.id}" name option ${String(values[i + 1])} of "${slot.question.id}", which it does not have`);
      answers.set(slot.question.id, answerFor(slot, option.label));
    } else {
      const slot = slotAt(n);
      answers.set(slot.question.id, answerFor(slot, values[i + 1] as AnswerValue));
    }
  }
  if (notes) {
    for (let i = 0; i < notes.length; i += 2) {
      const slot = slotAt(notes[i]);
      const shared = answers.get(slot.question.id)!;
      answers.set(slot.question.id, { value: shared.value, note: notes[i + 1] as string, meaning: shared.meaning! });
    }
  }
  return normaliseAnswers(c.head, c.file, answers);
}
