// The questionnaire rules run on whatever the file holds (validate lists schema and rule findings in one run),
// so they must read any shape without throwing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { questionnaireRules } from '../../../src/core/checks/questionnaireRules.js';

// Questionnaire-like shapes with any value in any place, so the rules get past their first checks.
const anyValue = fc.anything({ maxDepth: 3 });
const question = fc.record({ id: anyValue, text: anyValue, type: fc.oneof(fc.constantFrom('scale', 'yesno', 'choice', 'text', 'nps', 'rating'), anyValue), options: anyValue, scale: anyValue, reverse: anyValue, variant: anyValue }, { requiredKeys: [] });
const section = fc.record({ id: anyValue, title: anyValue, questions: fc.oneof(fc.array(fc.oneof(question, anyValue)), anyValue) }, { requiredKeys: [] });
const questionnaire = fc.record({ id: anyValue, scale: anyValue, levels: fc.oneof(fc.array(fc.oneof(fc.record({ min: anyValue, name: anyValue }), anyValue)), anyValue), sections: fc.oneof(fc.array(fc.oneof(section, anyValue)), anyValue) }, { requiredKeys: [] });

describe('rules on schema-invalid data', () => {
  it('questionnaireRules never throws, whatever the shape', () => {
    fc.assert(fc.property(fc.oneof(questionnaire, anyValue), (data) => void questionnaireRules(data)), { numRuns: 500 });
  });

  it('still finds what it can read beside what it cannot', () => {
    const found = questionnaireRules({ id: 7, levels: 'many', sections: [null, { id: 'A b', questions: [{ id: 'x', type: 'yesno', options: 3 }, 'q'] }] });
    expect(found.map((f) => f.rule)).toEqual(['kebab-case-id', 'options-on-non-choice', 'missing-recommendation']);
  });
});
