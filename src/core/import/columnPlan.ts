// What planColumns makes of a header row: the target of every column, and notes about it.
import type { Severity } from '../checks/finding.js';
import type { AnswerValue, Question, Questionnaire } from '../model/model.js';
import type { DateOrder } from './parseDate.js';

/** Respondent and file fields a column can feed (besides questions). */
/** `email` is read only to derive a pseudonymous id (--anonymise --key-file); it is never written. */
export const IMPORT_FIELDS = ['name', 'role', 'organisation', 'date', 'email'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** SurveyMonkey (and some HR exports) split the name in two: used when no name column says it whole. */
const NAME_PARTS = ['first', 'last'] as const;
export type NamePart = (typeof NAME_PARTS)[number];

/** The --map keyword for a column that is not imported. */
export const IGNORE = 'ignore';

export function isImportField(s: string): s is ImportField {
  return (IMPORT_FIELDS as readonly string[]).includes(s);
}

/** Whether a --map column value is a keyword rather than a question id. */
export function isMapKeyword(s: string): boolean {
  return s === IGNORE || isImportField(s);
}

export type ColumnTarget =
  | { readonly kind: 'question'; readonly question: Question }
  | { readonly kind: 'field'; readonly field: ImportField; readonly rank: number }
  | { readonly kind: 'name-part'; readonly part: NamePart }
  | { readonly kind: 'ignore' };

/** Something about the header row; `column` is 1-based, 0 when it concerns no single column. */
export interface ColumnNote {
  readonly column: number;
  readonly header: string;
  readonly severity: Severity;
  readonly rule: string;
  readonly message: string;
}

export interface ColumnPlan {
  readonly questionnaire: Questionnaire;
  readonly headers: readonly string[];
  readonly targets: readonly ColumnTarget[];
  /** Question columns (0-based), in the questionnaire's order so files list answers as it does. */
  readonly questions: readonly { readonly question: Question; readonly column: number }[];
  /** Field columns (0-based), best first: the first non-empty cell wins. */
  readonly fields: Readonly<Record<ImportField, readonly number[]>>;
  /** First- and last-name columns (0-based), joined when no name column has a value. */
  readonly nameParts: Readonly<Record<NamePart, readonly number[]>>;
  readonly notes: readonly ColumnNote[];
  readonly values: ReadonlyMap<string, AnswerValue>;
  readonly dates: DateOrder;
}

/** A plan with an error note (no question column, one question in two) can import nothing. */
export function planHasErrors(plan: ColumnPlan): boolean {
  return plan.notes.some((n) => n.severity === 'error');
}
