// Every terminal output fits COLUMNS from 60 up (issue 17, item 8): no line longer than the
// width once colour is stripped, no section name cut to "Attentive…" where it can wrap instead.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const NOV = 'examples/icare/2026-11-16';
const MAY = 'examples/icare/2026-05-18';
const SGR = /\u001b\[[0-9;]*m/g;

const COMMANDS: readonly (readonly string[])[] = [
  ['report', NOV],
  ['report', NOV, '--by', 'role', '--history', 'examples/icare', '--all'],
  ['report', NOV, '--by', 'role', '--min-group', '1'],
  ['report', 'examples/service-truths/2026-11-16', '--by', 'role'],
  ['report', 'examples/service-foundations/2026-11-16'],
  ['compare', MAY, '--to', NOV],
  ['list'],
  ['show', 'icare'],
  ['show', 'service-truths'],
  ['validate', 'test/fixtures/validate'],
];

async function sectionTitles(): Promise<string[]> {
  const titles: string[] = [];
  for (const id of ['icare', 'service-truths', 'service-foundations']) {
    const q = JSON.parse((await runCli(['show', id, '--format', 'json'])).stdout);
    titles.push(...q.sections.map((s: { title: string }) => s.title));
  }
  return titles;
}

describe('narrow terminals', () => {
  for (const columns of [60, 80, 120]) {
    it(`every terminal output fits ${columns} columns, coloured or not, and cuts no section name`, async () => {
      const titles = await sectionTitles();
      for (const argv of COMMANDS) {
        for (const env of [{}, { NO_COLOR: undefined, FORCE_COLOR: '1' }]) {
          const r = await runCli(argv, { columns, env });
          const text = r.stdout.replace(SGR, '');
          expect(text.length, argv.join(' ')).toBeGreaterThan(0);
          for (const line of text.split('\n')) expect([...line].length, `${argv.join(' ')} at ${columns}: ${line}`).toBeLessThanOrEqual(columns);
          // A cut name ends in "…" where the title goes on: "Attentive…" for "Attentiveness".
          for (const title of titles) {
            for (const word of title.split(/\s+/)) {
              for (let n = 1; n < word.length; n++) expect(text, `${argv.join(' ')}: ${word} cut`).not.toContain(`│ ${word.slice(0, n)}… `);
            }
          }
        }
      }
    });
  }

  it('wraps the summary lines instead of letting the terminal break them', async () => {
    const r = await runCli(['report', NOV, '--by', 'role'], { columns: 60 });
    const squashed = r.stdout.replace(/\s+/g, ' ');
    expect(squashed).toMatch(/Largest perception gap: \w+, [a-z ]+ [\d.]+ vs [a-z ]+ [\d.]+ \([\d.]+ points\)\./);
    const gap = r.stdout.split('\n').findIndex((l) => l.startsWith('Largest perception gap'));
    expect(r.stdout.split('\n')[gap + 1]).toMatch(/^ {2}\S/);
  });
});
