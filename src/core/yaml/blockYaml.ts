// A fast reader for the block-style YAML that questionnaires and answers files are written in:
// mappings and sequences by indentation, plain, quoted and block scalars. js-yaml reads byte by
// byte; this reads line by line with native searches, several times faster on these files, which
// is what `validate` and company-wide reports spend most of their time on. Anything outside that
// subset (anchors, tags, flow collections, escapes, tabs, documents markers, odd indentation,
// duplicate keys) makes it give up, and js-yaml reads the file instead: the result is always what
// js-yaml gives, and a differential property test holds it to that.
import { plainValue } from './fastCoreSchema.js';

/** What `blockYaml` returns for a text it leaves to js-yaml. */
export const NOT_BLOCK: unique symbol = Symbol('not block YAML');

// Tabs, carriage returns, controls, surrogates, a BOM and the non-characters: js-yaml refuses
// some and treats others specially, so such a text is left to it.
const OUTSIDE = /[\x00-\x09\x0B-\x1F\x7F-\x9F\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/;

/** Nesting past this is left to js-yaml (and so to the depth bound before it). */
const MAX_NESTING = 32;

const SPACE = 32;
const HASH = 35;
const DASH = 45;
const COLON = 58;
const QUESTION = 63;
const NEWLINE = 10;
const DQUOTE = 34;
const SQUOTE = 39;
const PIPE = 124;
const GT = 62;
const OPEN_SQUARE = 91;
const OPEN_CURLY = 123;

// Characters that give a node a meaning other than a plain scalar when they start it.
const INDICATOR = new Uint8Array(128);
for (const ch of ',[]{}#&*!|>\'"%@`') INDICATOR[ch.charCodeAt(0)] = 1;

const GIVE_UP = new Error('not block YAML');

function giveUp(): never {
  throw GIVE_UP;
}

/**
 * The next occurrence of a string at or after a position, remembered: a plain search for " #" or
 * ": " from every line would scan on to the end of a text that has none, making the read quadratic.
 */
class Finder {
  private from = 0;
  private found = -2;
  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}

  next(at: number): number {
    if (at < this.from || this.found === -2 || (this.found >= 0 && this.found < at)) {
      this.from = at;
      this.found = this.text.indexOf(this.needle, at);
    }
    return this.found;
  }

  /** Whether it occurs in [from, to). */
  within(from: number, to: number): boolean {
    const at = this.next(from);
    return at >= 0 && at < to;
  }
}

/** The text, the current line [start, end) and the searches that run ahead of it. */
interface Reader {
  readonly text: string;
  start: number;
  end: number;
  readonly comments: Finder;
  readonly colonSpaces: Finder;
  readonly backslashes: Finder;
}

/** The value js-yaml (with the core schema) would give, or NOT_BLOCK when the text is left to it. */
export function blockYaml(text: string): unknown {
  if (OUTSIDE.test(text)) return NOT_BLOCK;
  const r: Reader = { text, start: 0, end: 0, comments: new Finder(text, ' #'), colonSpaces: new Finder(text, ': '), backslashes: new Finder(text, '\\') };
  try {
    if (nextContent(r) !== 0) return NOT_BLOCK;
    const value = block(r, 0, 1);
    return nextContent(r) < 0 ? value : NOT_BLOCK;
  } catch (e) {
    if (e === GIVE_UP) return NOT_BLOCK;
    throw e;
  }
}

function lineEnd(text: string, start: number): number {
  const end = text.indexOf('\n', start);
  return end < 0 ? text.length : end;
}

function skipSpaces(text: string, at: number): number {
  while (text.charCodeAt(at) === SPACE) at++;
  return at;
}

