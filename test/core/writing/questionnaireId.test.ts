import { describe, expect, it } from 'vitest';
import { idFromTitle, idProblem } from '../../../src/core/writing/questionnaireId.js';

describe('idProblem', () => {
  it('accepts lowercase kebab-case up to 80 characters', () => {
    expect(idProblem('team-health')).toBeUndefined();
    expect(idProblem('a'.repeat(80))).toBeUndefined();
  });

  it('says what is wrong otherwise', () => {
    expect(idProblem('')).toBe('the id is empty');
    expect(idProblem('a'.repeat(81))).toBe('the id is longer than 80 characters');
    expect(idProblem('Team_Health')).toBe('"Team_Health" is not lowercase kebab-case (letters, digits and single dashes, like "team-health")');
    expect(idProblem('a--b')).toContain('is not lowercase kebab-case');
  });
});

describe('idFromTitle', () => {
  it('makes a kebab-case id of a title, or nothing when no letters are left', () => {
    expect(idFromTitle('Team Health!')).toBe('team-health');
    expect(idFromTitle('Support Desk: Health Check!')).toBe('support-desk-health-check');
    expect(idFromTitle('Café crème')).toBe('cafe-creme');
    expect(idFromTitle('!!!')).toBe('');
  });
});
