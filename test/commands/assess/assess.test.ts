// The assess loop with a scripted asker: what is written to disk after every step, and going back.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answer, base, fakeAsker, FILE, readYaml, runAssess, shown, tmp, TODAY, validates } from '../../helpers/scriptedAssess.js';

describe('a full run', () => {
  it('saves after every answer, marks the file complete at the end and shows the scorecard', async () => {
    const dir = tmp();
    const fake = fakeAsker([answer(2, 'Mostly at the door'), answer('yes'), answer('Written'), answer(9), answer(2), { kind: 'skip' }]);
    const r = await runAssess(base(dir), fake);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);

    // Before each question, the file holds exactly the answers given so far.
    expect(fake.snapshots.map((s) => Object.keys(s.answers as object).length)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(fake.snapshots.every((s) => s.status === 'in-progress')).toBe(true);
    expect(fake.snapshots[1]).toMatchObject({ answers: { greet: { value: 2, note: 'Mostly at the door' } } });
    expect(fake.views.map((v) => `${v.number}/${v.total}`)).toEqual(['1/6', '2/6', '3/6', '4/6', '5/6', '6/6']);
    expect(fake.views.map((v) => v.canGoBack)).toEqual([false, true, true, true, true, true]);
    expect(fake.sections).toEqual(['Section 1 of 2 · Basics · 3', 'Section 2 of 2 · Follow-up · 3']);

    const path = join(dir, FILE);
    expect(readYaml(path)).toEqual({
      questionnaire: 'little',
      version: 3,
      organisation: 'Acme Support',
      respondent: { name: 'Dana', role: 'frontline' },
      date: TODAY,
      status: 'complete',
      // The skipped text question has no entry.
      answers: { greet: { value: 2, note: 'Mostly at the door' }, written: 'yes', stage: 'Written', recommend: 9, 'promise-kept': 2 },
    });
    await validates(path);

    expect(r.out).toContain('Your scorecard · Little questionnaire');
    expect(r.out).toMatch(/│ Basics +│ +58\.3 │ Developing +│\n│ +│ +│ below target +│/);
    expect(r.out).toMatch(/│ Follow-up +│ +25\.0 │ Reactive +│/);
    expect(r.out).toContain('Overall 41.7 (1 respondent: no interval) · Developing · below target 75.0');
    // The first actions in the action plan's order: Follow-up is the first priority, so its question leads.
    expect(r.out).toMatch(/First in the action plan \(the report’s order\)\n {2}1\. We call back when we said we would\.\n.*Follow-up · 25\.0 · 50\.0 points below target\n {2}2\. Customers are greeted within a minute\.\n.*\n {2}3\. Our service vision is…\n/);
    expect(r.out).toContain(`${shown(FILE)} (complete, 5 of 6 answered)`);
    expect(r.out).toContain(`icare report ${shown(FILE)}`);
  });

  it('one answer and the rest skipped: the scorecard gives no level and no "on target"', async () => {
    const dir = tmp();
    const fake = fakeAsker([answer(5), { kind: 'skip' }, { kind: 'skip' }, { kind: 'skip' }, { kind: 'skip' }, { kind: 'skip' }]);
    const r = await runAssess(base(dir), fake);
    expect(r.code).toBe(0);
    const card = r.out.slice(r.out.indexOf('Your scorecard'), r.out.indexOf('Saved'));
    for (const level of ['Reactive', 'Developing', 'Established', 'Legendary']) expect(card).not.toContain(level);
    expect(card).not.toMatch(/on target|meets its target/);
    expect(card).toContain('needs more answers');
    expect(card).toContain('Overall 100.0 (1 respondent: no interval) · needs more answers');
  });

  it('asks for the questionnaires (icare pre-selected) and for the details not given by flags', async () => {
    const dir = tmp();
    const fake = fakeAsker(() => ({ kind: 'quit' }), { choose: ['little'] });
    const r = await runAssess(base(dir, { ids: [], organisation: undefined, name: undefined }), fake);
    expect(r.code).toBe(0);
    expect(fake.chooseCalls).toHaveLength(1);
    expect(fake.chooseCalls[0]!.ids[0]).toBe('icare');
    expect(fake.chooseCalls[0]!.ids).toContain('little');
    expect(fake.chooseCalls[0]!.preselected).toEqual(['icare']);
    expect(fake.detailsCalls).toEqual([{ role: 'frontline' }]);
    expect(readdirSync(dir)).toEqual([FILE]);
  });

  it('does not ask for details given by flags; an empty --name means no name', async () => {
    const dir = tmp();
    const fake = fakeAsker([{ kind: 'quit' }]);
    await runAssess(base(dir, { name: '', role: 'Team lead' }), fake);
    expect(fake.detailsCalls).toEqual([]);
    expect(readYaml(join(dir, FILE)).respondent).toEqual({ role: 'Team lead' });
  });

  it('stops before anything is written when the respondent quits the first prompts', async () => {
    const dir = tmp();
    const fake = fakeAsker([], { details: null });
    const r = await runAssess(base(dir, { organisation: undefined }), fake);
    expect(r.code).toBe(0);
    expect(r.out).toContain('nothing was saved');
    expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([]);
  });
});

describe('going back', () => {
  it('offers the earlier answer as the default and rewrites the file with the change', async () => {
    const dir = tmp();
    const fake = fakeAsker([answer(4), answer('no'), { kind: 'back' }, answer('yes'), { kind: 'back' }, { kind: 'back' }, answer(2), answer('yes'), { kind: 'quit' }]);
    const r = await runAssess(base(dir), fake);
    expect(r.code).toBe(0);
    expect(fake.views.map((v) => v.question.id)).toEqual(['greet', 'written', 'stage', 'written', 'stage', 'written', 'greet', 'written', 'stage']);
    expect(fake.views[3]!.current).toEqual({ value: 'no' });
    expect(fake.views[6]!.current).toEqual({ value: 4 });
    expect(fake.snapshots[4]).toMatchObject({ answers: { greet: 4, written: 'yes' } });
    expect(readYaml(join(dir, FILE))).toMatchObject({ status: 'in-progress', answers: { greet: 2, written: 'yes' } });
  });
});
