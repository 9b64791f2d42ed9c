import { describe, expect, it } from 'vitest';
import { bytesOutsideBlock, OUTSIDE_BLOCK } from '../../../src/core/yaml/blockCharacters.js';

const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');

describe('bytesOutsideBlock', () => {
  it('gives the regular expression’s answer for every code point, alone and among others', () => {
    let outside = 0;
    for (let c = 0; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue; // not encodable in valid UTF-8
      const ch = String.fromCodePoint(c);
      const expected = OUTSIDE_BLOCK.test(ch);
      if (expected) outside++;
      if (bytesOutsideBlock(utf8(`a${ch}`)) !== expected || bytesOutsideBlock(utf8(`é…${ch}\n`)) !== expected) {
        expect.fail(`U+${c.toString(16)}: the byte search says ${!expected}, the expression ${expected}`);
      }
    }
    // 31 controls, 33 C1, 2 + 5 + 4 bidi marks, the BOM and two non-characters; nothing past U+FFFF.
    expect(outside).toBe(78);
  });

  it('finds lone surrogates in a text (only a text not decoded from UTF-8 can hold them), not pairs', () => {
    expect(OUTSIDE_BLOCK.test('a: 👍\n')).toBe(false);
    expect(OUTSIDE_BLOCK.test('a: \ud83d\n')).toBe(true);
    expect(OUTSIDE_BLOCK.test('a: \udc4d\ud83d\n')).toBe(true);
  });

  it('does not count a leading BOM (the reader strips it), but does count one further on', () => {
    expect(bytesOutsideBlock(utf8('\ufeffa: 1\n'))).toBe(false);
    expect(bytesOutsideBlock(utf8('\ufeffa: \ufeff1\n'))).toBe(true);
    expect(bytesOutsideBlock(utf8('a: 1\ufeff\n'))).toBe(true);
  });

  it('works on a plain Uint8Array too', () => {
    expect(bytesOutsideBlock(new Uint8Array(utf8('a:\tb\n')))).toBe(true);
    expect(bytesOutsideBlock(new Uint8Array(utf8('a: “b” — c\n')))).toBe(false);
  });
});
