import { describe, expect, it } from 'vitest';
import { freeNames } from '../../../src/core/writing/freeNames.js';

describe('freeNames', () => {
  it('hands out name, name-2, … skipping taken names and names already given, for each base name apart', () => {
    const pick = freeNames((n) => n === 'a.yaml' || n === 'a-3.yaml');
    expect(['a.yaml', 'a.yaml', 'b.yaml', 'a.yaml', 'b.yaml'].map(pick)).toEqual(['a-2.yaml', 'a-4.yaml', 'b.yaml', 'a-5.yaml', 'b-2.yaml']);
  });

  it('never gives a name twice when a name looks like another one numbered', () => {
    const pick = freeNames(() => false);
    expect(['a-2.yaml', 'a.yaml', 'a.yaml', 'a-2.yaml'].map(pick)).toEqual(['a-2.yaml', 'a.yaml', 'a-3.yaml', 'a-2-2.yaml']);
  });

  it('asks about each name once when many files share it', () => {
    let probes = 0;
    const pick = freeNames(() => (probes++, false));
    for (let i = 0; i < 2000; i++) pick('n.yaml');
    expect(probes).toBe(2000);
    expect(pick('n.yaml')).toBe('n-2001.yaml');
  });
});
