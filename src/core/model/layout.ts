// A questionnaire compiled for counting: every question gets a number (its place across
// sections) and every answer it can take a small code, so that one respondent is a row of codes
// (one or two bytes per question) and a group of respondents is a table of counts per code.
import { interpretAnswer } from './interpretAnswer.js';
import type { AnswerValue, Catalog, Interpretation, Question, Questionnaire } from './model.js';

/** Codes every question shares; a question's own answers are VALUE_CODE, VALUE_CODE + 1, … */
export const NO_ANSWER = 0;
export const NA_CODE = 1;
export const DONT_KNOW_CODE = 2;
export const VALUE_CODE = 3;

/** What the code of a value means: its index among the question's answers and the answer itself. */
export interface AnswerCode {
  readonly ok: true;
  readonly code: number;
  readonly meaning: Interpretation & { readonly ok: true };
}

export interface QuestionSlot {
  /** 0-based, across sections, in questionnaire order. */
  readonly index: number;
  readonly section: number;
  readonly question: Question;
  /** How many value codes the question has (scale points, options, yes/no, 0–10; 1 for text). */
  readonly values: number;
  /** Score of each value code in [0, 1] after reversal; empty for questions that are not scored. */
  readonly scores: Float64Array;
  /** The raw answer each value code stands for: scale point, option label, true/false, 0–10. */
  readonly raws: readonly (number | boolean | string)[];
  /** Where this question's codes start in a tally's table of counts. */
  readonly offset: number;
  /** The roles asked (normalised), or undefined when everyone is. */
  readonly audience?: ReadonlySet<string>;
}

export interface Layout {
  readonly questionnaire: Questionnaire;
  readonly slots: readonly QuestionSlot[];
  readonly byId: ReadonlyMap<string, QuestionSlot>;
  /** Section index → the slot indices of its questions. */
  readonly sections: readonly (readonly number[])[];
  /** Total codes over all questions: the length of a tally's table of counts. */
  readonly codes: number;
  /** Bytes per question in a respondent's row: 2 only when some scale has more than 252 points. */
  readonly width: 1 | 2;
  /** Code for an answer value, interpreted once per distinct value and question. */
  codeOf(slot: QuestionSlot, value: AnswerValue): AnswerCode | (Interpretation & { readonly ok: false });
}

// Free text rarely repeats: each question remembers at most this many distinct values.
const MAX_REMEMBERED = 64;

function valuesOf(q: Question): { raws: (number | boolean | string)[]; scores: number[] } {
  switch (q.type) {
    case 'rating':
    case 'scale': {
      const raws: number[] = [];
      const scores: number[] = [];
      const span = q.scale.max - q.scale.min;
      for (let v = q.scale.min; v <= q.scale.max; v++) {
        const s = (v - q.scale.min) / span;
        raws.push(v);
        scores.push(q.reverse ? 1 - s : s);
      }
      return { raws, scores };
    }
    case 'yesno':
      return { raws: [false, true], scores: q.reverse ? [1, 0] : [0, 1] };
    case 'choice':
      return { raws: q.options.map((o) => o.label), scores: q.options.map((o) => o.score) };
    case 'nps':
      return q.variant === 'binary' ? { raws: [false, true], scores: [] } : { raws: Array.from({ length: 11 }, (_, i) => i), scores: [] };
    case 'text':
      return { raws: ['text'], scores: [] };
  }
}

/** The value code an accepted interpretation stands for. */
function codeIndex(slot: QuestionSlot, m: Interpretation & { ok: true }): number {
  switch (m.kind) {
    case 'na':
      return NA_CODE;
    case 'dont-know':
      return DONT_KNOW_CODE;
    case 'rating':
      return VALUE_CODE + (m.raw - slot.question.scale.min);
    case 'text':
      return VALUE_CODE;
    case 'nps':
      return VALUE_CODE + (typeof m.nps === 'boolean' ? (m.nps ? 1 : 0) : m.nps);
    case 'scored': {
      const raw = m.raw;
      if (typeof raw === 'boolean') return VALUE_CODE + (raw ? 1 : 0);
      if (typeof raw === 'number') return VALUE_CODE + (raw - slot.question.scale.min);
      // A choice: the option's place (its label is what interpretAnswer gives back).
      return VALUE_CODE + slot.raws.indexOf(raw);
    }
  }
}

export function compileLayout(q: Questionnaire): Layout {
  const slots: QuestionSlot[] = [];
  const sections: number[][] = [];
  let offset = 0;
  q.sections.forEach((s, si) => {
    const members: number[] = [];
    for (const question of s.questions) {
      const { raws, scores } = valuesOf(question);
      const slot: QuestionSlot = {
        index: slots.length,
        section: si,
        question,
        values: raws.length,
        scores: Float64Array.from(question.scored ? scores : []),
        raws,
        offset,
        ...(question.audience !== undefined && { audience: new Set(question.audience) }),
      };
      offset += VALUE_CODE + raws.length;
      members.push(slot.index);
      slots.push(slot);
    }
    sections.push(members);
  });
  // Were an id repeated (validate reports it), the last question with it wins, as in a file's keys.
  const byId = new Map(slots.map((s) => [s.question.id, s] as const));
  const remembered = slots.map(() => new Map<AnswerValue, ReturnType<Layout['codeOf']>>());
  const widest = Math.max(0, ...slots.map((s) => s.values));
  return {
    questionnaire: q,
    slots,
    byId,
    sections,
    codes: offset,
    width: VALUE_CODE + widest <= 255 ? 1 : 2,
    codeOf(slot, value) {
      const memo = remembered[slot.index]!;
      let r = memo.get(value);
      if (r === undefined) {
        const m = interpretAnswer(slot.question, value);
        r = m.ok ? { ok: true, code: codeIndex(slot, m), meaning: m } : m;
        // Map keys equate -0 with 0; keep -0 out so a remembered code holds its value exactly.
        if (memo.size < MAX_REMEMBERED && !Object.is(value, -0)) memo.set(value, r);
      }
      return r;
    },
  };
}

/** A respondent's row of codes, one per question. */
export type CodeRow = Uint8Array | Uint16Array;

export function newRow(layout: Layout): CodeRow {
  return layout.width === 1 ? new Uint8Array(layout.slots.length) : new Uint16Array(layout.slots.length);
}

/** Layouts by questionnaire id, each compiled on first use. */
export interface Layouts {
  get(id: string): Layout | undefined;
  ids(): string[];
}

export function layoutsOf(catalog: Catalog): Layouts {
  const compiled = new Map<string, Layout>();
  return {
    get(id) {
      let layout = compiled.get(id);
      if (!layout) {
        const q = catalog.get(id);
        if (!q) return undefined;
        layout = compileLayout(q);
        compiled.set(id, layout);
      }
      return layout;
    },
    ids: () => [...catalog.keys()],
  };
}

/** Whether a respondent with this (normalised) role is asked the question: one without a role is asked everything. */
export function isAsked(slot: QuestionSlot, role: string, unspecified: string): boolean {
  return slot.audience === undefined || role === unspecified || slot.audience.has(role);
}
