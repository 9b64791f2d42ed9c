// How deeply a YAML text nests, found by one linear scan before any (recursive) parser sees it:
// block indentation levels, "- " items that open a collection on the same line, and flow
// brackets. Deep nesting overflows every parser's stack; a file nested past the bound is refused
// with a finding where the bound is passed.

/** Nesting deeper than this is refused; questionnaires and answers files nest about six deep. */
export const MAX_DEPTH = 64;

const SPACE = 32;
const HASH = 35;
const CR = 13;
const DASH = 45;
const DQUOTE = 34;
const SQUOTE = 39;
const BACKSLASH = 92;
const OPEN_SQUARE = 91;
const OPEN_CURLY = 123;
const CLOSE_SQUARE = 93;
const CLOSE_CURLY = 125;
const PIPE = 124;
const GT = 62;
const COLON = 58;
const COMMA = 44;
const TAB = 9;

/** Offset (0-based) where nesting first passes `max`, or −1. Char codes throughout: it reads every file. */
export function tooDeepAt(text: string, max = MAX_DEPTH): number {
  const indents: number[] = [];
  let flow = 0;
  let quote = 0;
  let blockScalar = -1; // indentation of the line that opened a literal or folded scalar
  let lineStart = 0;
  while (lineStart <= text.length) {
    let end = text.indexOf('\n', lineStart);
    if (end < 0) end = text.length;
    let i = lineStart;
    while (i < end && text.charCodeAt(i) === SPACE) i++;
    const indent = i - lineStart;
    const first = text.charCodeAt(i);
    const blank = i >= end || first === HASH || first === CR;
    if (blockScalar >= 0 && (blank || indent > blockScalar)) {
      lineStart = end + 1;
      continue;
    }
    blockScalar = -1;
    if (!blank && flow === 0 && quote === 0) {
      while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
      // "- - x" and "- key: value" open one more level per item marker.
      while (text.charCodeAt(i) === DASH && (text.charCodeAt(i + 1) === SPACE || i + 1 === end)) {
        indents.push(indent + 1);
        i += 2;
        while (i < end && text.charCodeAt(i) === SPACE) i++;
      }
      if (indents.length > max) return i;
    }
    let valueStart = true;
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (quote !== 0) {
        if (c === quote && !(quote === DQUOTE && text.charCodeAt(i - 1) === BACKSLASH)) quote = 0;
        continue;
      }
      if (c === HASH && (i === lineStart || text.charCodeAt(i - 1) === SPACE || text.charCodeAt(i - 1) === TAB)) break;
      if ((c === DQUOTE || c === SQUOTE) && (valueStart || flow > 0)) {
        quote = c;
        continue;
      }
      if ((c === OPEN_SQUARE || c === OPEN_CURLY) && (valueStart || flow > 0)) {
        flow++;
        if (indents.length + flow > max) return i;
        valueStart = true;
        continue;
      }
      if ((c === CLOSE_SQUARE || c === CLOSE_CURLY) && flow > 0) flow--;
      if ((c === PIPE || c === GT) && valueStart && flow === 0) blockScalar = indent;
      // A value starts after "key: ", "? ", "- " or, in flow, after a comma or an opening bracket.
      valueStart = c === SPACE ? valueStart || text.charCodeAt(i - 1) === COLON : c === COMMA && flow > 0;
    }
    lineStart = end + 1;
  }
  return -1;
}
