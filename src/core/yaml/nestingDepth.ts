// How deeply a YAML text nests, found by one linear scan before any (recursive) parser sees it:
// block indentation levels, "- " items that open a collection on the same line, and flow
// brackets. Deep nesting overflows every parser's stack; a file nested past the bound is refused
// with a finding where the bound is passed.

/** Nesting deeper than this is refused; questionnaires and answers files nest about six deep. */
export const MAX_DEPTH = 64;

/** Offset (0-based) where nesting first passes `max`, or −1. */
export function tooDeepAt(text: string, max = MAX_DEPTH): number {
  const indents: number[] = [];
  let flow = 0;
  let quote = '';
  let blockScalar = -1; // indentation of the line that opened a literal or folded scalar
  let lineStart = 0;
  while (lineStart <= text.length) {
    let end = text.indexOf('\n', lineStart);
    if (end < 0) end = text.length;
    let i = lineStart;
    while (i < end && text.charCodeAt(i) === 32) i++;
    const indent = i - lineStart;
    const blank = i >= end || text[i] === '#' || text[i] === '\r';
    if (blockScalar >= 0 && (blank || indent > blockScalar)) {
      lineStart = end + 1;
      continue;
    }
    blockScalar = -1;
    if (!blank && flow === 0 && quote === '') {
      while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
      // "- - x" and "- key: value" open one more level per item marker.
      while (text[i] === '-' && (text[i + 1] === ' ' || i + 1 === end)) {
        indents.push(indent + 1);
        i += 2;
        while (i < end && text.charCodeAt(i) === 32) i++;
      }
      if (indents.length > max) return i;
    }
    let valueStart = true;
    for (; i < end; i++) {
      const c = text[i]!;
      if (quote !== '') {
        if (c === quote && !(quote === '"' && text[i - 1] === '\\')) quote = '';
        continue;
      }
      if (c === '#' && (i === lineStart || text[i - 1] === ' ' || text[i - 1] === '\t')) break;
      if ((c === '"' || c === "'") && (valueStart || flow > 0)) {
        quote = c;
        continue;
      }
      if ((c === '[' || c === '{') && (valueStart || flow > 0)) {
        flow++;
        if (indents.length + flow > max) return i;
        valueStart = true;
        continue;
      }
      if ((c === ']' || c === '}') && flow > 0) flow--;
      if ((c === '|' || c === '>') && valueStart && flow === 0) blockScalar = indent;
      // A value starts after "key: ", "? ", "- " or, in flow, after a comma or an opening bracket.
      valueStart = c === ' ' ? valueStart || text[i - 1] === ':' : c === ',' && flow > 0;
    }
    lineStart = end + 1;
  }
  return -1;
}
