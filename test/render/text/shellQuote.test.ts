import { describe, expect, it } from 'vitest';
import { shellQuote } from '../../../src/render/text/shellQuote.js';

describe('shellQuote', () => {
  it('leaves plain paths alone and single-quotes the rest', () => {
    expect(shellQuote('assessments/acme-icare-2026-11-23.yaml')).toBe('assessments/acme-icare-2026-11-23.yaml');
    expect(shellQuote('my answers/it’s.yaml')).toBe("'my answers/it’s.yaml'");
    expect(shellQuote("o'brien.yaml")).toBe("'o'\\''brien.yaml'");
  });
});
