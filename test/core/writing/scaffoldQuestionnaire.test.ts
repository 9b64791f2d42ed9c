import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkQuestionnaire } from '../../../src/core/checks/checkFile.js';
import { parseYaml } from '../../../src/core/yaml/parseYaml.js';
import { scaffoldQuestionnaire, sectionIds } from '../../../src/core/writing/scaffoldQuestionnaire.js';
import { ROOT } from '../../helpers/cli.js';

describe('scaffoldQuestionnaire', () => {
  it('gives unique kebab-case section ids, whatever the titles', () => {
    expect(sectionIds(['Hiring', 'Hiring', '???', 'Comments', 'Café crème'])).toEqual(['hiring', 'hiring-2', 'section-3', 'comments-2', 'cafe-creme']);
  });

  it('property: any id, title and section titles give a questionnaire with no findings', () => {
    const text = fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }).filter((s) => s.trim() === s && s !== '' && !/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(s));
    const id = fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,3}$/);
    fc.assert(
      fc.property(id, text, fc.array(text, { maxLength: 6 }), (qid, title, sections) => {
        const yaml = scaffoldQuestionnaire({ id: qid, title, sections, schema: '../schema/questionnaire.schema.json' });
        const parsed = parseYaml(yaml, 'x.yaml');
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const check = checkQuestionnaire({ file: 'x.yaml', text: yaml, data: parsed.data });
        expect(check.findings).toEqual([]);
        expect(check.questionnaire?.title).toBe(title);
        expect(check.questionnaire?.sections.map((s) => s.title)).toEqual([...(sections.length ? sections : ['First area', 'Second area', 'Third area']), 'Comments']);
      }),
      { numRuns: 150 },
    );
  });
});

describe('scaffoldQuestionnaire output', () => {
  it('is the golden file, byte for byte', () => {
    const yaml = scaffoldQuestionnaire({ id: 'team-health', title: 'Team health: "how we work"', sections: ['Hiring', 'Coaching', 'Feedback', 'Hiring'], schema: '../schema/questionnaire.schema.json' });
    expect(yaml).toBe(readFileSync(join(ROOT, 'test', 'golden', 'init-team-health.yaml'), 'utf8'));
  });

  it('uses the placeholder sections when given none', () => {
    const yaml = scaffoldQuestionnaire({ id: '0', title: 'Zero', sections: [], schema: '/abs/questionnaire.schema.json' });
    expect(yaml).toBe(readFileSync(join(ROOT, 'test', 'golden', 'init-default-sections.yaml'), 'utf8'));
  });
});
