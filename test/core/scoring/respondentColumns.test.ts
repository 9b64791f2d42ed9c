// What the engine keeps to the end of a run it keeps in its own strings: a name or date read from
// one of 100,000 answers files must not keep that file's text alive (see core/yaml/detached.ts).
import { describe, expect, it } from 'vitest';
import { indexIn, type Dictionary } from '../../../src/core/scoring/respondentColumns.js';
import { parseYaml } from '../../../src/core/yaml/parseYaml.js';
import { heapAfterGc, paddingComment } from '../../helpers/heap.js';

const FILES = 40;
const PADDING = 250_000;

describe('indexIn', () => {
  it('keeps a copy of each new value, not the text it was read from', () => {
    const d: Dictionary = { list: [], index: new Map() };
    const before = heapAfterGc();
    for (let i = 0; i < FILES; i++) {
      const parsed = parseYaml(`name: A respondent with a long name, number ${i}\n${paddingComment(PADDING)}\n`, `f${i}.yaml`);
      if (!parsed.ok) throw new Error('not parsed');
      expect(indexIn(d, (parsed.data as { name: string }).name)).toBe(i);
    }
    // Keeping the texts would be FILES × PADDING bytes at least.
    expect(heapAfterGc() - before).toBeLessThan((FILES * PADDING) / 20);
    expect(d.list[7]).toBe('A respondent with a long name, number 7');
    expect(indexIn(d, 'A respondent with a long name, number 7')).toBe(7);
  });
});
