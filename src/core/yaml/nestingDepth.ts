// How deeply a YAML text nests, found by one linear scan before any (recursive) parser sees it:
// block indentation levels, "- " items that open a collection on the same line, and flow
// brackets. Deep nesting overflows every parser's stack; a file nested past the bound is refused
// with a finding where the bound is passed.
import { BACKSLASH, CLOSE_CURLY, CLOSE_SQUARE, COLON, COMMA, CR, DASH, DQUOTE, GT, HASH, OPEN_CURLY, OPEN_SQUARE, PIPE, SPACE, SQUOTE, TAB } from './charCodes.js';

/** Nesting deeper than this is refused; questionnaires and answers files nest about six deep. */
export const MAX_DEPTH = 64;

// The characters that can change nesting or quoting outside flow collections and quotes; every
// other character only matters for whether a value starts, which is worked out when one of these
// is reached. Searching for them natively, rather than testing every character, is what makes the
// scan cheap: most lines of a questionnaire or answers file hold none of them.
const SPECIAL_CHARS = `"'#[]{}|>`;
const SPECIAL = new RegExp(`[${SPECIAL_CHARS.replace(/[[\]\\]/g, '\\$&')}]`, 'g');
const IS_SPECIAL = new Uint8Array(128);
for (const ch of SPECIAL_CHARS) IS_SPECIAL[ch.charCodeAt(0)] = 1;

/** Offset (0-based) where nesting first passes `max`, or −1. It reads every file, so it jumps between special characters. */
export function tooDeepAt(text: string, max = MAX_DEPTH): number {
  const indents: number[] = [];
  const state: ScanState = { flow: 0, quote: 0, blockScalar: -1, valueStart: true, special: -1 };
  let lineStart = 0;
  while (lineStart <= text.length) {
    let end = text.indexOf('\n', lineStart);
    if (end < 0) end = text.length;
    let i = lineStart;
    while (i < end && text.charCodeAt(i) === SPACE) i++;
    const indent = i - lineStart;
    const first = text.charCodeAt(i);
    const blank = i >= end || first === HASH || first === CR;
    if (state.blockScalar >= 0 && (blank || indent > state.blockScalar)) {
      lineStart = end + 1;
      continue;
    }
    state.blockScalar = -1;
    if (!blank && state.flow === 0 && state.quote === 0) {
      while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
      if (indents.length > max) return i;
      // "- - x" and "- key: value" open one more level per item marker: the finding points at the
      // marker that passes the bound.
      while (text.charCodeAt(i) === DASH && (text.charCodeAt(i + 1) === SPACE || i + 1 === end)) {
        indents.push(indent + 1);
        if (indents.length > max) return i;
        i += 2;
        while (i < end && text.charCodeAt(i) === SPACE) i++;
      }
    }
    const deep = scanLine(text, lineStart, i, end, indent, state, max - indents.length);
    if (deep >= 0) return deep;
    lineStart = end + 1;
  }
  return -1;
}

interface ScanState {
  flow: number;
  /** The open quote's character code, or 0. */
  quote: number;
  /** Indentation of the line that opened a literal or folded scalar, or −1. */
  blockScalar: number;
  valueStart: boolean;
  /** Where the next special character is (−1: not searched yet; text.length: none). */
  special: number;
}

/** The rest of one line from `i`: quotes, comments, flow brackets and block scalar markers. */
function scanLine(text: string, lineStart: number, i: number, end: number, indent: number, st: ScanState, room: number): number {
  st.valueStart = true;
  while (i < end) {
    if (st.quote !== 0) {
      let close = text.indexOf(st.quote === DQUOTE ? '"' : "'", i);
      while (close > 0 && close < end && st.quote === DQUOTE && text.charCodeAt(close - 1) === BACKSLASH) close = text.indexOf('"', close + 1);
      if (close < 0 || close >= end) return -1;
      st.quote = 0;
      i = close + 1;
      continue;
    }
    if (st.flow > 0) {
      // Inside flow collections commas matter too: one character at a time (rare in these files).
      const c = text.charCodeAt(i);
      if (startsComment(text, c, i, lineStart)) return -1;
      const deep = special(c, i, indent, st, room);
      if (deep >= 0) return deep;
      if (!isSpecial(c)) st.valueStart = c === SPACE ? st.valueStart || text.charCodeAt(i - 1) === COLON : c === COMMA && st.flow > 0;
      i++;
      continue;
    }
    if (st.special < i) {
      SPECIAL.lastIndex = i;
      st.special = SPECIAL.exec(text)?.index ?? text.length;
    }
    const j = st.special;
    if (j >= end) return -1;
    // Whether a value starts at j, from what was skipped: spaces keep or start it (after a colon),
    // anything else ends it.
    if (j > i) {
      let k = j - 1;
      while (k >= i && text.charCodeAt(k) === SPACE) k--;
      st.valueStart = k < i ? st.valueStart || text.charCodeAt(i - 1) === COLON : k < j - 1 && text.charCodeAt(k) === COLON;
    }
    const c = text.charCodeAt(j);
    if (startsComment(text, c, j, lineStart)) return -1;
    const deep = special(c, j, indent, st, room);
    if (deep >= 0) return deep;
    i = j + 1;
  }
  return -1;
}

/** One special character outside quotes (a comment is already handled). */
function special(c: number, i: number, indent: number, st: ScanState, room: number): number {
  if ((c === DQUOTE || c === SQUOTE) && (st.valueStart || st.flow > 0)) {
    st.quote = c;
    return -1;
  }
  if ((c === OPEN_SQUARE || c === OPEN_CURLY) && (st.valueStart || st.flow > 0)) {
    st.flow++;
    st.valueStart = true;
    return st.flow > room ? i : -1;
  }
  if ((c === CLOSE_SQUARE || c === CLOSE_CURLY) && st.flow > 0) st.flow--;
  if ((c === PIPE || c === GT) && st.valueStart && st.flow === 0) st.blockScalar = indent;
  if (isSpecial(c)) st.valueStart = false;
  return -1;
}

function isSpecial(c: number): boolean {
  return c < 128 && IS_SPECIAL[c] === 1;
}

/** "#" at the start of a line or after a blank: the rest of the line is a comment. */
function startsComment(text: string, c: number, i: number, lineStart: number): boolean {
  if (c !== HASH) return false;
  const before = text.charCodeAt(i - 1);
  return i === lineStart || before === SPACE || before === TAB;
}
