import { describe, expect, it } from 'vitest';
import { moreText, shownRemarks, timesText } from '../../../src/render/text/shownRemarks.js';

describe('shownRemarks', () => {
  it('lists the first texts and counts every remark past them, with those only counted', () => {
    const refs = [{ note: 'a', count: 40 }, { note: 'b', count: 3 }, { note: 'c' }, { note: 'd', count: 2 }];
    // b ×3 + c + d ×2 past the first one, and 33,098 the core counted without keeping.
    expect(shownRemarks(refs, 33_098, 1)).toEqual({ shown: [refs[0]], more: 33_104 });
    expect(shownRemarks(refs, 0, 10)).toEqual({ shown: refs, more: 0 });
  });

  it('says the count of a repeated text and of the rest', () => {
    expect(timesText(undefined)).toBe('');
    expect(timesText(1)).toBe('');
    expect(timesText(56_451)).toBe(' ×56,451');
    expect(moreText(0)).toBe('');
    expect(moreText(33_104)).toBe('and 33,104 more');
  });
});
