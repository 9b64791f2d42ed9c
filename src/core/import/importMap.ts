// The --map file of `icare import`: which column holds which question or respondent field, what
// custom cell labels mean, and how numeric dates are ordered. Checked against the questionnaire,
// with positioned findings like every other file icare reads.
import { compareFindings, type Finding, type PathFinding } from '../checks/finding.js';
import { allQuestions, type AnswerValue, type Questionnaire } from '../model/model.js';
import { locateFindings, parseYaml } from '../yaml/parseYaml.js';
import { IGNORE, IMPORT_FIELDS, isMapKeyword } from './columnPlan.js';
import { DATE_ORDERS, type DateOrder } from './parseDate.js';

/** An explicit mapping (the --map file), already checked against the questionnaire. */
export interface ImportMap {
  /** Header text → question id, a field name, or "ignore". */
  readonly columns: ReadonlyMap<string, string>;
  /** Cell text → the answer it stands for; compared like headers (case, spaces, end punctuation). */
  readonly values: ReadonlyMap<string, AnswerValue>;
  readonly dates: DateOrder;
}

const KEYS = ['columns', 'values', 'dates'] as const;

export type MapParse = { readonly ok: true; readonly map: ImportMap } | { readonly ok: false; readonly findings: readonly Finding[] };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function parseImportMap(text: string, file: string, q: Questionnaire): MapParse {
  const parsed = parseYaml(text, file);
  if (!parsed.ok) return parsed;
  const data = parsed.data;
  const found: PathFinding[] = [];
  const err = (path: (string | number)[], rule: string, message: string, atKey = false): void => {
    found.push({ path, atKey, severity: 'error', rule, message });
  };
  const columns = new Map<string, string>();
  const values = new Map<string, AnswerValue>();
  let dates: DateOrder = 'month-first';

  if (!isRecord(data)) {
    err([], 'map-shape', 'expected a mapping with "columns" (header text: question id or field) and optional "values" and "dates"');
    return { ok: false, findings: locateFindings(text, file, found) };
  }
  for (const key of Object.keys(data)) {
    if (!(KEYS as readonly string[]).includes(key)) err([key], 'unknown-key', `unknown key ${JSON.stringify(key)}; expected ${KEYS.join(', ')}`, true);
  }
  const ids = new Set(allQuestions(q).map((x) => x.id));
  const keywords = [...IMPORT_FIELDS, IGNORE].join(', ');
  if (data.columns !== undefined) {
    if (!isRecord(data.columns)) err(['columns'], 'map-shape', '"columns" must map header text to a question id or one of ' + keywords);
    else {
      for (const [header, target] of Object.entries(data.columns)) {
        if (typeof target !== 'string' || target.trim() === '') {
          err(['columns', header], 'map-shape', `column ${JSON.stringify(header)} must name a question id or one of ${keywords}`);
        } else if (!isMapKeyword(target) && !ids.has(target)) {
          err(['columns', header], 'unknown-question', `"${q.id}" has no question ${JSON.stringify(target)}; use a question id (see \`icare show ${q.id}\`) or one of ${keywords}`);
        } else columns.set(header, target);
      }
    }
  }
  if (data.values !== undefined) {
    if (!isRecord(data.values)) err(['values'], 'map-shape', '"values" must map cell text to the answer it stands for (a number, yes, no, n/a or an option label)');
    else {
      for (const [cell, value] of Object.entries(data.values)) {
        if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') values.set(cell, value);
        else err(['values', cell], 'map-shape', `the value for ${JSON.stringify(cell)} must be a number, yes, no, n/a or an option label`);
      }
    }
  }
  if (data.dates !== undefined) {
    if (typeof data.dates === 'string' && (DATE_ORDERS as readonly string[]).includes(data.dates)) dates = data.dates as DateOrder;
    else err(['dates'], 'map-shape', `"dates" must be ${DATE_ORDERS.join(' or ')}`);
  }
  if (found.length > 0) return { ok: false, findings: locateFindings(text, file, found).sort(compareFindings) };
  return { ok: true, map: { columns, values, dates } };
}
