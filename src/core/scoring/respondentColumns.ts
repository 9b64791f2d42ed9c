// What is kept of each respondent besides its row of answer codes: a few numbers, in typed
// columns (no object or string per respondent). Strings that repeat (roles, rounds) are kept once
// in a list and referred to by their index.
import { detached } from '../yaml/detached.js';

export const FLAG_IN_PROGRESS = 1;
export const FLAG_STRAIGHT_LINING = 2;
/** Left out after loading (a duplicate of a later file): not counted anywhere. */
export const FLAG_DROPPED = 4;

export interface RespondentColumns {
  count: number;
  /** Index into `roles` (normalised role). */
  role: Int32Array;
  /** Index into `rounds`. */
  round: Int32Array;
  /** Index into `organisations`; −1 when none is given. */
  organisation: Int32Array;
  /** Index into `dates` (YYYY-MM-DD); −1 when undated. */
  date: Int32Array;
  /** Index of the file (or CSV export) among the command's inputs. */
  source: Int32Array;
  /** The CSV line a row starts on; 0 for an answers file. */
  line: Int32Array;
  /** Who the respondent is, hashed (respondent.id, else name and role); NaN when unknown. */
  identity: Float64Array;
  flags: Uint8Array;
  readonly roles: Dictionary;
  readonly rounds: Dictionary;
  readonly organisations: Dictionary;
  readonly dates: Dictionary;
}

/** Strings that repeat, each kept once: the index of a string, and the string of an index. */
export interface Dictionary {
  readonly list: string[];
  readonly index: Map<string, number>;
}

export interface RespondentFacts {
  readonly role: string;
  readonly round: string;
  readonly organisation?: string;
  readonly date?: string;
  readonly source: number;
  readonly line: number;
  readonly identity: number;
  readonly flags: number;
}

const COLUMNS = ['role', 'round', 'organisation', 'date', 'source', 'line', 'identity', 'flags'] as const;

export function newColumns(capacity = 64): RespondentColumns {
  return {
    count: 0,
    role: new Int32Array(capacity),
    round: new Int32Array(capacity),
    organisation: new Int32Array(capacity),
    date: new Int32Array(capacity),
    source: new Int32Array(capacity),
    line: new Int32Array(capacity),
    identity: new Float64Array(capacity),
    flags: new Uint8Array(capacity),
    roles: { list: [], index: new Map() },
    rounds: { list: [], index: new Map() },
    organisations: { list: [], index: new Map() },
    dates: { list: [], index: new Map() },
  };
}

/** Makes room for `need` respondents; beyond a reservation, a quarter more at a time. */
export function reserveColumns(c: RespondentColumns, need: number): void {
  grow(c, need, 0);
}

function grow(c: RespondentColumns, need: number, headroom = 0.25): void {
  if (need <= c.flags.length) return;
  // Growing copies every column: past a reservation, a quarter more each time keeps the copy (and
  // the old and new arrays alive together) small beside the data.
  const size = Math.max(need, Math.ceil(c.flags.length * (1 + headroom)), 64);
  for (const name of COLUMNS) {
    const old = c[name];
    const bigger = new (old.constructor as Float64ArrayConstructor)(size);
    bigger.set(old);
    (c as unknown as Record<string, typeof old>)[name] = bigger;
  }
}

/** The index of `value` in the dictionary, added at the end when new. */
export function indexIn(d: Dictionary, value: string): number {
  let i = d.index.get(value);
  if (i === undefined) {
    // Kept to the end of the run, unlike the file the value was read from: an own copy.
    const own = detached(value);
    i = d.list.push(own) - 1;
    d.index.set(own, i);
  }
  return i;
}

export function addRespondent(c: RespondentColumns, f: RespondentFacts): number {
  grow(c, c.count + 1);
  const i = c.count++;
  c.role[i] = indexIn(c.roles, f.role);
  c.round[i] = indexIn(c.rounds, f.round);
  c.organisation[i] = f.organisation === undefined ? -1 : indexIn(c.organisations, f.organisation);
  c.date[i] = f.date === undefined ? -1 : indexIn(c.dates, f.date);
  c.source[i] = f.source;
  c.line[i] = f.line;
  c.identity[i] = f.identity;
  c.flags[i] = f.flags;
  return i;
}

export function factsAt(c: RespondentColumns, i: number): RespondentFacts {
  const org = c.organisation[i]!;
  const date = c.date[i]!;
  return {
    role: c.roles.list[c.role[i]!]!,
    round: c.rounds.list[c.round[i]!]!,
    ...(org >= 0 && { organisation: c.organisations.list[org]! }),
    ...(date >= 0 && { date: c.dates.list[date]! }),
    source: c.source[i]!, line: c.line[i]!, identity: c.identity[i]!, flags: c.flags[i]! };
}

/** A 53-bit hash (cyrb53) of who someone is: collisions are negligible below billions of people. */
export function identityHash(key: string | undefined): number {
  if (key === undefined) return NaN;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < key.length; i++) {
    const ch = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
