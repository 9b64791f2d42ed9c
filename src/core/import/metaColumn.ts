// Respondent and bookkeeping columns of the common tools: which field each feeds, or none.
import type { ImportField, NamePart } from './columnPlan.js';
import { headerKey } from './looseKey.js';

export interface MetaColumn {
  readonly field?: ImportField;
  readonly part?: NamePart;
  /** Lower is preferred when several columns feed the same field. */
  readonly rank: number;
}

// Keyed by headerKey. Google Forms: Timestamp, Email Address. Microsoft Forms: ID, Start time,
// Completion time, Email, Name, Last modified time (plus quiz columns). SurveyMonkey: Respondent
// ID, Collector ID, Start Date, End Date, IP Address, Email Address, First Name, Last Name, Custom
// Data 1. Typeform: #, Start Date (UTC), Submit Date (UTC), Network ID.
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
  // E-mail addresses are never written; they only feed a pseudonymous id (--key-file).
  ['email', { field: 'email', rank: 1 }],
  ['email address', { field: 'email', rank: 1 }],
  ['e-mail', { field: 'email', rank: 1 }],
  // Recognised and deliberately not imported: ids, edit times, quiz scores.
  ['id', { rank: 0 }],
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

/** The known metadata column a header names, if it names one. */
export function metaColumn(header: string): MetaColumn | undefined {
  return META.get(headerKey(header));
}
