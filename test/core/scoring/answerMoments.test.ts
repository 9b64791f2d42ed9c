// A question's answers as numbers, worked by hand.
import { describe, expect, it } from 'vitest';
import { compileLayout, VALUE_CODE } from '../../../src/core/model/layout.js';
import { normaliseQuestionnaire } from '../../../src/core/model/normaliseQuestionnaire.js';
import { answerMoments } from '../../../src/core/scoring/answerMoments.js';

const layout = compileLayout(normaliseQuestionnaire({ id: 'q', title: 'Q', version: 1, sections: [{ id: 's', title: 'S', questions: [{ id: 'a', text: 'A?', recommendation: 'Do A.' }] }] }));
const slot = layout.slots[0]!;
/** Counts per code for answers given as positions on the 1–5 scale (0 = "1"). */
const counts = (positions: number[]): Float64Array => {
  const c = new Float64Array(VALUE_CODE + slot.values);
  for (const p of positions) c[VALUE_CODE + p]!++;
  return c;
};

describe('answerMoments', () => {
  it('answers 1, 1, 4 on a 1–5 scale: mean 2 on the scale (position 1), sample variance 3', () => {
    // Values 1, 1, 4: mean 2; squared deviations 1 + 1 + 4 = 6 over n − 1 = 2 gives 3.
    expect(answerMoments(slot, counts([0, 0, 3]), 1)).toEqual({ n: 3, mean: 2, variance: 3 });
    // As positions 0, 0, 3 the mean is 1 and the variance the same.
    expect(answerMoments(slot, counts([0, 0, 3]))).toEqual({ n: 3, mean: 1, variance: 3 });
  });

  it('no variance below two answers, no mean without one', () => {
    expect(answerMoments(slot, counts([2]), 1)).toEqual({ n: 1, mean: 3, variance: null });
    expect(answerMoments(slot, counts([]))).toEqual({ n: 0, mean: null, variance: null });
  });
});
