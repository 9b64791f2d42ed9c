// The depth bound: hand-worked cases, then the quick scan against a plain one that tests every
// character (the scan it replaced), on random text made of the characters that matter.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, tooDeepAt } from '../../../src/core/yaml/nestingDepth.js';
import { ROOT } from '../../helpers/cli.js';

/** Every character, one at a time: slow but plainly right; the quick scan must agree with it exactly. */
function plainTooDeepAt(text: string, max = MAX_DEPTH): number {
  const code = (i: number): number => text.charCodeAt(i);
  const [SPACE, HASH, CR, DASH, DQ, BS] = [32, 35, 13, 45, 34, 92];
  const indents: number[] = [];
  let flow = 0;
  let quote = 0;
  let blockScalar = -1;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let end = text.indexOf('\n', lineStart);
    if (end < 0) end = text.length;
    let i = lineStart;
    while (i < end && code(i) === SPACE) i++;
    const indent = i - lineStart;
    const blank = i >= end || code(i) === HASH || code(i) === CR;
    if (blockScalar >= 0 && (blank || indent > blockScalar)) {
      lineStart = end + 1;
      continue;
    }
    blockScalar = -1;
    if (!blank && flow === 0 && quote === 0) {
      while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
      if (indents.length > max) return i;
      while (code(i) === DASH && (code(i + 1) === SPACE || i + 1 === end)) {
        indents.push(indent + 1);
        if (indents.length > max) return i;
        i += 2;
        while (i < end && code(i) === SPACE) i++;
      }
    }
    let valueStart = true;
    for (; i < end; i++) {
      const c = text[i]!;
      if (quote !== 0) {
        if (code(i) === quote && !(quote === DQ && code(i - 1) === BS)) quote = 0;
        continue;
      }
      if (c === '#' && (i === lineStart || text[i - 1] === ' ' || text[i - 1] === '\t')) break;
      if ((c === '"' || c === "'") && (valueStart || flow > 0)) {
        quote = code(i);
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
      valueStart = c === ' ' ? valueStart || text[i - 1] === ':' : c === ',' && flow > 0;
    }
    lineStart = end + 1;
  }
  return -1;
}

describe('tooDeepAt', () => {
  it('measures block, item and flow nesting, and says where the bound is passed', () => {
    expect(tooDeepAt('a:\n  b:\n    c: 1\n', 3)).toBe(-1);
    // The fourth level starts at "d", offset 21.
    expect(tooDeepAt('a:\n  b:\n    c:\n      d: 1\n', 3)).toBe(21);
    // "- - - x": the line is a level and each marker opens one more; the third marker (offset 4)
    // opens the fourth.
    expect(tooDeepAt('- - - x', 3)).toBe(4);
    expect(tooDeepAt('- - x', 3)).toBe(-1);
    // "k: [[[": the key's level, then three brackets; the third passes a bound of 3 at offset 5.
    expect(tooDeepAt('k: [[[1]]]', 3)).toBe(5);
  });

  it('does not count brackets in quotes, comments, block scalars or the middle of plain text', () => {
    expect(tooDeepAt('k: "[[[[["\nj: \'{{{{{\'', 2)).toBe(-1);
    expect(tooDeepAt('k: 1 # [[[[[', 2)).toBe(-1);
    expect(tooDeepAt('k: |\n  [[[[[\n  {{{{{\nj: 2', 2)).toBe(-1);
    expect(tooDeepAt('k: a[[[[[b', 2)).toBe(-1);
    // A quote open across lines hides the next line's brackets until it closes; then "j" is one
    // level and its second bracket (offset 21) the third.
    expect(tooDeepAt('k: "a\n  [[[[[ b"\nj: [[[', 2)).toBe(21);
  });

  it('passes every bundled questionnaire and example well inside the bound', () => {
    for (const folder of ['questionnaires', 'examples']) {
      for (const name of readdirSync(join(ROOT, folder), { recursive: true }) as string[]) {
        if (!name.endsWith('.yaml')) continue;
        const text = readFileSync(join(ROOT, folder, name), 'utf8');
        expect(tooDeepAt(text, 12), name).toBe(-1);
        expect(tooDeepAt(text, 12)).toBe(plainTooDeepAt(text, 12));
      }
    }
  });

  it('agrees with the character-by-character scan on any text', () => {
    const piece = fc.constantFrom(' ', '  ', '- ', '-', '#', '"', "'", '\\', '\\"', '[', ']', '{', '}', '|', '>', ':', ': ', ',', ', ', '\t', '\n', '\r\n', 'a', 'key: ', 'x');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 200 }), fc.integer({ min: 1, max: 8 }), (parts, max) => {
        const text = parts.join('');
        expect(tooDeepAt(text, max)).toBe(plainTooDeepAt(text, max));
      }),
      { numRuns: 3000 },
    );
  });
});
