// The quick tests that choose how a file is parsed and whether it is walked for controls: each
// must never say "no" where the thing may be there.
import fc from 'fast-check';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { controlCharacters, mayHoldControls } from '../../../src/core/checks/controlCharacters.js';
import { mayHoldNodeProperty } from '../../../src/core/yaml/nodeProperties.js';

/** The patterns the quick test replaced: "&" or "*" (or "!") where a node can start, followed by a name. */
const ANCHOR_OR_ALIAS = /(?:^|[\s,[{:-])[&*][^\s,[\]{}]/m;
const PROPERTY = /(?:^|[\s,[{:-])[!&*][^\s,[\]{}]/m;
const mayHoldAnchorOrAlias = (text: string): boolean => mayHoldNodeProperty(text, '&*');

describe('mayHoldNodeProperty', () => {
  it('finds anchors and aliases, not "&" and "*" in prose', () => {
    expect(mayHoldAnchorOrAlias('a: &x 1\nb: *x')).toBe(true);
    expect(mayHoldAnchorOrAlias('- *x')).toBe(true);
    expect(mayHoldAnchorOrAlias('[*x]')).toBe(true);
    expect(mayHoldAnchorOrAlias('&x\n')).toBe(true);
    expect(mayHoldAnchorOrAlias('text: Q&A and R&D, 5*3 and * bullets')).toBe(false);
    expect(mayHoldAnchorOrAlias('a: *')).toBe(false);
    expect(mayHoldNodeProperty('a: !!str 1', '!&*')).toBe(true);
    expect(mayHoldNodeProperty('a: !!str 1', '&*')).toBe(false);
    expect(mayHoldNodeProperty('text: Hello! Wow !', '!&*')).toBe(false);
  });

  it('agrees with the pattern it replaced on any text', () => {
    const piece = fc.constantFrom('&', '*', '!', 'a', ' ', '\n', '\r', '\t', ',', '[', ']', '{', '}', ':', '-', '\u00a0', '\u2028', 'x');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(mayHoldAnchorOrAlias(text)).toBe(ANCHOR_OR_ALIAS.test(text));
        expect(mayHoldNodeProperty(text, '!&*')).toBe(PROPERTY.test(text));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('mayHoldControls', () => {
  it('skips backslashes that cannot make a control: folded lines, \\t, \\n, \\" and Windows paths', () => {
    expect(mayHoldControls('a: "one \\\n  two\\tthree\\n \\"q\\""\nb: C:\\Temp\\dir')).toBe(false);
    expect(mayHoldControls('a: "\\e[2J"')).toBe(true);
    expect(mayHoldControls('a: "\\u202e"')).toBe(true);
    expect(mayHoldControls('a: "\\N"')).toBe(true);
    expect(mayHoldControls('a: "raw \u001b"')).toBe(true);
  });

  it('never says no for a double-quoted escape that loads as a control', () => {
    const escape = fc.oneof(
      fc.constantFrom('\\0', '\\a', '\\b', '\\t', '\\n', '\\v', '\\f', '\\r', '\\e', '\\ ', '\\"', '\\/', '\\\\', '\\N', '\\_', '\\L', '\\P'),
      fc.integer({ min: 0, max: 0x2070 }).map((c) => `\\x${(c & 0xff).toString(16).padStart(2, '0')}`),
      fc.integer({ min: 0, max: 0x2070 }).map((c) => `\\u${c.toString(16).padStart(4, '0')}`),
      fc.integer({ min: 0, max: 0x2070 }).map((c) => `\\U${c.toString(16).padStart(8, '0')}`),
      fc.constantFrom('a', ' ', 'x'),
    );
    fc.assert(
      fc.property(fc.array(escape, { maxLength: 6 }), (parts) => {
        const text = `a: "${parts.join('')}"\n`;
        let data: unknown;
        try {
          data = jsYaml.load(text);
        } catch {
          return;
        }
        if (controlCharacters(data).length > 0) expect(mayHoldControls(text)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
