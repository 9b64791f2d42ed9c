import { describe, expect, it } from 'vitest';
import { looseKey } from '../../../src/core/import/looseKey.js';

describe('looseKey', () => {
  it.each([
    ['Our service values are…', 'our service values are'],
    ['Our service values are...', 'our service values are'],
    ['  Customers  get the\u00a0same care.  ', 'customers get the same care'],
    ['Don\u2019t know', "don't know"],
    ['Usually', 'usually'],
    ['-', '-'],
  ])('%j → %j', (input, want) => expect(looseKey(input)).toBe(want));
});
