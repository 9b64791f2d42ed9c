// The YAML loader under random and damaged input: it gives data or positioned findings, never
// throws, whatever the bytes.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../src/core/checks/parsedFile.js';
import { decodeFile, parseYaml } from '../../../src/core/yaml/parseYaml.js';
import { FIXTURES, ROOT } from '../../helpers/cli.js';
import { expectPositioned, mutatedBytes, mutatedText } from '../../helpers/hostile.js';

const QUESTIONNAIRE = readFileSync(join(ROOT, 'questionnaires', 'icare.yaml'), 'utf8');
const ANSWERS = readFileSync(join(FIXTURES, 'answers', 'valid-answers.yaml'), 'utf8');

describe('parseYaml and decodeFile, fuzzed', () => {
  it('parse any text to data or to findings inside the text', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedText(QUESTIONNAIRE), mutatedText(ANSWERS)), (text) => {
        const r = parseYaml(text, 'f.yaml');
        if (!r.ok) {
          expect(r.findings.length).toBeGreaterThan(0);
          expectPositioned(r.findings, () => text);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('read any bytes as a file: data, or findings inside the text as decoded (at 1:1 when it does not decode)', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedBytes(QUESTIONNAIRE), mutatedBytes(ANSWERS)), (bytes) => {
        const outcome = parseFile({ ok: true, file: 'f.yaml', bytes });
        if (outcome.ok) return;
        const decoded = decodeFile(bytes, 'f.yaml');
        expectPositioned(outcome.findings, () => (decoded.ok ? decoded.text : ''));
      }),
      { numRuns: 150 },
    );
  });

  it('places syntax errors after a block scalar the parser could not place on their own line (found by the first property)', () => {
    const r = parseYaml(' a: b\nid: x\nd: >-\n  t\n  u\ns:\n  - x\n', 'f.yaml');
    expect(r.ok === false && r.findings.find((f) => f.message.includes('"s"'))).toMatchObject({ line: 6, column: 1 });
  });
});
