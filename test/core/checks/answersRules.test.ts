// The answers rules run on whatever the file holds (validate lists schema and rule findings in
// one run), so they must read any shape without throwing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersRules } from '../../../src/core/checks/answersRules.js';
import { compileLayout } from '../../../src/core/model/layout.js';
import type { AnswersFile } from '../../../src/core/model/model.js';
import { icare } from '../../helpers/icare.js';

const anyValue = fc.anything({ maxDepth: 3 });

describe('answersRules on schema-invalid data', () => {
  it('answersRules never throws, whatever the shape', () => {
    const layout = compileLayout(icare);
    const ids = fc.constantFrom(...icare.sections.flatMap((s) => s.questions.map((q) => q.id)), 'nope');
    const answers = fc.oneof(fc.dictionary(ids, fc.oneof(anyValue, fc.record({ value: anyValue, note: anyValue }, { requiredKeys: [] }))), anyValue);
    const file = fc.record({ questionnaire: fc.constant('icare'), version: anyValue, date: anyValue, answers }, { requiredKeys: ['questionnaire'] });
    fc.assert(fc.property(file, (data) => void answersRules(data as unknown as AnswersFile, layout)), { numRuns: 500 });
  });

  it('still finds what it can read beside what it cannot', () => {
    const found = answersRules({ questionnaire: 'icare', version: { v: 1 }, date: 20260231, answers: { nope: 1, 'same-standard-everywhere': 9, 'wait-apology': [1] } } as unknown as AnswersFile, compileLayout(icare));
    expect(found.findings.map((f) => f.rule)).toEqual(['unknown-question', 'answer-out-of-scale']);
  });
});
