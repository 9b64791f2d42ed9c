import { describe, expect, it } from 'vitest';
import { gapHtml, STATUS_COLOURS, statusClass } from '../../../src/render/html/gapStatus.js';

describe('gap status on the page', () => {
  it('names the class and colour by gap', () => {
    expect(statusClass(-1)).toBe('status-met');
    expect(statusClass(4)).toBe('status-near');
    expect(statusClass(25)).toBe('status-far');
    expect(statusClass(null)).toBe('status-none');
    expect(Object.keys(STATUS_COLOURS).sort()).toEqual(['far', 'met', 'near', 'none']);
  });

  it('says the gap in words that survive a greyscale print', () => {
    expect(gapHtml(0)).toBe('<span class="status-met">✓ on target</span>');
    expect(gapHtml(12.34)).toBe('<span class="status-far">12.3 pts</span>');
    expect(gapHtml(null)).toBe('<span class="status-none">—</span>');
  });
});
