import { describe, expect, it } from 'vitest';
import { canonicalRole } from '../../../src/core/import/canonicalRole.js';

describe('canonicalRole', () => {
  it.each([
    ['Frontline', 'frontline'],
    ['Front-line', 'frontline'],
    ['front line', 'frontline'],
    ['MANAGER', 'manager'],
    ['Team lead', 'Team lead'],
  ])('%j → %j', (input, want) => expect(canonicalRole(input)).toBe(want));
});

describe('canonicalRole, remembering the cells it has seen', () => {
  it('gives the same answer the second time, and past the cells it keeps', () => {
    const cells = Array.from({ length: 600 }, (_, i) => (i % 3 === 0 ? `Front-Line` : i % 3 === 1 ? ` manager ${'\u00a0'.repeat(i % 5)}` : `Role ${i}`));
    const first = cells.map(canonicalRole);
    expect(cells.map(canonicalRole)).toEqual(first);
    expect(first.slice(0, 3)).toEqual(['frontline', 'manager', 'Role 2']);
    expect(first[599]).toBe('Role 599');
  });
});
