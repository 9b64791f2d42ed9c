// A result written with --out is a file for others to read: whatever the terminal, no colour
// codes go into it (they do go to a colour terminal's stdout).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { tempFolders } from '../helpers/tempFolders.js';

const folder = tempFolders('icare-output-');
const colour = { tty: true, env: { NO_COLOR: undefined, FORCE_COLOR: '1' } };
const examples = (round: string): string => join(ROOT, 'examples', 'icare', round);

const CASES: readonly [string, readonly string[]][] = [
  ['show', ['show', 'icare']],
  ['report', ['report', examples('2026-11-16')]],
  ['compare', ['compare', examples('2026-05-18'), '--to', examples('2026-11-16')]],
];

describe('--out under a colour terminal', () => {
  it.each(CASES)('%s writes the file without colour codes', async (_, argv) => {
    const onScreen = await runCli(argv, colour);
    expect(onScreen.stdout).toContain('\u001b[');
    const out = join(folder(), 'result.txt');
    const written = await runCli([...argv, '--out', out], colour);
    expect(written.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).not.toContain('\u001b');
    expect(text.length).toBeGreaterThan(200);
  });
});