/** Moves past blank and comment lines to the next content line: its indentation, or −1 at the end. */
function nextContent(r: Reader): number {
  const t = r.text;
  for (; r.start <= t.length; r.start = r.end + 1) {
    r.end = lineEnd(t, r.start);
    const at = skipSpaces(t, r.start);
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
  if (next > indent) return block(r, next, depth + 1);
  if (next === indent && sequenceAtSameIndent && isItem(r.text, r.start + next, r.end)) return sequence(r, next, depth + 1);
  return null;
}

function sequence(r: Reader, indent: number, depth: number): unknown[] {
  if (depth > MAX_NESTING) giveUp();
  const t = r.text;
  const items: unknown[] = [];
  for (;;) {
    const at = skipSpaces(t, r.start + indent + 1);
    if (at === r.end || t.charCodeAt(at) === HASH) items.push(nested(r, indent, depth, false));
    else if (isItem(t, at, r.end)) giveUp();
    else if (keyEnd(r, at) >= 0) items.push(mapping(r, at - r.start, at, depth + 1));
    else items.push(inlineValue(r, at, indent));
    const next = nextContent(r);
    if (next > indent) giveUp();
    if (next < indent || !isItem(t, r.start + indent, r.end)) return items;
  }
}

function mapping(r: Reader, indent: number, firstKey: number, depth: number): Record<string, unknown> {
  if (depth > MAX_NESTING) giveUp();
  const t = r.text;
  const result: Record<string, unknown> = {};
  let at = firstKey;
  for (;;) {
    const colon = keyEnd(r, at);
    if (colon < 0) giveUp();
    const key = keyText(t, at, colon);
    if (key === '__proto__' || key === '<<' || Object.hasOwn(result, key)) giveUp();
    const value = skipSpaces(t, colon + 1);
    result[key] = value === r.end || t.charCodeAt(value) === HASH ? nested(r, indent, depth, true) : inlineValue(r, value, indent);
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
    const close = t.indexOf(t[at]!, at + 1);
    return close > 0 && close < r.end && t.charCodeAt(close + 1) === COLON && isBreakOrSpace(t, close + 2) ? close + 1 : -1;
  }
  // Keys are short: looking along the line is cheaper than a search that may run past it.
  for (let k = at; k < r.end; k++) {
    if (t.charCodeAt(k) === COLON && isBreakOrSpace(t, k + 1)) return k;
  }
  return -1;
}

function isBreakOrSpace(t: string, at: number): boolean {
  const c = t.charCodeAt(at);
  return c === SPACE || c === NEWLINE || at >= t.length;
}

function keyText(t: string, at: number, colon: number): string {
  const first = t.charCodeAt(at);
  if (first === DQUOTE || first === SQUOTE) {
    const text = t.slice(at + 1, colon - 1);
    if (first === DQUOTE && text.includes('\\')) giveUp();
    return text;
  }
  const end = trimEnd(t, at, colon);
  if (end === at || startsOtherwise(t, at) || t.slice(at, end).includes(' #')) giveUp();
  // js-yaml resolves a plain key as a value, then uses it as a string: 1.0 becomes "1".
  return String(plainValue(t.slice(at, end)));
}

/** A plain scalar cannot start with an indicator, nor with "-", "?" or ":" and a space. */
function startsOtherwise(t: string, at: number): boolean {
  const c = t.charCodeAt(at);
  return (c < 128 && INDICATOR[c] === 1) || startsEntry(t, at);
}

/** "- ", "? " or ": " where a line could otherwise continue a plain scalar. */
function startsEntry(t: string, at: number): boolean {
  const c = t.charCodeAt(at);
  return (c === DASH || c === QUESTION || c === COLON) && isBreakOrSpace(t, at + 1);
}

/** The end of [from, to) without its trailing spaces. */
function trimEnd(t: string, from: number, to: number): number {
  while (to > from && t.charCodeAt(to - 1) === SPACE) to--;
  return to;
}

/** After a closing quote or block indicator: nothing, or a comment. */
function expectLineEnd(r: Reader, from: number): void {
  const at = skipSpaces(r.text, from);
  if (at < r.end && !(r.text.charCodeAt(at) === HASH && at > from)) giveUp();
}

/** A value starting at `at` on the current line, which may run onto lines indented past `indent`. */
function inlineValue(r: Reader, at: number, indent: number): unknown {
  const t = r.text;
  const first = t.charCodeAt(at);
  if (first === DQUOTE || first === SQUOTE) return quoted(r, at, indent);
  if (first === PIPE || first === GT) return blockScalar(r, at, indent);
  if (first === OPEN_SQUARE || first === OPEN_CURLY) {
    if (t.charCodeAt(at + 1) !== first + 2) giveUp();
    expectLineEnd(r, at + 2);
    r.start = r.end + 1;
    return first === OPEN_SQUARE ? [] : {};
  }
  return plain(r, at, indent);
}

/** Whether [from, to) could be a line of a plain scalar: no ": " inside and no ":" at its end. */
function plainPart(r: Reader, from: number, to: number): boolean {
  return !r.colonSpaces.within(from, to) && r.text.charCodeAt(to - 1) !== COLON;
}

function plain(r: Reader, at: number, indent: number): unknown {
  const t = r.text;
  const comment = r.comments.within(at, r.end);
  const end = trimEnd(t, at, comment ? r.comments.next(at) : r.end);
  if (startsOtherwise(t, at) || !plainPart(r, at, end)) giveUp();
  let text = t.slice(at, end);
  r.start = r.end + 1;
  // A comment ends a plain scalar; a more indented line after it is then an error js-yaml reports.
  if (comment) return plainValue(text);
  let breaks = 0;
  for (; r.start <= t.length; r.start = r.end + 1) {
    r.end = lineEnd(t, r.start);
    const from = skipSpaces(t, r.start);
    if (from === r.end) {
      breaks++;
      continue;
    }
    if (from - r.start <= indent || t.charCodeAt(from) === HASH) break;
    const to = trimEnd(t, from, r.end);
    if (startsEntry(t, from) || !plainPart(r, from, to) || r.comments.within(from, to)) giveUp();
    text += (breaks === 0 ? ' ' : '\n'.repeat(breaks)) + t.slice(from, to);
    breaks = 0;
  }
  return plainValue(text);
}

type Segment = { readonly text: string; readonly close: number };

/** A single- or double-quoted scalar, over as many lines as it takes. */
function quoted(r: Reader, at: number, indent: number): string {
  const t = r.text;
  const segment = t.charCodeAt(at) === DQUOTE ? doubleQuoted : singleQuoted;
  let { text, close } = segment(r, at + 1);
  if (close < 0 && text === '') giveUp();
  while (close < 0) {
    // Blank lines become line breaks; a single line break between two lines becomes a space.
    let breaks = 0;
    let from = 0;
    for (r.start = r.end + 1; ; r.start = r.end + 1, breaks++) {
      if (r.start > t.length) giveUp();
      r.end = lineEnd(t, r.start);
      from = skipSpaces(t, r.start);
      if (from < r.end) break;
    }
    if (from - r.start <= indent) giveUp();
    const part = segment(r, from);
    if (part.text === '') giveUp();
    text += (breaks === 0 ? ' ' : '\n'.repeat(breaks)) + part.text;
    close = part.close;
  }
  expectLineEnd(r, close + 1);
  r.start = r.end + 1;
  return text;
}

/** The current line's part of a single-quoted scalar from `from`: to the closing quote, or the line's end. */
function singleQuoted(r: Reader, from: number): Segment {
  const t = r.text;
  let close = -1;
  for (let q = t.indexOf("'", from); q >= 0 && q < r.end; q = t.indexOf("'", q + 2)) {
    if (t.charCodeAt(q + 1) !== SQUOTE) {
      close = q;
      break;
    }
  }
  const raw = t.slice(from, close < 0 ? trimEnd(t, from, r.end) : close);
  return { text: raw.includes("''") ? raw.replaceAll("''", "'") : raw, close };
}

// The escapes that stand for one character; the numeric ones and escaped line breaks are left to js-yaml.
const ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', n: '\n', t: '\t', r: '\r', '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', v: '\v', ' ': ' ', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029' };

