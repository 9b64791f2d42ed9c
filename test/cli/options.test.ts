// Whole-number options through the CLI: every option that takes one states the range it accepts,
// in the same words, and never JavaScript's largest safe integer.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const REPORT = ['report', 'examples/icare/2026-11-16'];

const CASES: { args: string[]; option: string; range: string }[] = [
  { args: [...REPORT, '--min-group'], option: '--min-group', range: 'a whole number of 1 or more' },
  { args: [...REPORT, '--population'], option: '--population', range: 'a whole number of 1 or more' },
  { args: [...REPORT, '--target'], option: '--target', range: 'a whole number from 0 to 100' },
  { args: ['validate', '--max-warnings'], option: '--max-warnings', range: 'a whole number of 0 or more' },
];

describe('whole-number options', () => {
  for (const { args, option, range } of CASES) {
    it(`${option} names its range for a value out of it, a fraction, a word and a huge number`, async () => {
      const below = range.includes('of 1') ? '0' : '-1';
      for (const bad of [below, '1.5', 'many', ...(range.includes('to 100') ? ['101'] : [])]) {
        const r = await runCli([...args, bad]);
        expect(r.code, bad).toBe(2);
        expect(r.stderr, bad).toContain(`${option} must be ${range}.`);
      }
      const huge = await runCli([...args, '99999999999999999999']);
      expect(huge.code).toBe(2);
      expect(huge.stderr).toContain(range.includes('to 100') ? `${option} must be ${range}.` : `${option} is too large; it must be ${range}.`);
      expect(huge.stderr).not.toMatch(/9007199254740991|e\+/);
    });
  }

  it('--min-group 0 says what it takes', async () => {
    const r = await runCli([...REPORT, '--min-group', '0']);
    expect(r.stderr).toContain("argument '0' is invalid. --min-group must be a whole number of 1 or more.");
  });

  it('accepts the bounds', async () => {
    expect((await runCli([...REPORT, '--min-group', '1', '--target', '100', '--format', 'json'])).code).toBe(0);
    expect((await runCli(['validate', '--max-warnings', '0'])).code).toBe(0);
  });
});
