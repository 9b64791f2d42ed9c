import { describe, expect, it } from 'vitest';
import { distributionParts } from '../../../src/render/text/distributionText.js';

describe('distributionParts', () => {
  it('draws scale points as bars of their share of the most common answer, then n/a', () => {
    const d = [1, 2, 3, 4, 5].map((v, i) => ({ value: v, label: String(v), count: [1, 3, 8, 5, 0][i]! }));
    expect(distributionParts([...d, { value: 'n/a', label: 'n/a', count: 1 }, { value: 'dont-know', label: "don't know", count: 0 }])).toEqual({ bar: '1▁ 2▃ 3█ 4▅ 5·', counts: ['n/a 1'] });
  });

  it('counts yes/no and options by label', () => {
    expect(distributionParts([{ value: 'yes', label: 'Yes', count: 7 }, { value: 'no', label: 'No', count: 3 }, { value: 'dont-know', label: "don't know", count: 2 }])).toEqual({ bar: null, counts: ['Yes 7', 'No 3', "don't know 2"] });
  });
});
