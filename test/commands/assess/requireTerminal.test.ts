// Refusing to wait for a terminal that is not there (piped input, CI), and unknown questionnaire ids.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assess } from '../../../src/commands/assess/index.js';
import { exitCodeFor } from '../../../src/cli.js';
import { makeContext } from '../../../src/shell/context.js';
import { ROOT, runCli } from '../../helpers/cli.js';
import { base, fakeAsker, io, LITTLE, runAssess, tmp, TODAY } from '../../helpers/scriptedAssess.js';

describe('without a terminal', () => {
  it('exits 2 when standard input is not a terminal, pointing to the other ways in', async () => {
    const dir = tmp();
    const r = await runCli(['assess', 'icare', '--organisation', 'Acme', '--out', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('standard input is not a terminal');
    expect(r.stderr).toContain('icare validate');
    expect(r.stderr).toContain('icare import');
    expect(r.stderr).toContain('icare assess --resume FILE');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('exits 2 when CI is set, even at a terminal; CI=false does not count', async () => {
    const dir = tmp();
    const h = io({ env: { CI: 'true' } });
    const ctx = await makeContext(h.io, ROOT);
    const code = await assess(base(dir), ctx, { asker: fakeAsker([]).asker, today: TODAY }).catch((e: unknown) => exitCodeFor(e, ctx));
    expect(code).toBe(2);
    expect(h.err()).toContain('CI is set');
    expect(readdirSync(dir)).toEqual([]);

    const fake = fakeAsker([{ kind: 'quit' }]);
    const r = await runAssess(base(dir), fake, { CI: 'false' });
    expect(r.code).toBe(0);
    expect(fake.views).toHaveLength(1);
  });

  it('CI=FALSE, in any case, does not count either (as for init)', async () => {
    for (const CI of ['FALSE', 'False', '0', '']) {
      const dir = tmp();
      const fake = fakeAsker([{ kind: 'quit' }]);
      const r = await runAssess(base(dir), fake, { CI });
      expect(r.code, `CI=${CI}`).toBe(0);
      expect(fake.views, `CI=${CI}`).toHaveLength(1);
    }
  });

  it('an unknown questionnaire id is a usage error that lists the known ones', async () => {
    const r = await runCli(['assess', 'icare', 'nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown questionnaire "nope"; known: fanatical-support, five-ideas, icare, icare-customers, service-foundations, service-truths');
    const own = await runCli(['assess', 'nope', '-q', LITTLE]);
    expect(own.stderr).toContain(`(see \`icare list --questionnaires ${LITTLE}\`)`);
    const shown = await runCli(['show', 'nope', '-q', LITTLE]);
    expect(shown.stderr).toContain(`(see \`icare list --questionnaires ${LITTLE}\`)`);
  });
});
