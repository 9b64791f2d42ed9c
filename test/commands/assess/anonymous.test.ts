// assess --anonymous: no name asked or stored, and files named so that none gives the respondent away.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';
import { answer, base, fakeAsker, readYaml, runAssess, tmp, TODAY, validates } from '../../helpers/scriptedAssess.js';

describe('--anonymous', () => {
  it('asks no name, stores none, and names the file by organisation, questionnaire, role and a random suffix', async () => {
    const dir = tmp();
    const fake = fakeAsker([answer(4), { kind: 'quit' }]);
    const r = await runAssess(base(dir, { name: undefined, role: undefined, anonymous: true }), fake);
    expect(r.code).toBe(0);
    expect(fake.detailsCalls).toEqual([{ organisation: 'Acme Support', name: '' }]);
    const [file, ...others] = readdirSync(dir);
    expect(others).toEqual([]);
    expect(file).toMatch(/^acme-support-little-[0-9a-f]{6}\.yaml$/);
    const saved = readYaml(join(dir, file!));
    expect(saved.respondent).toBeUndefined();
    expect(readFileSync(join(dir, file!), 'utf8')).not.toMatch(/name|Dana/);
    expect(saved).toMatchObject({ questionnaire: 'little', organisation: 'Acme Support', date: TODAY, answers: { greet: 4 } });
    await validates(join(dir, file!));
  });

  it('keeps the role, and gives each file its own suffix', async () => {
    const dir = tmp();
    const names = new Set<string>();
    for (let i = 0; i < 3; i++) {
      await runAssess(base(dir, { name: undefined, anonymous: true }), fakeAsker([{ kind: 'quit' }]));
    }
    for (const f of readdirSync(dir)) {
      expect(f).toMatch(/^acme-support-little-frontline-[0-9a-f]{6}(-\d)?\.yaml$/);
      expect(readYaml(join(dir, f)).respondent).toEqual({ role: 'frontline' });
      names.add(f.replace(/-\d\.yaml$/, '.yaml'));
    }
    expect(names.size).toBe(3);
  });

  it('refuses --name beside it, and on --resume', async () => {
    const named = await runCli(['assess', 'icare', '--anonymous', '--name', 'Dana']);
    expect(named.code).toBe(2);
    expect(named.stderr).toContain('--anonymous asks for no name and stores none: leave out --name');
    const resumed = await runCli(['assess', '--anonymous', '--resume', 'x.yaml']);
    expect(resumed.code).toBe(2);
    expect(resumed.stderr).toContain('--resume continues the file as it is');
    expect((await runCli(['assess', '--help'])).stdout).toContain('--anonymous');
  });
});
