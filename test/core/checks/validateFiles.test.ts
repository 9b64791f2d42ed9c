// validate checks files one at a time, and what it keeps across them (questionnaire and section
// ids) must not keep each file's text alive: strings the YAML reader returns share the text
// (see core/yaml/detached.ts), and 500 retained texts once cost a tenth of the run in GC.
import { describe, expect, it } from 'vitest';
import type { ReadFile } from '../../../src/core/checks/parsedFile.js';
import { validateFiles } from '../../../src/core/checks/validateFiles.js';
import { heapAfterGc, paddingComment } from '../../helpers/heap.js';

const FILES = 40;
const PADDING = 250_000;

/** A valid questionnaire in block style, with ids long enough to be shared slices, padded with a long comment. */
function questionnaire(i: number): string {
  return [
    `id: retention-check-questionnaire-number-${i}`,
    `title: Retention check ${i}`,
    'version: 1',
    paddingComment(PADDING),
    'sections:',
    `  - id: retention-check-section-number-${i}`,
    '    title: A section',
    '    questions:',
    `      - id: retention-check-question-number-${i}`,
    '        text: Does the check keep only what it needs?',
    '        recommendation: Keep only what is needed.',
    '',
  ].join('\n');
}

/** Heap in use after a full collection, taken while validate is reading the last file. */
function heapGrowth(): number {
  let first = 0;
  let last = 0;
  const read: ReadFile = (path) => {
    const i = Number(path.slice(1));
    if (i === 1) first = heapAfterGc();
    if (i === FILES - 1) last = heapAfterGc();
    return { ok: true, file: path, text: questionnaire(i) };
  };
  const files = Array.from({ length: FILES }, (_, i) => `q${i}`);
  const { findings } = validateFiles({ files, bundled: [], questionnaireDirsFiles: [], read, bundledCatalog: () => new Map() });
  expect(findings).toEqual([]);
  return last - first;
}

describe('validateFiles', () => {
  it('keeps no file’s text once the file is checked', () => {
    // Each text is PADDING characters; keeping them would be FILES × PADDING bytes at least.
    expect(heapGrowth()).toBeLessThan((FILES * PADDING) / 20);
  });
});
