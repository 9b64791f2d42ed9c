// The questionnaire and answers models: the raw shapes the JSON Schemas in schema/ describe,
// and the normalised shapes (defaults applied) that scoring and rendering work on.

export const QUESTION_TYPES = ['scale', 'yesno', 'choice', 'text', 'nps', 'rating'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const NPS_VARIANTS = ['classic', 'binary'] as const;
export type NpsVariant = (typeof NPS_VARIANTS)[number];

export const ANSWER_STATUSES = ['in-progress', 'complete'] as const;
export type AnswerStatus = (typeof ANSWER_STATUSES)[number];

/** Roles offered by `assess`; any other text is accepted too. */
export const KNOWN_ROLES = ['executive', 'manager', 'frontline'] as const;
export const LEADER_ROLES: readonly string[] = ['executive', 'manager'];

/** The practice does not apply here: not scored, and not counted among the possible answers. */
export const NOT_APPLICABLE = 'n/a';
/** The respondent cannot judge it: not scored, but counted among the possible answers. */
export const DONT_KNOW = 'dont-know';

// ---- raw file shapes (what schema/*.schema.json accept) ----

export interface ScaleFile {
  readonly min: number;
  readonly max: number;
  readonly labels?: Readonly<Record<string, string>>;
}

export interface LevelFile {
  readonly min: number;
  readonly name: string;
  readonly description?: string;
}

export interface OptionFile {
  /** Stable across label changes and translations: what answers files store. */
  readonly key?: string;
  readonly label: string;
  readonly score: number;
}

export interface QuestionFile {
  readonly id: string;
  readonly text: string;
  readonly help?: string;
  readonly type?: QuestionType;
  readonly variant?: NpsVariant;
  readonly weight?: number;
  readonly reverse?: boolean;
  readonly audience?: readonly string[];
  readonly scale?: ScaleFile;
  readonly options?: readonly OptionFile[];
  readonly recommendation?: string;
}

export interface SectionFile {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  readonly weight?: number;
  readonly target?: number;
  readonly audience?: readonly string[];
  readonly mirrors?: string;
  readonly questions: readonly QuestionFile[];
}

export interface QuestionnaireFile {
  readonly id: string;
  readonly title: string;
  readonly version: number | string;
  readonly description?: string;
  readonly source?: string | readonly string[];
  readonly target?: number;
  readonly mirrors?: string;
  readonly scale?: ScaleFile;
  readonly levels?: readonly LevelFile[];
  readonly sections: readonly SectionFile[];
}

export type AnswerValue = number | boolean | string;

export interface AnswerEntryFile {
  readonly value: AnswerValue;
  readonly note?: string;
}

export interface Respondent {
  /** A stable id for the same person across files and rounds (never shown). */
  readonly id?: string;
  readonly name?: string;
  readonly role?: string;
}

export interface AnswersFile {
  readonly questionnaire: string;
  readonly version?: number | string;
  readonly organisation?: string;
  readonly respondent?: Respondent;
  readonly date?: string;
  readonly status?: AnswerStatus;
  readonly answers: Readonly<Record<string, AnswerValue | AnswerEntryFile | null>>; // null: left blank, unanswered
}

/** Everything in an answers file but the answers. */
export type AnswersHead = Omit<AnswersFile, 'answers'>;

// ---- normalised shapes ----

export interface Scale {
  readonly min: number;
  readonly max: number;
  /** One label per point, min..max; a point without a label shows its number. */
  readonly labels: Readonly<Record<number, string>>;
}

export interface Level {
  readonly min: number;
  readonly name: string;
  readonly description?: string;
}

export interface Question {
  readonly id: string;
  readonly text: string;
  readonly help?: string;
  readonly type: QuestionType;
  readonly variant: NpsVariant;
  readonly weight: number;
  readonly reverse: boolean;
  /** Who is asked: the question's audience, else its section's; absent means everyone. */
  readonly audience?: readonly string[];
  readonly scale: Scale;
  readonly options: readonly OptionFile[];
  readonly recommendation?: string;
  /** Whether the question counts towards the maturity score (text, nps and rating do not). */
  readonly scored: boolean;
}

export interface Section {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  readonly weight: number;
  /** Effective target: the section's, else the questionnaire's, else the default. */
  readonly target: number;
  readonly audience?: readonly string[];
  /** For a customer questionnaire: the staff questionnaire's section this one mirrors. */
  readonly mirrors?: string;
  readonly questions: readonly Question[];
}

export interface Questionnaire {
  readonly id: string;
  readonly title: string;
  readonly version: number | string;
  readonly description?: string;
  readonly sources: readonly string[];
  readonly target: number;
  /** For a customer questionnaire: the staff questionnaire it answers from the other side. */
  readonly mirrors?: string;
  readonly levels: readonly Level[];
  readonly sections: readonly Section[];
  /** Where it was loaded from, for messages; empty for in-memory questionnaires. */
  readonly file: string;
}

/** What one answer means for its question (see interpretAnswer). */
export type Interpretation =
  | { readonly ok: true; readonly kind: 'na' }
  | { readonly ok: true; readonly kind: 'dont-know' }
  /** A rating (a customer metric, not scored): the point chosen on its scale. */
  | { readonly ok: true; readonly kind: 'rating'; readonly raw: number }
  | { readonly ok: true; readonly kind: 'text'; readonly text: string }
  /** `score` is in [0, 1] after reversal; `raw` is the answer as given (scale point, 0–10, true/false, label). */
  | { readonly ok: true; readonly kind: 'scored'; readonly score: number; readonly raw: number | boolean | string }
  | { readonly ok: true; readonly kind: 'nps'; readonly nps: number | boolean }
  | { readonly ok: false; readonly rule: string; readonly message: string };

/** Questionnaires by id. */
export type Catalog = ReadonlyMap<string, Questionnaire>;

export interface Answer {
  readonly value: AnswerValue;
  readonly note?: string;
}

export interface Answers {
  readonly questionnaire: string;
  readonly version?: number | string;
  readonly organisation?: string;
  readonly respondent: Respondent;
  readonly date?: string;
  readonly status?: AnswerStatus;
  readonly answers: ReadonlyMap<string, Answer>;
  readonly file: string;
}

export const DEFAULT_TARGET = 75;

export const DEFAULT_SCALE: Scale = {
  min: 1,
  max: 5,
  labels: { 1: 'Never', 2: 'Rarely', 3: 'Sometimes', 4: 'Usually', 5: 'Always' },
};

export const NPS_SCALE: Scale = {
  min: 0,
  max: 10,
  labels: { 0: 'Not at all likely', 5: 'Neutral', 10: 'Extremely likely' },
};

export const DEFAULT_LEVELS: readonly Level[] = [
  { min: 0, name: 'Reactive', description: 'Service depends on individuals; problems are handled as they come.' },
  { min: 40, name: 'Developing', description: 'Some standards and habits exist but are not yet applied everywhere.' },
  { min: 60, name: 'Established', description: 'Practices are defined, shared and mostly lived day to day.' },
  { min: 80, name: 'Legendary', description: 'Service is consistent, measured and continually improved.' },
];

export function isAnswerEntry(v: unknown): v is AnswerEntryFile {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && 'value' in v;
}

/** Applies the documented defaults to a schema-valid questionnaire file. */
export function normaliseAnswers(raw: AnswersHead & Partial<Pick<AnswersFile, 'answers'>>, file = ''): Answers {
  // Plain loops and assignments: this runs once per file, 10,000 times for a big report.
  const out: { -readonly [K in keyof Answers]: Answers[K] } = { questionnaire: raw.questionnaire, respondent: raw.respondent ?? {}, answers: answersOf(raw), file };
  if (raw.version !== undefined) out.version = raw.version;
  if (raw.organisation !== undefined) out.organisation = raw.organisation;
  if (raw.date !== undefined) out.date = raw.date;
  if (raw.status !== undefined) out.status = raw.status;
  return out;
}

function answersOf(raw: Partial<Pick<AnswersFile, 'answers'>>): Map<string, Answer> {
  const answers = new Map<string, Answer>();
  if (!raw.answers) return answers;
  for (const id in raw.answers) {
    const entry = raw.answers[id];
    if (entry === null || entry === undefined || !Object.hasOwn(raw.answers, id)) continue;
    answers.set(id, isAnswerEntry(entry) ? (entry.note !== undefined ? { value: entry.value, note: entry.note } : { value: entry.value }) : { value: entry });
  }
  return answers;
}

export function allQuestions(q: Questionnaire): readonly Question[] {
  return q.sections.flatMap((s) => s.questions);
}
