// The scalars of block YAML: plain ones folded over lines, single- and double-quoted ones, and
// literal and folded block scalars; anything rarer is given up to js-yaml.
import { plainValue } from './fastCoreSchema.js';
import { commentIn, expectLineEnd, giveUp, lineEnd, type Reader, skipSpaces, startsEntry, startsOtherwise, trimEnd } from './blockReader.js';
import { COLON, DASH, DQUOTE, GT, HASH, OPEN_CURLY, OPEN_SQUARE, PIPE, SQUOTE } from './charCodes.js';

/** A value starting at `at` on the current line, which may run onto lines indented past `indent`. */
export function inlineValue(r: Reader, at: number, indent: number): unknown {
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
  const comment = commentIn(r, at, r.end);
  const end = trimEnd(t, at, comment < 0 ? r.end : comment);
  if (startsOtherwise(t, at) || !plainPart(r, at, end)) giveUp();
  let text = t.slice(at, end);
  r.start = r.end + 1;
  // A comment ends a plain scalar; a more indented line after it is then an error js-yaml reports.
  if (comment >= 0) return plainValue(text);
  let breaks = 0;
  let folded = false;
  for (; r.start <= t.length; r.start = r.end + 1) {
    r.end = lineEnd(t, r.start);
    const from = skipSpaces(t, r.start);
    if (from === r.end) {
      breaks++;
      continue;
    }
    if (from - r.start <= indent || t.charCodeAt(from) === HASH) {
      r.seen = r.start;
      r.seenAt = from;
      break;
    }
    const to = trimEnd(t, from, r.end);
    if (startsEntry(t, from) || !plainPart(r, from, to) || commentIn(r, from, to) >= 0) giveUp();
    text += lineFold(breaks) + t.slice(from, to);
    folded = true;
    breaks = 0;
  }
  // A scalar folded over lines holds a space or line break, which no null, boolean or number
  // does: it is a string. Resolving it would also copy the text just joined into one piece.
  return folded ? text : plainValue(text);
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
    text += lineFold(breaks) + part.text;
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
  for (let q = r.singleQuotes.next(from); q >= 0 && q < r.end; q = r.singleQuotes.next(q + 2)) {
    if (t.charCodeAt(q + 1) !== SQUOTE) {
      close = q;
      break;
    }
  }
  const raw = t.slice(from, close < 0 ? trimEnd(t, from, r.end) : close);
  return { text: raw.includes("''") ? raw.replaceAll("''", "'") : raw, close };
}

// The escapes that stand for one printable character or white space; the numeric ones, escaped
// line breaks and those making a control character (\0, \a, \b, \e, \f, \v, \N) are left to js-yaml.
const ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', n: '\n', t: '\t', r: '\r', ' ': ' ', _: '\xa0', L: '\u2028', P: '\u2029' };

/** The current line's part of a double-quoted scalar from `from`, escapes resolved. */
function doubleQuoted(r: Reader, from: number): Segment {
  const t = r.text;
  let text = '';
  let at = from;
  for (;;) {
    let close = r.doubleQuotes.next(at);
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
    if (n < contentIndent) {
      r.seen = r.start;
      r.seenAt = r.start + n;
      break;
    }
    if (folded && n > contentIndent) giveUp();
    for (; trailing > 0; trailing--) body.push('');
    body.push(t.slice(r.start + contentIndent, r.end));
  }
  // A text ending without a line break after the scalar: left to js-yaml.
  if (trailing === 0 && r.start > t.length) giveUp();
  const text = folded ? fold(body) : body.join('\n');
  return strip ? text : `${text}\n`;
}

/** YAML's line folding, for plain, quoted and folded scalars: a line break between two lines becomes a space, a run of k blank lines k line breaks. */
function lineFold(breaks: number): string {
  return breaks === 0 ? ' ' : '\n'.repeat(breaks);
}

/** A folded block scalar's lines joined (see lineFold). */
function fold(lines: readonly string[]): string {
  let text = lines[0]!;
  let breaks = 0;
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k]!;
    if (line === '') breaks++;
    else {
      text += lineFold(breaks) + line;
      breaks = 0;
    }
  }
  return text;
}
