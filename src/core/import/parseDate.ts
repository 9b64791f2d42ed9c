// The date of a response, from the timestamp cell a form tool writes.
import { quoted } from './quoted.js';

/** How numeric dates such as 03/04/2026 are read; both tools export month-first in en-US. */
export const DATE_ORDERS = ['month-first', 'day-first'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

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
    return { ok: false, message: `${quoted(s)} is not a date icare reads (YYYY-MM-DD, YYYY/MM/DD or ${order === 'month-first' ? 'MM/DD/YYYY' : 'DD/MM/YYYY'}, with an optional time)` };
  }
  if (time !== undefined && time.trim() !== '' && !TIME.test(time.trim())) {
    return { ok: false, message: `${quoted(s)} has something after the date that is not a time` };
  }
  if (m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) {
    const swapped = numeric && order === 'month-first' && m > 12 && d <= 12;
    return {
      ok: false,
      message: `${quoted(s)} is not a valid date${numeric ? ` when read ${order}` : ''}${swapped ? '; if the export writes the day first, add "dates: day-first" to a --map file' : ''}`,
    };
  }
  const p = (n: number): string => String(n).padStart(2, '0');
  return { ok: true, date: `${y}-${p(m)}-${p(d)}` };
}

/** Calendar arithmetic on a given date (the clock is not read). */
function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
