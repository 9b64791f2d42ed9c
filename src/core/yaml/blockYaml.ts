// A fast reader for the block-style YAML that questionnaires and answers files are written in:
// mappings and sequences by indentation, plain, quoted and block scalars. js-yaml reads character
// by character; this reads line by line with native searches, about twice as fast on these files,
// which is what `validate` and company-wide reports spend most of their time on. Anything outside
// that subset (anchors, tags, flow collections, numeric escapes, tabs, document markers, odd
// indentation, duplicate keys) makes it give up, and js-yaml reads the file instead: the result is
// always what js-yaml gives, and differential property tests hold it to that.
import { plainValue } from './fastCoreSchema.js';
import { commentIn, GIVE_UP, giveUp, isBreakOrSpace, lineEnd, newReader, type Reader, skipSpaces, type Spots, startsOtherwise, trimEnd } from './blockReader.js';
import { COLON, DASH, DQUOTE, HASH, SPACE, SQUOTE } from './charCodes.js';
import { OUTSIDE_BLOCK } from './blockCharacters.js';
import { inlineValue } from './blockScalars.js';

/** What `blockYaml` returns for a text it leaves to js-yaml. */
export const NOT_BLOCK: unique symbol = Symbol('not block YAML');

/** Nesting past this is left to js-yaml (and so to the depth bound before it). */
const MAX_NESTING = 32;

/**
 * The value js-yaml (with the core schema) would give, or NOT_BLOCK when the text is left to it.
 * `screened`: the text is known to hold none of OUTSIDE_BLOCK (its bytes were searched).
 */
export function blockYaml(text: string, screened = false): unknown {
  return read(text, undefined, screened).value;
}

/** A path into the data: to a value, or to the key of its last segment. */
export interface BlockQuery {
  readonly path: readonly (string | number)[];
  readonly atKey?: boolean;
}

/**
 * Where each query's node starts (0-based offsets), pointing as the positioned document does, or
 * undefined when the text is left to the other ways of locating (and for empty sequence items,
 * which they place).
 */
export function blockOffsets(text: string, queries: readonly BlockQuery[]): number[] | undefined {
  const spots: Spots = new Map();
  const { value, rootStart } = read(text, spots, false);
  if (value === NOT_BLOCK) return undefined;
  return queries.map((q) => offsetOf(value, rootStart, spots, q));
}

function offsetOf(data: unknown, rootStart: number, spots: Spots, q: BlockQuery): number {
  let node = data;
  let best = rootStart;
  for (let i = 0; i < q.path.length; i++) {
    const seg = q.path[i]!;
    const at = node !== null && typeof node === 'object' ? spots.get(node) : undefined;
    if (at instanceof Map) {
      const pair = at.get(String(seg));
      if (pair === undefined) return best;
      if (i === q.path.length - 1 && q.atKey) return pair[0];
      best = pair[1];
      node = (node as Record<string, unknown>)[String(seg)];
    } else if (Array.isArray(at) && typeof seg === 'number') {
      if (seg >= at.length) return best;
      best = at[seg]!;
      node = (node as unknown[])[seg];
    } else return best;
  }
  return best;
}

function read(text: string, spots: Spots | undefined, screened: boolean): { value: unknown; rootStart: number } {
  if (!screened && OUTSIDE_BLOCK.test(text)) return { value: NOT_BLOCK, rootStart: 0 };
  const r = newReader(text, spots);
  try {
    if (nextContent(r) !== 0) return { value: NOT_BLOCK, rootStart: 0 };
    const rootStart = r.start;
    const value = block(r, 0, 1);
    return { value: nextContent(r) < 0 ? value : NOT_BLOCK, rootStart };
  } catch (e) {
    if (e === GIVE_UP) return { value: NOT_BLOCK, rootStart: 0 };
    throw e;
  }
}

/** Moves past blank and comment lines to the next content line: its indentation, or −1 at the end. */
function nextContent(r: Reader): number {
  const t = r.text;
  for (; r.start <= t.length; r.start = r.end + 1) {
    let at = r.seenAt;
    if (r.seen !== r.start) {
      r.end = lineEnd(t, r.start);
      at = skipSpaces(t, r.start);
    }
    if (at === r.end || t.charCodeAt(at) === HASH) continue;
    // Document markers and directives.
    if (at === r.start && (t.startsWith('---', at) || t.startsWith('...', at) || t.charCodeAt(at) === 37)) giveUp();
    return at - r.start;
  }
  return -1;
}

function isItem(t: string, at: number, end: number): boolean {
  return t.charCodeAt(at) === DASH && (at + 1 === end || t.charCodeAt(at + 1) === SPACE);
}

