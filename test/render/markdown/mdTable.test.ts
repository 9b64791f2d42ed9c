import { describe, expect, it } from 'vitest';
import { mdTable } from '../../../src/render/markdown/mdTable.js';

describe('mdTable', () => {
  it('writes the head, an alignment row and one line per row', () => {
    expect(mdTable(['Section', 'Score'], ['l', 'r'], [['Culture', '74.9'], ['Ideal', '53.6']])).toBe(
      ['| Section | Score |', '| :--- | ---: |', '| Culture | 74.9 |', '| Ideal | 53.6 |'].join('\n'),
    );
  });
});
