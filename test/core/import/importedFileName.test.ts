import { describe, expect, it } from 'vitest';
import { importedFileName } from '../../../src/core/import/importedFileName.js';

describe('importedFileName', () => {
  it('names the organisation, questionnaire, date and respondent', () => {
    expect(importedFileName({ questionnaire: 'icare', organisation: 'Acme Ltd', date: '2026-11-16', respondent: { name: 'Dana Lee' }, answers: {} }, 2)).toBe('acme-ltd-icare-2026-11-16-dana-lee.yaml');
  });

  it('falls back to the line for a row without a usable name, and to "undated"', () => {
    expect(importedFileName({ questionnaire: 'icare', respondent: { role: 'manager' }, answers: {} }, 7)).toBe('icare-undated-row-7.yaml');
    expect(importedFileName({ questionnaire: 'icare', date: '2026-11-16', respondent: { name: '!!!' }, answers: {} }, 3)).toBe('icare-2026-11-16-row-3.yaml');
  });
});
