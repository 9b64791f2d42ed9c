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
