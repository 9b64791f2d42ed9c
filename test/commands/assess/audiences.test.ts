// Questions with an audience: each role is asked, and counted on, only its own.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateFiles } from '../../../src/core/checks/validateFiles.js';
import { expandPaths, fileReader } from '../../../src/shell/files.js';
import { FIXTURES, ROOT } from '../../helpers/cli.js';
import { answer, fakeAsker, readYaml, runAssess, tmp } from '../../helpers/scriptedAssess.js';

describe('audiences', () => {
  const AUDIENCE = join(FIXTURES, 'assess', 'audience');

  it('asks a respondent only the questions whose audience takes in their role, and counts only those', async () => {
    const fake = fakeAsker([answer(4), answer('dont-know'), answer('n/a')]);
    const dir = tmp();
    const r = await runAssess({ ids: ['audience'], questionnaires: [AUDIENCE], organisation: 'Acme', name: '', role: 'frontline', out: dir }, fake);
    expect(r.code).toBe(0);
    expect(fake.views.map((v) => `${v.question.id} ${v.number}/${v.total}`)).toEqual(['greet 1/3', 'queue-managed 2/3', 'asked-for-ideas 3/3']);
    expect(fake.sections).toEqual(['Section 1 of 2 · Everyone · 1', 'Section 2 of 2 · On the floor · 2']);
    const [file] = readdirSync(dir);
    expect(readYaml(join(dir, file!))).toMatchObject({ status: 'complete', answers: { greet: 4, 'queue-managed': 'dont-know', 'asked-for-ideas': 'n/a' } });
    expect(r.out).toContain('(complete, 3 of 3 answered)');
    const bundled = await expandPaths([join(ROOT, 'questionnaires')], ROOT);
    expect(validateFiles({ files: [join(dir, file!)], bundled, questionnaireDirsFiles: await expandPaths([AUDIENCE], ROOT), read: fileReader(ROOT) }).findings).toEqual([]);
  });

  it('a manager and an executive are asked their own questions; a respondent without a role everything', async () => {
    const ids = async (role: string | undefined): Promise<string[]> => {
      const fake = fakeAsker(() => answer('n/a'));
      const dir = tmp();
      await runAssess({ ids: ['audience'], questionnaires: [AUDIENCE], organisation: 'Acme', name: '', ...(role === undefined ? { role: '' } : { role }), out: dir }, fake);
      return fake.views.map((v) => v.question.id);
    };
    expect(await ids('manager')).toEqual(['greet', 'standards-revised', 'budget-set', 'asked-for-ideas']);
    expect(await ids('executive')).toEqual(['greet', 'standards-revised', 'budget-set', 'plan-reviewed']);
    expect(await ids(undefined)).toEqual(['greet', 'standards-revised', 'budget-set', 'plan-reviewed', 'queue-managed', 'asked-for-ideas']);
  });

  it('resuming counts and asks only the questions the role is asked', async () => {
    const dir = tmp();
    const path = join(dir, 'frontline.yaml');
    writeFileSync(path, 'questionnaire: audience\nversion: 1\nrespondent: {role: frontline}\nstatus: in-progress\nanswers:\n  greet: 3\n');
    const fake = fakeAsker([answer(2), { kind: 'quit' }]);
    const r = await runAssess({ ids: [], questionnaires: [AUDIENCE], out: dir, resume: path }, fake);
    expect(r.out).toContain('1 of 3 questions answered so far');
    expect(fake.views.map((v) => `${v.question.id} ${v.number}/${v.total}`)).toEqual(['queue-managed 2/3', 'asked-for-ideas 3/3']);
    expect(r.out).toContain('Saved 2 of 3 answers to');
  });
});