function block(r: Reader, indent: number, depth: number): unknown {
  const at = r.start + indent;
  return isItem(r.text, at, r.end) ? sequence(r, indent, depth) : mapping(r, indent, at, depth);
}

/** The value under "key:" or "-" with nothing after it on the line. */
function nested(r: Reader, indent: number, depth: number, sequenceAtSameIndent: boolean): unknown {
  r.start = r.end + 1;
  const next = nextContent(r);
  const at = r.start + next;
  let value: unknown;
  if (next > indent) value = block(r, next, depth + 1);
  else if (next === indent && sequenceAtSameIndent && isItem(r.text, at, r.end)) value = sequence(r, next, depth + 1);
  else return null;
  r.nodeStart = at;
  return value;
}

function sequence(r: Reader, indent: number, depth: number): unknown[] {
  if (depth > MAX_NESTING) giveUp();
  const t = r.text;
  const items: unknown[] = [];
  const starts: number[] | undefined = r.spots && [];
  if (starts) r.spots!.set(items, starts);
  for (;;) {
    const at = skipSpaces(t, r.start + indent + 1);
    let item: unknown;
    let start = at;
    if (at === r.end || t.charCodeAt(at) === HASH) {
      item = nested(r, indent, depth, false);
      // An empty item is placed by the other ways of locating.
      if (r.spots && item === null) giveUp();
      start = r.nodeStart;
    } else if (isItem(t, at, r.end)) giveUp();
    else if (keyEnd(r, at) >= 0) item = mapping(r, at - r.start, at, depth + 1);
    else item = inlineValue(r, at, indent);
    items.push(item);
    starts?.push(start);
    const next = nextContent(r);
    if (next > indent) giveUp();
    if (next < indent || !isItem(t, r.start + indent, r.end)) return items;
  }
}

function mapping(r: Reader, indent: number, firstKey: number, depth: number): Record<string, unknown> {
  if (depth > MAX_NESTING) giveUp();
  const t = r.text;
  const result: Record<string, unknown> = {};
  const pairs = r.spots && new Map<string, readonly [number, number]>();
  if (pairs) r.spots!.set(result, pairs);
  let at = firstKey;
  for (;;) {
    const colon = keyEnd(r, at);
    if (colon < 0) giveUp();
    const key = keyText(r, at, colon);
    if (key === '__proto__' || key === '<<' || Object.hasOwn(result, key)) giveUp();
    let start = skipSpaces(t, colon + 1);
    let value: unknown;
    if (start === r.end || t.charCodeAt(start) === HASH) {
      value = nested(r, indent, depth, true);
      // An empty value is placed just after its colon and blanks, as the positioned document does.
      if (value !== null) start = r.nodeStart;
    } else value = inlineValue(r, start, indent);
    result[key] = value;
    pairs?.set(key, [at, start]);
    const next = nextContent(r);
    if (next > indent) giveUp();
    if (next < indent) return result;
    at = r.start + indent;
  }
}

/** Where the ": " ending a key that starts at `at` on the current line is, or −1 when no key starts there. */
function keyEnd(r: Reader, at: number): number {
  const t = r.text;
  const first = t.charCodeAt(at);
  if (first === DQUOTE || first === SQUOTE) {
    const close = (first === DQUOTE ? r.doubleQuotes : r.singleQuotes).next(at + 1);
    return close > 0 && close < r.end && t.charCodeAt(close + 1) === COLON && isBreakOrSpace(t, close + 2) ? close + 1 : -1;
  }
  // Keys are short: looking along the line is cheaper than a search that may run past it.
  for (let k = at; k < r.end; k++) {
    if (t.charCodeAt(k) === COLON && isBreakOrSpace(t, k + 1)) return k;
  }
  return -1;
}

function keyText(r: Reader, at: number, colon: number): string {
  const t = r.text;
  const first = t.charCodeAt(at);
  if (first === DQUOTE || first === SQUOTE) {
    const text = t.slice(at + 1, colon - 1);
    if (first === DQUOTE && text.includes('\\')) giveUp();
    return text;
  }
  const end = trimEnd(t, at, colon);
  if (end === at || startsOtherwise(t, at) || commentIn(r, at, end) >= 0) giveUp();
  const text = t.slice(at, end);
  // js-yaml resolves a plain key as a value, then uses it as a string: 1.0 becomes "1". No type
  // claims a word starting with a lower-case letter other than n, t or f (null, true, false).
  return first >= 97 && first <= 122 && first !== 110 && first !== 116 && first !== 102 ? text : String(plainValue(text));
}

