import { describe, expect, it } from 'vitest';
import { schemaReference } from '../../../src/core/writing/schemaReference.js';

describe('schemaReference', () => {
  const schema = '/home/u/proj/node_modules/icare/schema/questionnaire.schema.json';
  it('is relative inside one project, so the file can be committed', () => {
    expect(schemaReference('/home/u/proj/questionnaires', schema, (d) => d === '/home/u/proj')).toBe('../node_modules/icare/schema/questionnaire.schema.json');
    expect(schemaReference('/work/main/questionnaires', '/work/main/schema/questionnaire.schema.json', (d) => d === '/work/main')).toBe('../schema/questionnaire.schema.json');
  });
  it('is absolute when the two only share a folder that is not a project', () => {
    expect(schemaReference('/tmp/x', schema, () => false)).toBe(schema);
    expect(schemaReference('/home/u/other', schema, () => false)).toBe(schema);
  });
});
