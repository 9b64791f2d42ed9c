// Stopping by Ctrl-C or SIGINT: every answer given so far saved, and exit 130 with the resume command.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess } from '../../../src/commands/assess/index.js';
import { exitCodeFor } from '../../../src/cli.js';
import { makeContext } from '../../../src/shell/context.js';
import { ROOT, runCli } from '../../helpers/cli.js';
import { answer, base, fakeAsker, FILE, io, LITTLE, readYaml, runAssess, shown, tmp, TODAY } from '../../helpers/scriptedAssess.js';

describe('an interrupt (Ctrl-C between prompts, or SIGINT)', () => {
  it('lets the answer being saved land, then stops with the resume command instead of ending the process', async () => {
    const dir = tmp();
    let fire: (() => void) | undefined;
    let removed = 0;
    const fake = fakeAsker((view) => {
      // Ctrl-C while the second answer is on its way to the file.
      if (view.number === 2) fire!();
      return view.number === 1 ? answer(4) : answer('yes');
    });
    let interrupted = 0;
    fake.asker.interrupt = () => void interrupted++;
    fake.bind(dir);
    const h = io({ cwd: dirname(dir) });
    const withSignals = {
      ...h.io,
      onInterrupt: (handler: () => void) => {
        fire = handler;
        return () => void removed++;
      },
    };
    const ctx = await makeContext(withSignals, ROOT);
    const code = await assess(base(dir), ctx, { asker: fake.asker, today: TODAY }).catch((e: unknown) => exitCodeFor(e, ctx));
    expect(code).toBe(130);
    expect(fake.views.map((v) => v.number)).toEqual([1, 2]);
    expect(interrupted).toBe(1);
    expect(removed).toBe(1);
    expect(h.err()).toContain(`icare: interrupted; every answer given so far is saved\n\nSaved 2 of 6 answers to ${shown(FILE)}\nTo continue where you stopped, run:\n  icare assess --resume ${shown(FILE)} \\\n    --questionnaires ${LITTLE}\n`);
    expect(readYaml(join(dir, FILE))).toMatchObject({ status: 'in-progress', answers: { greet: 4, written: 'yes' } });
  });
});

describe('Ctrl-C in a prompt', () => {
  it('exits 130 with the resume command, where q or Esc exits 0', async () => {
    const dir = tmp();
    const fake = fakeAsker([answer(4), { kind: 'quit' }]);
    fake.asker.interrupted = () => fake.views.length === 2;
    const r = await runAssess(base(dir), fake);
    expect(r.code).toBe(130);
    expect(r.out).toBe('');
    expect(r.err).toContain('icare: interrupted; every answer given so far is saved');
    expect(r.err).toContain(`Saved 1 of 6 answers to ${shown(FILE)}`);
    expect(r.err).toContain('icare assess --resume');
  });

  it('is documented in --help, and in the exit codes of icare --help', async () => {
    const help = (await runCli(['assess', '--help'])).stdout.replace(/\s+/g, ' ');
    expect(help).toContain('q (Save and quit) or Esc stops with exit code 0; Ctrl-C, or an interrupt (SIGINT) from elsewhere, stops with 130.');
    expect((await runCli(['--help'])).stdout.replace(/\s+/g, ' ')).toContain('130 stopped by Ctrl-C (import, assess, init)');
  });

  it('before the first question: exits 130 and says nothing was saved', async () => {
    const dir = tmp();
    const fake = fakeAsker([], { details: null });
    fake.asker.interrupted = () => true;
    const r = await runAssess(base(dir, { organisation: undefined }), fake);
    expect(r.code).toBe(130);
    expect(r.err).toContain('icare: interrupted before the first question; nothing was saved');
    expect(readdirSync(dir)).toEqual([]);
  });
});
