// The fast block-YAML reader must give exactly what js-yaml gives, or give up and leave the text
// to it: on every YAML file in the repository, on generated documents in every style the two
// YAML libraries write, and on those documents damaged where YAML is most sensitive.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { blockYaml, NOT_BLOCK } from '../../../src/core/yaml/blockYaml.js';
import { fastCoreSchema } from '../../../src/core/yaml/fastCoreSchema.js';
import { controlCharacters } from '../../../src/core/checks/controlCharacters.js';
import { ROOT } from '../../helpers/cli.js';

type Outcome = { readonly value: unknown } | { readonly error: true };

function jsYamlLoad(text: string): Outcome {
  try {
    return { value: jsYaml.load(text, { schema: fastCoreSchema }) };
  } catch {
    return { error: true };
  }
}

/** Whether the fast reader read the text (true), gave up (false), or failed the test. */
function agrees(text: string): boolean {
  const fast = blockYaml(text);
  if (fast === NOT_BLOCK) return false;
  expect({ value: fast }, JSON.stringify(text)).toEqual(jsYamlLoad(text));
  return true;
}

const yamlFiles = ['questionnaires', 'examples', 'test/fixtures'].flatMap((dir) =>
  readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name)),
);

const QUESTIONNAIRE = jsYaml.load(readFileSync(join(ROOT, 'questionnaires', 'icare.yaml'), 'utf8'));

// Keys and strings that sit on the edges of the subset: indicators, comments, colons, quotes,
// numbers and words the core schema turns into other types, spaces at the ends.
const word = fc.constantFrom('a', 'id', 'text', 'n/a', 'yes', 'null', 'True', '~', '1', '1.0', '0x1F', '-5', '.inf', '12 apples', 'C#', 'x: y', 'x:y', 'a #b', 'a#b', "it's", 'say "hi"', '- a', '-a', '? q', ':x', '[a]', '{b}', '&a', '*a', '!t', '%p', '@', '`', '|', '>', 'back\\slash', 'é', '“quoted”', '…', '👍', 'ok 😀', '𝔘𝔫', '\ud83d', ' lead', 'trail ', '', 'a  b');
const text = fc.oneof(word, fc.array(word, { minLength: 1, maxLength: 12 }).map((ws) => ws.join(' ')), fc.array(word, { maxLength: 4 }).map((ws) => ws.join('\n')), fc.string({ maxLength: 30 }));
const key = fc.oneof(word, fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/));
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null), tie('list'), tie('map')),
  list: fc.array(tie('node'), { maxLength: 4 }),
  map: fc.dictionary(key, tie('node'), { maxKeys: 5 }),
})).node;
const document = fc.dictionary(key, value, { minKeys: 1, maxKeys: 6 });

/** The document as the two libraries write it, in the styles they offer. */
const written = fc.tuple(document, fc.integer({ min: 0, max: 7 }), fc.integer({ min: 12, max: 80 })).map(([doc, style, width]) => {
  switch (style) {
    case 0:
      return jsYaml.dump(doc, { lineWidth: width, schema: jsYaml.CORE_SCHEMA });
    case 1:
      return jsYaml.dump(doc, { lineWidth: -1, noCompatMode: true, quotingType: '"' });
    case 2:
      return jsYaml.dump(doc, { lineWidth: width, forceQuotes: true });
    case 3:
      return stringify(doc, { lineWidth: width, minContentWidth: 0 });
    case 4:
      return stringify(doc, { defaultStringType: 'QUOTE_DOUBLE', lineWidth: width });
    case 5:
      return stringify(doc, { defaultStringType: 'QUOTE_SINGLE', lineWidth: width });
    case 6:
      return stringify(doc, { defaultStringType: 'BLOCK_FOLDED', blockQuote: 'folded', lineWidth: width });
    default:
      return stringify(doc, { defaultStringType: 'BLOCK_LITERAL', indentSeq: false, indent: 4 });
  }
});

