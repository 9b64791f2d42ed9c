// CSV for spreadsheets: RFC 4180 (CRLF, quotes where needed), UTF-8 with a byte-order mark so
// Excel reads it as UTF-8, and no text cell that a spreadsheet would run as a formula.
import { stringify } from 'csv-stringify/sync';
import { fixed } from '../text/format.js';

/** Text from files, a number icare computed (counts whole, the rest to one decimal), or nothing. */
export type CsvCell = string | number | null;

// OWASP's CSV-injection guidance: these leading characters make a cell a formula (or hide one).
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell as a spreadsheet must see it: a leading formula character is neutralised with '. */
function csvSafe(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function cellText(c: CsvCell): string {
  // Numbers are icare's own (never text from a file), so a negative one stays a number.
  if (typeof c === 'number') return Number.isInteger(c) ? String(c) : Number.isFinite(c) ? fixed(c) : '';
  return c === null ? '' : csvSafe(c);
}

export function csvText(head: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return stringify([[...head], ...rows.map((r) => r.map(cellText))], { bom: true, record_delimiter: 'windows' });
}
