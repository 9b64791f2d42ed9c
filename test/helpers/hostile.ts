// Hostile input for the property-based tests: text holding terminal escapes and control
// characters, and mutations of real files (truncated, with bytes inserted, spans deleted or
// repeated, deep nesting, huge scalars). Also the checks every such test makes of what comes out.
import fc from 'fast-check';
import { expect } from "vitest";
import type { Finding } from '../../src/core/checks/finding.js';

/** Escape sequences an attacker would put in a file: screen clearing, clipboard writes, titles, links, DCS, C1 and bidi controls. */
export const ESCAPES = [
  '\u001b[2J',
  '\u001b[31m',
  '\u001b]52;c;SGVsbG8=\u0007',
  '\u001b]0;title\u001b\\',
  '\u001b]8;;https://example.com\u0007link\u001b]8;;\u0007',
  '\u001bP1$r0m\u001b\\',
  '\u009b2J',
  '\u009d0;title\u009c',
  '\u0085',
  '\u202e',
  '\u2066',
  '\u2028',
  '\u0000',
  '\u0007',
  '\u0008',
  '\r',
  '\u001b',
  '\u007f',
  '\ufeff',
  '\ud800',
] as const;

/** Any C0 or C1 control character. */
const controlChar = fc.integer({ min: 0, max: 0x9f }).filter((c) => c < 0x20 || c >= 0x7f).map((c) => String.fromCharCode(c));

/** Short text made of escapes, control characters and ordinary or unusual characters. */
export const hostileText = (maxParts = 6): fc.Arbitrary<string> =>
  fc.array(fc.oneof(fc.constantFrom(...ESCAPES), controlChar, fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: maxParts }).map((parts) => parts.join(''));

/** Text a parser finds hard: deep nesting of every kind, a huge scalar, anchors and aliases, unknown tags, stray markers. */
const hardYaml = fc.oneof(
  fc.integer({ min: 1, max: 3000 }).map((n) => '['.repeat(n)),
  fc.integer({ min: 1, max: 3000 }).map((n) => '{a: '.repeat(n)),
  fc.integer({ min: 1, max: 400 }).map((n) => Array.from({ length: n }, (_, i) => `${' '.repeat(i)}k:`).join('\n')),
  fc.integer({ min: 1, max: 400 }).map((n) => '- '.repeat(n) + 'x'),
  fc.integer({ min: 1000, max: 300_000 }).map((n) => 'x'.repeat(n)),
  fc.constantFrom('&a [*a]', '*a', '&a x\n*a', '<<: *a', '!!js/function "f"', '%TAG ! tag:x:\n---', '? [a]\n: b', '---\n...\n---', '"', "'", '|\n', '>-\n  x', '\t', ': :', '- - -', '{', '}', ']', '#', '@', '`', '\\'),
);

/** One way of damaging `text` at a position chosen from `at` (a fraction of its length). */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: fc.oneof(hostileText(3), hardYaml) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 80 }), times: fc.integer({ min: 2, max: 50 }) }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, m: Mutation): string {
  const i = Math.floor(m.at * text.length);
  switch (m.kind) {
    case 'truncate':
      return text.slice(0, i);
    case 'insert':
      return text.slice(0, i) + m.text + text.slice(i);
    case 'delete':
      return text.slice(0, i) + text.slice(i + m.length);
    case 'repeat':
      return text.slice(0, i) + text.slice(i, i + m.length).repeat(m.times) + text.slice(i + m.length);
  }
}

/** `seed` with one to four mutations applied, or (now and then) text from nothing. */
export const mutatedText = (seed: string): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 4 }).map((ms) => ms.reduce(mutate, seed)) },
    { weight: 1, arbitrary: fc.oneof(hostileText(20), hardYaml, fc.string({ unit: 'binary', maxLength: 200 })) },
  );

/** A file's bytes: the UTF-8 of a mutated seed, or random bytes (a binary file, UTF-16, a stray BOM). */
export const mutatedBytes = (seed: string): fc.Arbitrary<Uint8Array> =>
  fc.oneof(
    { weight: 5, arbitrary: mutatedText(seed).map((t) => new TextEncoder().encode(t)) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }).map((b) => Uint8Array.from([0xff, 0xfe, ...b])) },
    { weight: 1, arbitrary: fc.tuple(fc.uint8Array({ maxLength: 40 }), fc.double({ min: 0, max: 1, noNaN: true })).map(([b, at]) => spliceBytes(new TextEncoder().encode(seed), at, b)) },
  );

function spliceBytes(bytes: Uint8Array, at: number, inserted: Uint8Array): Uint8Array {
  const i = Math.floor(at * bytes.length);
  return Uint8Array.from([...bytes.subarray(0, i), ...inserted, ...bytes.subarray(i)]);
}

// Colour (SGR) is the one escape sequence a terminal output may hold; anything else that a
// terminal acts on, or that reorders text (bidi controls), must not reach it.
const SGR = /\u001b\[[0-9;]*m/g;
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** No control character other than newline and tab, and no escape sequence but colour. */
export function expectNoRawControl(output: string, what: string): void {
  const bare = output.replace(SGR, '');
  const m = RAW_CONTROL.exec(bare);
  if (m) expect.fail(`${what}: raw U+${m[0].charCodeAt(0).toString(16).padStart(4, '0')} at ${m.index}: ${JSON.stringify(bare.slice(Math.max(0, m.index - 40), m.index + 40))}`);
}

/** Every finding is about a known file and points inside its text: line ≥ 1, column ≥ 1, at most one past the line's end. */
export function expectPositioned(findings: readonly Finding[], textOf: (file: string) => string | undefined): void {
  for (const f of findings) {
    const text = textOf(f.file);
    expect(text, `a finding about an unknown file: ${JSON.stringify(f)}`).toBeDefined();
    const lines = (text as string).split('\n');
    const ok = Number.isInteger(f.line) && Number.isInteger(f.column) && f.line >= 1 && f.column >= 1 && f.line <= lines.length && f.column <= (lines[f.line - 1] as string).length + 1;
    if (!ok) expect.fail(`finding outside its file (${lines.length} lines): ${JSON.stringify(f).slice(0, 300)}`);
  }
}