// Damage where YAML is sensitive: one character of its syntax put in, taken out or swapped, a
// line indented or dedented, two lines swapped.
const SYNTAX = [' ', '  ', ':', ': ', '#', ' #', '-', '- ', '"', "'", '\n', '|', '>', '|-', '[', ']', '{', '}', '\\', '&', '*', '!', '%', '?', ',', '---', "''", '\\"'];
const damage = fc.array(
  fc.tuple(fc.integer({ min: 0, max: 5 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...SYNTAX)),
  { minLength: 1, maxLength: 3 },
);

function damaged(source: string, edits: readonly (readonly [number, number, string])[]): string {
  let t = source;
  for (const [kind, where, piece] of edits) {
    const at = Math.floor(where * t.length);
    const lines = t.split('\n');
    const line = Math.floor(where * lines.length);
    if (kind === 0) t = t.slice(0, at) + piece + t.slice(at);
    else if (kind === 1) t = t.slice(0, at) + t.slice(at + piece.length);
    else if (kind === 2) t = t.slice(0, at) + piece + t.slice(at + 1);
    else if (kind === 3) t = lines.map((l, i) => (i === line ? ` ${l}` : l)).join('\n');
    else if (kind === 4) t = lines.map((l, i) => (i === line ? l.replace(/^ /, '') : l)).join('\n');
    else if (line + 1 < lines.length) [lines[line], lines[line + 1]] = [lines[line + 1]!, lines[line]!], (t = lines.join('\n'));
  }
  return t;
}

describe('blockYaml', () => {
  it('gives what js-yaml gives for every YAML file in the repository, or gives up', () => {
    const read = yamlFiles.filter((f) => agrees(readFileSync(f, 'utf8')));
    expect(yamlFiles.length).toBeGreaterThan(80);
    // The hand-written files use flow collections, which are left to js-yaml; answers files written by icare are read.
    expect(read.length).toBeGreaterThan(20);
  });

  it('reads the block style both YAML libraries write, exactly as js-yaml does', () => {
    let read = 0;
    let runs = 0;
    fc.assert(
      fc.property(written, (t) => {
        runs++;
        if (agrees(t)) read++;
      }),
      { numRuns: 600 },
    );
    // Not a test that passes by giving up on everything.
    expect(read / runs).toBeGreaterThan(0.5);
  });

  it('gives what js-yaml gives, or gives up, on block YAML damaged where it is most sensitive', () => {
    const seeds = [jsYaml.dump(QUESTIONNAIRE, { lineWidth: 40 }), stringify(QUESTIONNAIRE, { lineWidth: 50 }), stringify(QUESTIONNAIRE, { defaultStringType: 'QUOTE_DOUBLE' })];
    let read = 0;
    fc.assert(
      fc.property(fc.constantFrom(...seeds), damage, (seed, edits) => {
        if (agrees(damaged(seed, edits))) read++;
      }),
      { numRuns: 600 },
    );
    expect(read).toBeGreaterThan(100);
  });

  it('gives what js-yaml gives, or gives up, on damaged generated documents', () => {
    fc.assert(
      fc.property(written, damage, (t, edits) => {
        agrees(damaged(t, edits));
      }),
      { numRuns: 800 },
    );
  });

  it('reads plain, quoted and block scalars over several lines', () => {
    const t = ['a: one', '  two', '', '  three', 'b: "x \\"y\\"', '  z"', "c: 'it''s", "  here'", 'd: |', '  l1', '   l2', 'e: >-', '  f1', '  f2', '', '  f3', 'f:', '- 1', '- k: v', '  m: 2.5', ''].join('\n');
    expect(blockYaml(t)).toEqual({ a: 'one two\nthree', b: 'x "y" z', c: "it's here", d: 'l1\n l2\n', e: 'f1 f2\nf3', f: [1, { k: 'v', m: 2.5 }] });
    expect(jsYamlLoad(t)).toEqual({ value: blockYaml(t) });
  });

  it('reads a plain scalar folded over lines as a string, whatever its lines look like', () => {
    for (const t of ['a: 1\n  2\n', 'a: null\n  x\n', 'a: .5\n\n  6\n', 'a: true\n  false\n', 'a: ~\n  ~\n', '- 0x1\n  0\n']) {
      expect(agrees(t), JSON.stringify(t)).toBe(true);
      expect(JSON.stringify(blockYaml(t))).toMatch(/"[^"]*[ \\]/);
    }
  });

  it('gives up on what it leaves to js-yaml: anchors, tags, flow collections, duplicate keys, __proto__, merge keys, tabs, deep nesting', () => {
    const deep = Array.from({ length: 40 }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' 1\n';
    for (const t of ['a: &x 1\nb: *x\n', 'a: !!str 1\n', 'a: [1, 2]\n', 'a: 1\na: 2\n', '__proto__: 1\n', '<<: {}\n', 'a:\n\tb: 1\n', 'a: "\\u0041"\n', '--- \na: 1\n', 'a: |+\n  x\n', deep]) {
      expect(blockYaml(t), JSON.stringify(t)).toBe(NOT_BLOCK);
    }
  });

  it('reads no text holding a character the control-characters check warns about, raw or escaped (so that check can skip what it reads)', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (controlCharacters({ a: ch }).length === 0) continue;
      expect(blockYaml(`a: x${ch}\n`), `U+${c.toString(16)}`).toBe(NOT_BLOCK);
      expect(blockYaml(`"x${ch}": 1\n`), `U+${c.toString(16)}`).toBe(NOT_BLOCK);
    }
    for (const escape of '0abtnvfre "/\\N_LPxuU') {
      const read = blockYaml(`a: "x\\${escape}y"\n`);
      if (read !== NOT_BLOCK) expect(controlCharacters(read), escape).toEqual([]);
    }
  });
});
