// A resumed answers file keeps what a person wrote in it: comments, and the text of every entry
// that did not change.
import { describe, expect, it } from 'vitest';
import { anonymousFileName, stringifyAnswers, updateAnswersText } from '../../../src/core/writing/answersYaml.js';
import { parseYaml } from '../../../src/core/yaml/parseYaml.js';

const original = `# Dana's answers, typed in before the workshop
questionnaire: icare
version: 1
status: in-progress
answers:
  # the standards folder is in the back office
  service-standards-defined: written # checked with Tom
  same-standard-everywhere: 3
  wait-apology: {value: 2, note: Saturdays only}
`;

describe('updateAnswersText', () => {
  it('keeps comments and unchanged entries, changes what changed, adds new answers at the end', () => {
    const text = updateAnswersText(original, {
      questionnaire: 'icare',
      version: 1,
      status: 'complete',
      answers: { 'service-standards-defined': 'written', 'same-standard-everywhere': 4, 'wait-apology': { value: 2, note: 'Saturdays only' }, 'care-on-busy-days': 'n/a' },
    });
    expect(text).toContain("# Dana's answers, typed in before the workshop");
    expect(text).toContain('# the standards folder is in the back office');
    expect(text).toContain('service-standards-defined: written # checked with Tom');
    expect(text).toContain('same-standard-everywhere: 4');
    expect(text).toContain('status: complete');
    const data = parseYaml(text, 'x.yaml');
    expect(data.ok && data.data).toMatchObject({ answers: { 'wait-apology': { value: 2, note: 'Saturdays only' }, 'care-on-busy-days': 'n/a' } });
  });

  it('removes an answer taken back, and falls back to a fresh file when the text is not a mapping', () => {
    const text = updateAnswersText(original, { questionnaire: 'icare', version: 1, status: 'in-progress', answers: { 'same-standard-everywhere': 3 } });
    expect(text).not.toContain('service-standards-defined');
    expect(text).toContain('# the standards folder is in the back office');
    const fresh = { questionnaire: 'icare', answers: { a: 1 } };
    expect(updateAnswersText('- just a list\n', fresh)).toBe(stringifyAnswers(fresh));
  });
});

describe('updateAnswersText on a blank to fill in', () => {
  it('keeps the blanks and their comments, fills in the ones answered', () => {
    // As `icare show --format answers` writes it: a blank line before each question's comments.
    const blank = 'questionnaire: icare\nstatus: in-progress\nanswers:\n\n  # First question\n  same-standard-everywhere:\n\n  # Second question\n  care-on-busy-days:\n';
    const text = updateAnswersText(blank, { questionnaire: 'icare', status: 'in-progress', answers: { 'care-on-busy-days': 4 } });
    expect(text).toBe('questionnaire: icare\nstatus: in-progress\nanswers:\n\n  # First question\n  same-standard-everywhere:\n\n  # Second question\n  care-on-busy-days: 4\n');
  });
});

describe('anonymousFileName', () => {
  it('is organisation, questionnaire, role and the suffix, as slugs; no role, no part', () => {
    expect(anonymousFileName({ organisation: 'Acme Support!', questionnaire: 'icare', role: 'Team lead', suffix: '0a1b2c' })).toBe('acme-support-icare-team-lead-0a1b2c.yaml');
    expect(anonymousFileName({ organisation: 'Acme', questionnaire: 'icare', suffix: '0a1b2c' })).toBe('acme-icare-0a1b2c.yaml');
  });
});
