import { describe, expect, it } from 'vitest';
import { schemaReference, type SchemaDisk } from '../../../src/core/writing/schemaReference.js';

/** A disk with these project roots and these files. */
const disk = (projects: string[], files: string[] = []): SchemaDisk => ({ isProject: (d) => projects.includes(d), exists: (p) => files.includes(p) });

describe('schemaReference', () => {
  const schema = '/home/u/proj/node_modules/icare/schema/questionnaire.schema.json';
  it('is relative inside one project, so the file can be committed', () => {
    expect(schemaReference('/home/u/proj/questionnaires', schema, disk(['/home/u/proj']))).toBe('../node_modules/icare/schema/questionnaire.schema.json');
    expect(schemaReference('/work/main/questionnaires', '/work/main/schema/questionnaire.schema.json', disk(['/work/main']))).toBe('../schema/questionnaire.schema.json');
  });

  it('points at the project’s own node_modules/icare, even when the icare running is installed elsewhere', () => {
    const global = '/usr/lib/node_modules/icare/schema/questionnaire.schema.json';
    const installed = '/home/u/proj/node_modules/icare/schema/questionnaire.schema.json';
    expect(schemaReference('/home/u/proj/qs/team', global, disk(['/home/u/proj'], [installed]))).toBe('../../node_modules/icare/schema/questionnaire.schema.json');
    // A nested package's own install comes first.
    const nested = '/home/u/proj/pkg/node_modules/icare/schema/questionnaire.schema.json';
    expect(schemaReference('/home/u/proj/pkg/qs', global, disk(['/home/u/proj/pkg', '/home/u/proj'], [installed, nested]))).toBe('../node_modules/icare/schema/questionnaire.schema.json');
  });

  it('does not look above the project’s root, or anywhere when there is no project', () => {
    const global = '/usr/lib/node_modules/icare/schema/questionnaire.schema.json';
    const above = '/home/u/node_modules/icare/schema/questionnaire.schema.json';
    expect(schemaReference('/home/u/proj/qs', global, disk(['/home/u/proj'], [above]))).toBe(global);
    expect(schemaReference('/home/u/loose', global, disk([], [above]))).toBe(global);
  });

  it('is absolute when nothing else works: the two only share a folder that is not a project', () => {
    expect(schemaReference('/tmp/x', schema, disk([]))).toBe(schema);
    expect(schemaReference('/home/u/other', schema, disk([]))).toBe(schema);
  });
});
