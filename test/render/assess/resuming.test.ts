import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { renderResuming } from '../../../src/render/assess/resuming.js';

describe('renderResuming', () => {
  it('names the file and how far it got, wrapping long paths under an indent', () => {
    const ctx = { chalk: new Chalk({ level: 0 }), width: 30, version: '0.0.0' };
    expect(renderResuming({ shown: 'assessments/a.yaml', answered: 2, total: 6 }, ctx)).toBe('Resuming assessments/a.yaml\n2 of 6 questions answered so\n  far.\n');
  });
});
