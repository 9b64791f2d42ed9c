import { describe, expect, it } from 'vitest';
import { gapHtml, STATUS_COLOURS, statusClass, verdictBadge } from '../../../src/render/html/gapStatus.js';

describe('verdict status on the page', () => {
  it('colours by gap only where there is a verdict', () => {
    expect(statusClass({ verdict: 'on-target', gap: -1 })).toBe('status-met');
    expect(statusClass({ verdict: 'below-target', gap: 4 })).toBe('status-near');
    expect(statusClass({ verdict: 'below-target', gap: 25 })).toBe('status-far');
    expect(statusClass({ verdict: 'not-assessed', gap: null })).toBe('status-none');
    // A score over target from too few answers is not green.
    expect(statusClass({ verdict: 'insufficient-data', gap: -25 })).toBe('status-none');
    expect(Object.keys(STATUS_COLOURS).sort()).toEqual(['far', 'met', 'near', 'none']);
  });

  it('says the verdict and the gap in words that survive a greyscale print', () => {
    expect(verdictBadge('on-target')).toBe('<span class="badge met">✓ on target</span>');
    expect(verdictBadge('below-target')).toContain('below target');
    expect(verdictBadge('insufficient-data')).toContain('needs more answers');
    expect(verdictBadge('insufficient-data')).not.toContain('on target');
    expect(gapHtml({ verdict: 'below-target', gap: 12.34 })).toBe('<span class="status-far">12.3 pts</span>');
    expect(gapHtml({ verdict: 'on-target', gap: -3 })).toBe('<span class="status-none">—</span>');
    expect(gapHtml({ verdict: 'insufficient-data', gap: 40 })).toBe('<span class="status-none">—</span>');
  });
});
