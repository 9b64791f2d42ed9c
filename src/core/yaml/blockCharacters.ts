// The characters the block reader leaves to js-yaml, looked for in a text or, before decoding, in
// its UTF-8 bytes. Looking in the bytes takes native byte searches (the shell passes a Buffer),
// about half what the regular expression costs over a decoded text: it was a twentieth of
// `validate`. A test holds the two to the same answer for every code point.

// Tabs, carriage returns, controls, lone surrogates, a BOM and the non-characters: js-yaml refuses
// some and treats others specially, so such a text is left to it. So are the bidi marks, so that a
// text read by the block reader holds none of the characters the control-characters check looks
// for (a test holds the two lists together), and that check can be skipped. (With the u flag, a
// surrogate pair is one character past U+FFFF, which the block reader reads like any other.)
export const OUTSIDE_BLOCK = /[\x00-\x09\x0B-\x1F\x7F-\x9F\u200E\u200F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/u;

/** What the byte search needs: Node's Buffer searches natively (a plain Uint8Array works, slowly). */
export interface Bytes {
  readonly length: number;
  readonly [index: number]: number;
  indexOf(value: number, byteOffset?: number): number;
}

// Bytes that alone say a character of OUTSIDE_BLOCK: the C0 controls but the line feed, and DEL.
// (Valid UTF-8 holds no lone surrogate.)
const SINGLE = [...Array.from({ length: 32 }, (_, b) => b).filter((b) => b !== 0x0a), 0x7f];

/**
 * Whether valid UTF-8 `bytes`, once decoded, hold a character of OUTSIDE_BLOCK. A leading BOM is
 * not counted: the reader strips it before decoding.
 */
export function bytesOutsideBlock(bytes: Bytes): boolean {
  for (const b of SINGLE) if (bytes.indexOf(b) >= 0) return true;
  // U+0080–U+009F: C2 80–C2 9F.
  for (let i = bytes.indexOf(0xc2); i >= 0; i = bytes.indexOf(0xc2, i + 1)) {
    if (bytes[i + 1]! <= 0x9f) return true;
  }
  // U+200E, U+200F, U+202A–U+202E: E2 80 8E, 8F, AA–AE; U+2066–U+2069: E2 81 A6–A9.
  for (let i = bytes.indexOf(0xe2); i >= 0; i = bytes.indexOf(0xe2, i + 1)) {
    const x = bytes[i + 1]!;
    const y = bytes[i + 2]!;
    if (x === 0x80 && (y === 0x8e || y === 0x8f || (y >= 0xaa && y <= 0xae))) return true;
    if (x === 0x81 && y >= 0xa6 && y <= 0xa9) return true;
  }
  // U+FEFF (EF BB BF) after the start, U+FFFE and U+FFFF (EF BF BE, EF BF BF).
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (let i = bytes.indexOf(0xef, bom); i >= 0; i = bytes.indexOf(0xef, i + 1)) {
    const x = bytes[i + 1]!;
    const y = bytes[i + 2]!;
    if ((x === 0xbb && y === 0xbf) || (x === 0xbf && (y === 0xbe || y === 0xbf))) return true;
  }
  return false;
}
