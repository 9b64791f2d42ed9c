// Rows of a form tool's CSV export (Google Forms, Microsoft Forms, SurveyMonkey, …) as answers
// files: which column feeds which question or respondent field (planColumns), and what one row's
// cells mean (convertRow). Pure; the import command streams the CSV through these one row at a time.
import { interpretAnswer, parseYesNo } from '../model/interpretAnswer.js';
import { allQuestions, DONT_KNOW, KNOWN_ROLES, NOT_APPLICABLE, type AnswersFile, type AnswerValue, type Question, type Questionnaire } from '../model/model.js';
import type { Severity } from '../checks/finding.js';

export const IMPORT_FIELDS = ['name', 'role', 'organisation', 'date'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** How numeric dates such as 03/04/2026 are read; both tools export month-first in en-US. */
export const DATE_ORDERS = ['month-first', 'day-first'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

/** An explicit mapping (the --map file), already checked against the questionnaire. */
export interface ImportMap {
  /** Header text → question id, a field name, or "ignore". */
  readonly columns: ReadonlyMap<string, string>;
  /** Cell text → the answer it stands for; compared like headers (case, spaces, end punctuation). */
  readonly values: ReadonlyMap<string, AnswerValue>;
  readonly dates: DateOrder;
}

/** SurveyMonkey (and some HR exports) split the name in two: used when no name column says it whole. */
export const NAME_PARTS = ['first', 'last'] as const;
export type NamePart = (typeof NAME_PARTS)[number];

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

export interface RowProblem {
  /** The CSV line the row starts on. */
  readonly row: number;
  /** 1-based column index. */
  readonly column: number;
  readonly header: string;
  readonly rule: string;
  readonly message: string;
}

export type RowResult =
  | { readonly answers: AnswersFile }
  | { readonly problems: readonly RowProblem[] }
  /** No question cell holds anything: a blank or abandoned response, neither written nor an error. */
  | { readonly empty: true };

/** The schema's bound on any text in an answers file. */
export const MAX_TEXT = 10_000;

/**
 * Loose comparison key for headers and cells: Unicode-normalised (… becomes ...), lower case, curly
 * quotes and dashes straightened, runs of whitespace (non-breaking too) folded, and trailing
 * punctuation dropped, so "Our values are…", "our values are..." and "Our values are " agree.
 */
export function looseKey(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b\u2032`\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.,;:!?*]+$/, '');
}

/** Headers may also carry numbering ("3. Text", "Q3: Text") that some tools and authors add. */
function headerKey(s: string): string {
  return looseKey(s).replace(/^(?:q ?\d+|\d+)[.):] ?/, '');
}

/** Google Forms grid questions export one column per row as "Question [Row]". */
const GRID_ROW = /^.*\S\s*\[([^\]]+)\]\s*$/;

interface MetaColumn {
  readonly field?: ImportField;
  readonly part?: NamePart;
  /** Lower is preferred when several columns feed the same field. */
  readonly rank: number;
}

// Respondent and bookkeeping columns of the common tools, keyed by headerKey. Google Forms:
// Timestamp, Email Address. Microsoft Forms: ID, Start time, Completion time, Email, Name, Last
// modified time (plus quiz columns). SurveyMonkey: Respondent ID, Collector ID, Start Date, End
// Date, IP Address, Email Address, First Name, Last Name, Custom Data 1. Typeform: #, Start Date
// (UTC), Submit Date (UTC), Network ID.
const META: ReadonlyMap<string, MetaColumn> = new Map<string, MetaColumn>([
  ['completion time', { field: 'date', rank: 1 }],
  ['timestamp', { field: 'date', rank: 1 }],
  ['submitted at', { field: 'date', rank: 1 }],
  ['submit date (utc)', { field: 'date', rank: 1 }],
  ['end date', { field: 'date', rank: 1 }],
  ['date submitted', { field: 'date', rank: 1 }],
  ['date', { field: 'date', rank: 2 }],
  ['start time', { field: 'date', rank: 3 }],
  ['start date', { field: 'date', rank: 3 }],
  ['start date (utc)', { field: 'date', rank: 3 }],
  ['your name', { field: 'name', rank: 1 }],
  ['full name', { field: 'name', rank: 1 }],
  ['respondent name', { field: 'name', rank: 1 }],
  ['name', { field: 'name', rank: 2 }],
  ['first name', { part: 'first', rank: 0 }],
  ['last name', { part: 'last', rank: 0 }],
  ['role', { field: 'role', rank: 1 }],
  ['what is your role', { field: 'role', rank: 1 }],
  ['your role', { field: 'role', rank: 1 }],
  ['job role', { field: 'role', rank: 1 }],
  ['your job role', { field: 'role', rank: 1 }],
  ['organisation', { field: 'organisation', rank: 1 }],
  ['organization', { field: 'organisation', rank: 1 }],
  ['your organisation', { field: 'organisation', rank: 1 }],
  ['your organization', { field: 'organisation', rank: 1 }],
  ['company', { field: 'organisation', rank: 2 }],
  ['your company', { field: 'organisation', rank: 2 }],
  ['team', { field: 'organisation', rank: 3 }],
  ['your team', { field: 'organisation', rank: 3 }],
  // Recognised and deliberately not imported: ids, e-mail addresses, edit times, quiz scores.
  ['id', { rank: 0 }],
  ['email', { rank: 0 }],
  ['email address', { rank: 0 }],
  ['last modified time', { rank: 0 }],
  ['respondent id', { rank: 0 }],
  ['collector id', { rank: 0 }],
  ['network id', { rank: 0 }],
  ['ip address', { rank: 0 }],
  ['total points', { rank: 0 }],
  ['quiz feedback', { rank: 0 }],
  ['score', { rank: 0 }],
  ['custom data 1', { rank: 0 }],
  ['custom data', { rank: 0 }],
  ['#', { rank: 0 }],
]);

const IGNORE = 'ignore';

function isField(s: string): s is ImportField {
  return (IMPORT_FIELDS as readonly string[]).includes(s);
}

/** Whether a --map column value is a keyword rather than a question id. */
export function isMapKeyword(s: string): boolean {
  return s === IGNORE || isField(s);
}

export function planColumns(q: Questionnaire, headers: readonly string[], map?: ImportMap): ColumnPlan {
  const questions = allQuestions(q);
  const byId = new Map(questions.map((x) => [x.id, x]));
  const byIdLoose = new Map(questions.map((x) => [x.id.toLowerCase(), x]));
  const byText = new Map(questions.map((x) => [x.text.trim(), x]));
  const byTextLoose = new Map<string, Question>();
  for (const x of questions) byTextLoose.set(headerKey(x.text), x);
  const mapExact = new Map<string, string>();
  const mapLoose = new Map<string, string>();
  for (const [h, t] of map?.columns ?? []) {
    mapExact.set(h.trim(), t);
    mapLoose.set(headerKey(h), t);
  }

  const findQuestion = (h: string): Question | undefined => {
    const k = headerKey(h);
    return byId.get(h) ?? byText.get(h) ?? byIdLoose.get(h.toLowerCase()) ?? byTextLoose.get(k);
  };

  const notes: ColumnNote[] = [];
  const targets: ColumnTarget[] = [];
  const firstColumnOf = new Map<string, number>();
  const fields: Record<ImportField, { column: number; rank: number }[]> = { name: [], role: [], organisation: [], date: [] };
  const nameParts: Record<NamePart, number[]> = { first: [], last: [] };
  const usedMapKeys = new Set<string>();

  headers.forEach((raw, i) => {
    const h = raw.trim();
    const column = i + 1;
    let target: ColumnTarget | undefined;
    const mapped = mapExact.get(h) ?? mapLoose.get(headerKey(h));
    if (mapped !== undefined) {
      usedMapKeys.add(headerKey(h));
      if (mapped === IGNORE) target = { kind: 'ignore' };
      else if (isField(mapped)) target = { kind: 'field', field: mapped, rank: 0 };
      else {
        const question = byId.get(mapped);
        // parseImportMap has checked ids already; an unknown one here is a caller's mistake.
        target = question ? { kind: 'question', question } : { kind: 'ignore' };
      }
    }
    if (!target && h !== '') {
      const question = findQuestion(h) ?? (GRID_ROW.test(h) ? findQuestion((GRID_ROW.exec(h)?.[1] ?? '').trim()) : undefined);
      if (question) target = { kind: 'question', question };
    }
    if (!target) {
      const meta = META.get(headerKey(h));
      if (meta) target = meta.field ? { kind: 'field', field: meta.field, rank: meta.rank } : meta.part ? { kind: 'name-part', part: meta.part } : { kind: 'ignore' };
    }
    if (!target) {
      target = { kind: 'ignore' };
      notes.push(
        h === ''
          ? { column, header: raw, severity: 'warning', rule: 'unmatched-column', message: `column ${column} has no header and is ignored` }
          : {
              column,
              header: raw,
              severity: 'warning',
              rule: 'unmatched-column',
              message: `column ${JSON.stringify(short(h))} matches no question of "${q.id}" and is ignored; name it in a --map file to import it`,
            },
      );
    }
    if (target.kind === 'question') {
      const first = firstColumnOf.get(target.question.id);
      if (first !== undefined) {
        notes.push({
          column,
          header: raw,
          severity: 'error',
          rule: 'duplicate-column',
          message: `columns ${first} and ${column} both hold question "${target.question.id}"; mark one "ignore" in a --map file`,
        });
        target = { kind: 'ignore' };
      } else firstColumnOf.set(target.question.id, column);
    }
    if (target.kind === 'field') fields[target.field].push({ column: i, rank: target.rank });
    if (target.kind === 'name-part') nameParts[target.part].push(i);
    targets.push(target);
  });

  for (const h of map?.columns.keys() ?? []) {
    if (!usedMapKeys.has(headerKey(h))) {
      notes.push({ column: 0, header: h, severity: 'warning', rule: 'map-column-missing', message: `the --map file names column ${JSON.stringify(short(h))}, which is not in the header row` });
    }
  }
  if (firstColumnOf.size === 0) {
    notes.push({
      column: 0,
      header: '',
      severity: 'error',
      rule: 'no-question-columns',
      message: `no column matches a question of "${q.id}" by id or text; check --questionnaire or name the columns in a --map file`,
    });
  } else {
    const missing = questions.filter((x) => !firstColumnOf.has(x.id)).map((x) => x.id);
    if (missing.length > 0) {
      const shown = missing.slice(0, 8).join(', ') + (missing.length > 8 ? `, … (${missing.length - 8} more)` : '');
      notes.push({
        column: 0,
        header: '',
        severity: 'warning',
        rule: 'question-without-column',
        message: `${missing.length} question${missing.length === 1 ? ' has' : 's have'} no column and will be unanswered: ${shown}`,
      });
    }
  }

  const order = new Map(questions.map((x, i) => [x.id, i]));
  const questionColumns = targets
    .flatMap((t, column) => (t.kind === 'question' ? [{ question: t.question, column }] : []))
    .sort((a, b) => (order.get(a.question.id) ?? 0) - (order.get(b.question.id) ?? 0));
  const best = (f: ImportField): number[] => fields[f].sort((a, b) => a.rank - b.rank || a.column - b.column).map((x) => x.column);
  const values = new Map<string, AnswerValue>();
  for (const [k, v] of map?.values ?? []) values.set(looseKey(k), v);
  return {
    questionnaire: q,
    headers,
    targets,
    questions: questionColumns,
    fields: { name: best('name'), role: best('role'), organisation: best('organisation'), date: best('date') },
    nameParts,
    notes,
    values,
    dates: map?.dates ?? 'month-first',
  };
}

// Cells meaning "not applicable / don't know", compared after looseKey (so "N/A", "Don't know."
// and "don’t know" all count). "-" is checked before looseKey, which keeps it.
const NOT_APPLICABLE_CELLS = new Set(['n/a', 'na', 'n.a', 'not applicable', "don't know", 'dont know', 'do not know', '-', '\u2013', '\u2014']);

export function isNotApplicableCell(cell: string): boolean {
  // The longest spelling is 14 characters; longer cells (comments) skip the normalisation.
  return cell.length <= 20 && NOT_APPLICABLE_CELLS.has(looseKey(cell));
}

type CellResult = { readonly ok: true; readonly value: AnswerValue } | { readonly ok: false; readonly rule: string; readonly message: string };

const INTEGER = /^[+-]?\d+(?:\.0+)?$/;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)$/;
const NUMBERED_LABEL = /^([+-]?\d+)\s*[-\u2013\u2014:.)]\s*(.+)$/;

/** The value a scale cell names: a number, a label, or "4 - Usually". */
function scaleValue(q: Question, cell: string): AnswerValue {
  if (INTEGER.test(cell)) return Number(cell);
  if (NUMBER.test(cell)) return Number(cell); // interpretAnswer explains why 3.5 is not allowed
  const k = looseKey(cell);
  for (const [point, label] of Object.entries(q.scale.labels)) if (looseKey(label) === k) return Number(point);
  const m = NUMBERED_LABEL.exec(cell);
  if (m?.[1] !== undefined && m[2] !== undefined) {
    const point = Number(m[1]);
    const label = q.scale.labels[point];
    if (label !== undefined && looseKey(label) === looseKey(m[2])) return point;
  }
  return cell;
}

function candidate(q: Question, cell: string): AnswerValue {
  switch (q.type) {
    case 'text':
      return cell.replace(/\r\n?/g, '\n');
    case 'yesno':
      return parseYesNo(looseKey(cell)) ?? cell;
    case 'nps':
      return q.variant === 'binary' ? (parseYesNo(looseKey(cell)) ?? cell) : scaleValue(q, cell);
    case 'choice': {
      const k = looseKey(cell);
      return q.options.find((o) => looseKey(o.label) === k)?.label ?? cell;
    }
    case 'rating':
    case 'scale':
      return scaleValue(q, cell);
  }
}

/** What the answers file stores for an accepted value: the canonical label, yes/no, or the number. */
function canonical(q: Question, value: AnswerValue): CellResult {
  const meaning = interpretAnswer(q, value);
  if (!meaning.ok) return meaning;
  switch (meaning.kind) {
    case 'na':
      return { ok: true, value: NOT_APPLICABLE };
    case 'dont-know':
      return { ok: true, value: DONT_KNOW };
    case 'rating':
      return { ok: true, value: meaning.raw };
    case 'text':
      return meaning.text.length > MAX_TEXT ? { ok: false, rule: 'text-too-long', message: `text is longer than ${MAX_TEXT} characters` } : { ok: true, value: meaning.text };
    case 'scored':
      return { ok: true, value: typeof meaning.raw === 'boolean' ? (meaning.raw ? 'yes' : 'no') : meaning.raw };
    case 'nps':
      return { ok: true, value: typeof meaning.nps === 'boolean' ? (meaning.nps ? 'yes' : 'no') : meaning.nps };
  }
}

/** One non-empty cell of a question column → the answer, checked by interpretAnswer as validate does. */
export function cellAnswer(q: Question, cell: string, values: ReadonlyMap<string, AnswerValue> = new Map()): CellResult {
  const mapped = values.size > 0 ? values.get(looseKey(cell)) : undefined;
  if (mapped !== undefined) {
    const r = canonical(q, mapped);
    if (r.ok) return r;
  }
  if (isNotApplicableCell(cell)) return { ok: true, value: NOT_APPLICABLE };
  const r = canonical(q, candidate(q, cell));
  if (r.ok) return r;
  const hint = q.type === 'scale' && Object.keys(q.scale.labels).length > 0 ? `; labels: ${Object.values(q.scale.labels).join(', ')}` : '';
  return { ok: false, rule: r.rule, message: `${JSON.stringify(short(cell))} is not a valid answer: ${r.message}${hint}` };
}

// Distinct cells per question are few in real exports (scale points, labels, options), so each
// column remembers what it has seen; bounded so free-text columns cannot grow it without limit.
const CACHE_LIMIT = 256;
const caches = new WeakMap<ColumnPlan, Map<string, CellResult>[]>();

function cachedCellAnswer(plan: ColumnPlan, slot: number, q: Question, cell: string): CellResult {
  if (q.type === 'text') return cellAnswer(q, cell, plan.values);
  let perColumn = caches.get(plan);
  if (!perColumn) caches.set(plan, (perColumn = plan.questions.map(() => new Map())));
  const cache = perColumn[slot] as Map<string, CellResult>;
  let r = cache.get(cell);
  if (r === undefined) {
    r = cellAnswer(q, cell, plan.values);
    if (cache.size < CACHE_LIMIT) cache.set(cell, r);
  }
  return r;
}

export type DateResult = { readonly ok: true; readonly date: string } | { readonly ok: false; readonly message: string };

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](.*))?$/;
const YEAR_FIRST = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:[ ,]+(.*))?$/;
const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?:[ ,T]+(.*))?$/;
// A time after the date: 9:14:02, 09:14, 9:14:02 AM GMT, 21:14:02.123Z, 9:14 PM GMT+1, …
const TIME = /^\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?)?\s*(?:z|gmt|utc)?\s*(?:[+-]\d{1,2}(?::?\d{2})?)?$/i;

/**
 * A timestamp cell → YYYY-MM-DD, the calendar date as written (no time-zone conversion).
 * Year-first forms (ISO, Google's "2026/11/16 9:14:02 AM GMT") are unambiguous. Numeric
 * day/month forms are read in `order`: month-first by default, as Google Sheets and Microsoft
 * Forms write them in en-US ("11/16/2026 09:14:02", "11/16/26 9:14:02"; two-digit years are
 * 20xx). The order is never guessed from the data: a date that is impossible in that order,
 * or any other shape, is a problem to fix, not a guess.
 */
export function parseDate(cell: string, order: DateOrder = 'month-first'): DateResult {
  const s = cell.trim();
  let y: number;
  let m: number;
  let d: number;
  let time: string | undefined;
  const iso = ISO.exec(s) ?? YEAR_FIRST.exec(s);
  const numeric = iso ? null : NUMERIC.exec(s);
  if (iso) {
    [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    time = iso[4];
  } else if (numeric) {
    const [a, b] = [Number(numeric[1]), Number(numeric[3])];
    [m, d] = order === 'month-first' ? [a, b] : [b, a];
    const yy = numeric[4] ?? '';
    y = yy.length === 2 ? 2000 + Number(yy) : Number(yy);
    time = numeric[5];
  } else {
    return { ok: false, message: `${JSON.stringify(short(s))} is not a date icare reads (YYYY-MM-DD, YYYY/MM/DD or ${order === 'month-first' ? 'MM/DD/YYYY' : 'DD/MM/YYYY'}, with an optional time)` };
  }
  if (time !== undefined && time.trim() !== '' && !TIME.test(time.trim())) {
    return { ok: false, message: `${JSON.stringify(short(s))} has something after the date that is not a time` };
  }
  if (m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) {
    const swapped = numeric && order === 'month-first' && m > 12 && d <= 12;
    return {
      ok: false,
      message: `${JSON.stringify(short(s))} is not a valid date${numeric ? ` when read ${order}` : ''}${swapped ? '; if the export writes the day first, add "dates: day-first" to a --map file' : ''}`,
    };
  }
  const p = (n: number): string => String(n).padStart(2, '0');
  return { ok: true, date: `${y}-${p(m)}-${p(d)}` };
}

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const ROLE_KEYS: ReadonlyMap<string, string> = new Map(KNOWN_ROLES.map((r) => [r, r]));

/** Known roles are stored in their canonical spelling ("Front-line" → frontline); others as given. */
export function normaliseRole(s: string): string {
  return ROLE_KEYS.get(looseKey(s).replace(/[\s-]/g, '')) ?? s;
}

const ANONYMOUS = new Set(['anonymous', 'anon']);

/**
 * One data row → an answers file, its problems, or `empty` when no question cell holds anything.
 * `row` is the CSV line the row starts on; problems carry it with the 1-based column.
 */
export function convertRow(plan: ColumnPlan, cells: readonly string[], row: number, defaults: { readonly organisation?: string } = {}): RowResult {
  const problems: RowProblem[] = [];
  const problem = (column: number, rule: string, message: string): void => {
    problems.push({ row, column: column + 1, header: plan.headers[column] ?? '', rule, message });
  };
  const answers: Record<string, AnswerValue> = {};
  let answered = 0;
  plan.questions.forEach(({ question, column }, slot) => {
    const cell = (cells[column] ?? '').trim();
    if (cell === '') return;
    answered++;
    const r = cachedCellAnswer(plan, slot, question, cell);
    if (r.ok) answers[question.id] = r.value;
    else problem(column, r.rule, r.message);
  });
  if (answered === 0) return { empty: true };

  const field = (f: ImportField, skip?: (v: string) => boolean): CellText | undefined => firstCell(cells, plan.fields[f], skip);
  const checkedText = (f: ImportField, v: CellText | undefined): string | undefined => {
    if (!v) return undefined;
    if (v.value.length > MAX_TEXT) {
      problem(v.column, 'text-too-long', `${f} is longer than ${MAX_TEXT} characters`);
      return undefined;
    }
    return v.value;
  };
  const name = checkedText('name', field('name', (v) => ANONYMOUS.has(v.toLowerCase())) ?? nameFromParts(plan, cells));
  const roleText = checkedText('role', field('role'));
  const role = roleText === undefined ? undefined : normaliseRole(roleText);
  const organisation = checkedText('organisation', field('organisation')) ?? defaults.organisation;
  const dateCell = field('date');
  let date: string | undefined;
  if (dateCell) {
    const parsed = parseDate(dateCell.value, plan.dates);
    if (parsed.ok) date = parsed.date;
    else problem(dateCell.column, 'bad-date', parsed.message);
  }
  if (problems.length > 0) return { problems: problems.sort((a, b) => a.column - b.column) };
  const q = plan.questionnaire;
  return {
    answers: {
      questionnaire: q.id,
      version: q.version,
      ...(organisation !== undefined && organisation !== '' && { organisation }),
      ...((name !== undefined || role !== undefined) && { respondent: { ...(name !== undefined && { name }), ...(role !== undefined && { role }) } }),
      ...(date !== undefined && { date }),
      status: 'complete',
      answers,
    },
  };
}

interface CellText {
  readonly value: string;
  readonly column: number;
}

/** The first of `columns` whose cell (spaces folded) is non-empty and not skipped. */
function firstCell(cells: readonly string[], columns: readonly number[], skip: (v: string) => boolean = () => false): CellText | undefined {
  for (const column of columns) {
    const value = (cells[column] ?? '').replace(/\s+/g, ' ').trim();
    if (value !== '' && !skip(value)) return { value, column };
  }
  return undefined;
}

/** "First Last" from the name-part columns, when any holds something. */
function nameFromParts(plan: ColumnPlan, cells: readonly string[]): CellText | undefined {
  const parts = [firstCell(cells, plan.nameParts.first), firstCell(cells, plan.nameParts.last)].filter((p) => p !== undefined);
  if (parts.length === 0) return undefined;
  return { value: parts.map((p) => p.value).join(' '), column: parts[0]!.column };
}

// SurveyMonkey exports two header rows: the question in the first (written once over all the
// columns of a matrix or multiple-answer question) and, in the second, "Response" or
// "Open-Ended Response" for a one-column question, or the matrix row or option for each column.
const SUB_HEADER_MARKS = new Set(['response', 'open-ended response']);

/**
 * When `second` is such a second header row, the two rows as one: a one-column question keeps
 * its text, and a matrix row becomes "Question [Row]", matched by its row as a Google Forms grid
 * column is. Undefined when `second` is a row of answers.
 */
export function mergeSubHeaders(first: readonly string[], second: readonly string[]): string[] | undefined {
  const marks = second.filter((c) => SUB_HEADER_MARKS.has(looseKey(c))).length;
  // The respondent columns (Respondent ID…) have nothing in the second row, or "Response" when
  // the form asked for them; a row of answers has their values.
  const metaEmpty = first.every((h, i) => !META.has(headerKey(h)) || (second[i] ?? '').trim() === '' || SUB_HEADER_MARKS.has(looseKey(second[i] ?? '')));
  if (marks === 0 || !metaEmpty) return undefined;
  let group = '';
  return first.map((h, i) => {
    if (h.trim() !== '') group = h.trim();
    const sub = (second[i] ?? '').trim();
    if (sub === '' || SUB_HEADER_MARKS.has(looseKey(sub))) return h.trim() === '' ? group : h;
    return `${group} [${sub}]`;
  });
}

/** Long cells and headers are shortened in messages. */
export function short(s: string, max = 60): string {
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
}
