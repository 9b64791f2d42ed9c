// Never overwriting: a taken name gets a suffix, and each questionnaire gets its own file.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answer, base, fakeAsker, FILE, readYaml, runAssess, shown, tmp, TODAY } from '../../helpers/scriptedAssess.js';

describe('never overwriting', () => {
  it('adds a suffix when the file already exists', async () => {
    const dir = tmp();
    writeFileSync(join(dir, FILE), 'precious: true\n');
    const fake = fakeAsker([answer(5), { kind: 'quit' }]);
    const r = await runAssess(base(dir), fake);
    const second = join(dir, `acme-support-little-${TODAY}-2.yaml`);
    expect(r.out).toContain(`Saved 1 of 6 answers to ${shown(`acme-support-little-${TODAY}-2.yaml`)}`);
    expect(readFileSync(join(dir, FILE), 'utf8')).toBe('precious: true\n');
    expect(readYaml(second)).toMatchObject({ answers: { greet: 5 } });
  });

  it('one file per questionnaire, and a resume command for each unfinished one', async () => {
    const dir = tmp();
    let n = 0;
    const fake = fakeAsker((v) => (++n <= 6 ? (v.question.type === 'text' ? { kind: 'skip' } : answer('n/a')) : { kind: 'quit' }));
    const r = await runAssess(base(dir, { ids: ['little', 'five-ideas'] }), fake);
    expect(r.code).toBe(0);
    expect(fake.views[0]!.total).toBeGreaterThan(6);
    expect(readdirSync(dir).sort()).toEqual([`acme-support-five-ideas-${TODAY}.yaml`, FILE]);
    expect(readYaml(join(dir, FILE)).status).toBe('complete');
    expect(readYaml(join(dir, `acme-support-five-ideas-${TODAY}.yaml`)).status).toBe('in-progress');
    expect(r.out).toContain(`(complete)`);
    expect(r.out).toContain(`icare assess --resume ${shown(`acme-support-five-ideas-${TODAY}.yaml`)}`);
    expect(r.out).not.toContain(`--resume ${shown(FILE)}`);
  });
});
