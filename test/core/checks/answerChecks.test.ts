// validate checks answers files as it meets them (answerChecks.ts), holding none: the findings
// must be those of checking every answers file after every questionnaire, whatever the order of
// the files, and memory must not grow with the number of answers files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/core/checks/loadCatalog.js';
import type { ReadFile } from '../../../src/core/checks/parsedFile.js';
import { validateFiles } from '../../../src/core/checks/validateFiles.js';
import { ROOT } from '../../helpers/cli.js';
import { heapAfterGc, paddingComment } from '../../helpers/heap.js';

const ICARE = readFileSync(join(ROOT, 'questionnaires', 'icare.yaml'), 'utf8');
const answers = (questionnaire: string, body: string): string => `questionnaire: ${questionnaire}\nversion: 2\nanswers:\n${body}`;

// Files with distinct questionnaire ids, so that no order decides which file owns an id.
const FILES: Readonly<Record<string, string>> = {
  'to-bundled.yaml': answers('icare', '  wait-apology: 9\n  made-up: 2\n'),
  'to-bundled-fine.yaml': answers('icare', '  wait-apology: 4\n'),
  'to-custom.yaml': answers('custom', '  wait-apology-x: 9\n'),
  'to-nothing.yaml': answers('nowhere', '  a: 1\n'),
  'broken.yaml': 'questionnaire: 7\nanswers: 5\n',
  // Replaces the bundled icare, with wait-apology renamed: answers to icare read differently.
  'icare-replaced.yaml': ICARE.replace('id: wait-apology', 'id: wait-apology-x'),
  'custom.yaml': ICARE.replace(/^id: icare$/m, 'id: custom').replace('id: wait-apology', 'id: wait-apology-x'),
};

function run(files: readonly string[], texts: Readonly<Record<string, string>>, reads?: Map<string, number>) {
  const read: ReadFile = (path) => {
    reads?.set(path, (reads.get(path) ?? 0) + 1);
    const text = path === 'bundled/icare.yaml' ? ICARE : texts[path];
    return text === undefined ? { ok: false, findings: [] } : { ok: true, file: path, text };
  };
  const bundledCatalog = () => loadCatalog(['bundled/icare.yaml'], [], read).catalog;
  return validateFiles({ files, bundled: ['bundled/icare.yaml'], questionnaireDirsFiles: [], read, bundledCatalog }).findings;
}

describe('answers files in validate', () => {
  it('get the same findings in every order of the files', () => {
    const names = Object.keys(FILES);
    const expected = run(names, FILES);
    // The replacing questionnaire is the one the answers to icare are checked against.
    expect(expected.filter((f) => f.file === 'to-bundled.yaml').map((f) => f.rule)).toEqual(['unknown-question', 'unknown-question']);
    expect(expected.filter((f) => f.file === 'to-custom.yaml').map((f) => f.rule)).toEqual(['answer-out-of-scale']);
    expect(expected.filter((f) => f.file === 'to-nothing.yaml').map((f) => f.rule)).toEqual(['unknown-questionnaire']);
    fc.assert(
      fc.property(fc.shuffledSubarray(names, { minLength: names.length }), (order) => {
        expect(run(order, FILES)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('are read again only when a later file replaces their questionnaire, or names it first', () => {
    const reads = new Map<string, number>();
    run(['to-bundled-fine.yaml', 'to-custom.yaml', 'custom.yaml', 'icare-replaced.yaml'], FILES, reads);
    expect(reads.get('to-bundled-fine.yaml')).toBe(2);
    expect(reads.get('to-custom.yaml')).toBe(2);
    reads.clear();
    run(['icare-replaced.yaml', 'custom.yaml', 'to-bundled-fine.yaml', 'to-custom.yaml'], FILES, reads);
    expect(reads.get('to-bundled-fine.yaml')).toBe(1);
    expect(reads.get('to-custom.yaml')).toBe(1);
  });

  it('are not held in memory until the end', () => {
    const count = 200;
    const names = Array.from({ length: count }, (_, i) => `a${i}.yaml`);
    let first = 0;
    let last = 0;
    const read: ReadFile = (path) => {
      if (path === 'a1.yaml') first = heapAfterGc();
      if (path === `a${count - 1}.yaml`) last = heapAfterGc();
      return { ok: true, file: path, text: path.startsWith('a') ? answers('icare', `  wait-apology: 4\n${paddingComment(100_000)}\n`) : ICARE };
    };
    const findings = validateFiles({ files: names, bundled: ['bundled/icare.yaml'], questionnaireDirsFiles: [], read, bundledCatalog: () => loadCatalog(['bundled/icare.yaml'], [], read).catalog }).findings;
    expect(findings).toEqual([]);
    // Holding them would be count × 100,000 characters at least.
    expect(last - first).toBeLessThan((count * 100_000) / 20);
  });
});