/** The current line's part of a double-quoted scalar from `from`, escapes resolved. */
function doubleQuoted(r: Reader, from: number): Segment {
  const t = r.text;
  let text = '';
  let at = from;
  for (;;) {
    let close = t.indexOf('"', at);
    if (close >= r.end) close = -1;
    const escape = r.backslashes.next(at);
    if (escape < 0 || escape >= r.end || (close >= 0 && close < escape)) {
      if (close >= 0) return { text: text + t.slice(at, close), close };
      const end = trimEnd(t, at, r.end);
      // White space or a line break from an escape, last on a line the scalar runs past: left to js-yaml.
      if (end === at && at > from && !'"\\/'.includes(t[at - 1]!)) giveUp();
      return { text: text + t.slice(at, end), close: -1 };
    }
    const meant = ESCAPES[t[escape + 1] ?? ''];
    if (meant === undefined || escape + 1 >= r.end) giveUp();
    text += t.slice(at, escape) + meant;
    at = escape + 2;
  }
}

/** "|" or ">", with "-" to strip the final line break; other indicators are left to js-yaml. */
function blockScalar(r: Reader, at: number, indent: number): string {
  const t = r.text;
  const folded = t.charCodeAt(at) === GT;
  const strip = t.charCodeAt(at + 1) === DASH;
  expectLineEnd(r, at + (strip ? 2 : 1));
  r.start = r.end + 1;
  if (r.start > t.length) giveUp();
  r.end = lineEnd(t, r.start);
  const contentIndent = skipSpaces(t, r.start) - r.start;
  // Leading blank lines, and content no deeper than the parent, are left to js-yaml.
  if (r.start + contentIndent === r.end || contentIndent <= indent) giveUp();
  const body: string[] = [];
  let trailing = 0;
  for (; r.start <= t.length; r.start = r.end + 1) {
    r.end = lineEnd(t, r.start);
    const n = skipSpaces(t, r.start) - r.start;
    if (r.start + n === r.end) {
      if (n > contentIndent) giveUp();
      trailing++;
      continue;
    }
    if (n < contentIndent) break;
    if (folded && n > contentIndent) giveUp();
    for (; trailing > 0; trailing--) body.push('');
    body.push(t.slice(r.start + contentIndent, r.end));
  }
  // A text ending without a line break after the scalar: left to js-yaml.
  if (trailing === 0 && r.start > t.length) giveUp();
  const text = folded ? fold(body) : body.join('\n');
  return strip ? text : `${text}\n`;
}

/** Folding: lines joined by a space, a run of k blank lines becomes k line breaks. */
function fold(lines: readonly string[]): string {
  let text = lines[0]!;
  let breaks = 0;
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k]!;
    if (line === '') breaks++;
    else {
      text += breaks === 0 ? ` ${line}` : '\n'.repeat(breaks) + line;
      breaks = 0;
    }
  }
  return text;
}
