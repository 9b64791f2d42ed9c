// Confidential by default (issue 15), over every command and format on the bundled examples: no
// respondent's name unless --names, and no figure for a group smaller than --min-group.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const FORMATS = ['terminal', 'markdown', 'json', 'html', 'csv'] as const;

/** Every answers file under examples/, with its folder and its respondent's name and role. */
function exampleFiles(): { dir: string; name?: string; role?: string; questionnaire: string; said: string }[] {
  const out: { dir: string; name?: string; role?: string; questionnaire: string; said: string }[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
      const path = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(path);
      else if (e.name.endsWith('.yaml')) {
        const text = readFileSync(join(ROOT, path), 'utf8');
        const doc = parse(text) as { questionnaire: string; respondent?: { name?: string; role?: string }; answers?: unknown };
        const said = JSON.stringify(doc.answers ?? {});
        out.push({ dir, questionnaire: doc.questionnaire, said, ...(doc.respondent?.name && { name: doc.respondent.name }), ...(doc.respondent?.role && { role: doc.respondent.role }) });
      }
    }
  };
  walk('examples');
  return out;
}

const files = exampleFiles();
// Respondents may name colleagues in their own notes ("Jess referred two people"): such words are
// theirs to say. The names checked are those that no answer mentions, so any in a report is an
// attribution.
const said = files.map((f) => f.said).join('\n');
const names = [...new Set(files.flatMap((f) => (f.name && !said.includes(f.name) ? [f.name] : [])))];
/** The name as a whole word ("Ade", not "made"). */
const whole = (name: string): RegExp => new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u');
const folders = [...new Set(files.map((f) => f.dir))];
const icareRounds = folders.filter((d) => d.startsWith('examples/icare/')).sort();

/** Every report a user might share, by command line. */
const commands: string[][] = [
  ...folders.flatMap((d) => [['report', d], ['report', d, '--by', 'role']]),
  ['report', icareRounds.at(-1)!, '--history', 'examples/icare'],
  ['compare', icareRounds[0]!, '--to', icareRounds.at(-1)!],
];

describe('confidential by default', () => {
  it('the examples name their respondents, so the checks below can fail', () => {
    expect(names.length).toBeGreaterThan(5);
    expect(icareRounds.length).toBeGreaterThanOrEqual(2);
  });

  for (const argv of commands) {
    it(`${argv.join(' ')}: no name in any format`, async () => {
      for (const format of FORMATS) {
        const r = await runCli([...argv, '--format', format]);
        expect(r.code, `${format}: ${r.stderr}`).toBe(0);
        for (const name of names) expect(r.stdout, `${format} names ${name}`).not.toMatch(whole(name));
      }
    });
  }

  it('--names shows who wrote the notes, and says so in the header', async () => {
    const withNames = await runCli(['report', icareRounds.at(-1)!, '--format', 'markdown', '--names']);
    expect(withNames.stdout).toContain('Names are shown (--names).');
    expect(names.some((n) => whole(n).test(withNames.stdout))).toBe(true);
  });

  it('--by role gives no figure for a group under --min-group, in any format', async () => {
    for (const dir of folders) {
      const doc = JSON.parse((await runCli(['report', dir, '--by', 'role', '--format', 'json'])).stdout);
      for (const r of Array.isArray(doc) ? doc : [doc]) {
        for (const g of r.byRole.roles) {
          if (g.hidden) expect(Object.keys(g).sort(), `${dir} ${g.role}`).toEqual(['hidden', 'role']);
          else expect(g.respondents, `${dir} ${g.role}`).toBeGreaterThanOrEqual(r.byRole.minGroup);
        }
      }
    }
  });
});
