// The import on real export shapes (the files score like the originals), its usage errors, and the built binary.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { loadAnswersFiles } from '../../../src/shell/loadFiles.js';
import type { Answers } from '../../../src/core/model/model.js';
import { score } from '../../../src/core/scoring/score.js';
import type { ScoreResult } from '../../../src/core/scoring/scoreResult.js';
import { ROOT, runCli, spawnCli } from '../../helpers/cli.js';
import { catalog, icare } from '../../helpers/icare.js';
import { fixture, yamlFiles } from '../../helpers/importedFiles.js';
import { tempFolders } from '../../helpers/tempFolders.js';

const tmp = tempFolders('icare-import-');

function load(paths: string[]): Answers[] {
  const { answers, findings } = loadAnswersFiles(paths, catalog, ROOT);
  expect(findings).toEqual([]);
  return answers;
}

/** The numbers a report shows: overall, per section and per question. */
function numbers(r: ScoreResult): unknown {
  return {
    score: r.score,
    level: r.level,
    sections: r.sections.map((s) => ({ id: s.id, score: s.score, spread: s.spread, questions: s.questions.map((q) => [q.id, q.score, q.answered, q.na]) })),
  };
}

describe('icare import: real export shapes become valid answers files that score like the originals', () => {
  // The Microsoft Forms export and its two re-encodings from Excel hold the same four respondents.
  const microsoftFormsRespondents = {
    originals: ['tom-manager', 'mia-frontline', 'leo-frontline', 'ruth-manager'],
    files: [
      'brightwater-outfitters-icare-2026-11-16-leo-brandt.yaml',
      'brightwater-outfitters-icare-2026-11-16-mia-novak.yaml',
      'brightwater-outfitters-icare-2026-11-16-tom-okafor.yaml',
      'brightwater-outfitters-icare-2026-11-17-ruth-lindqvist.yaml',
    ],
    args: ['--organisation', 'Brightwater Outfitters'],
  };
  const cases = [
    {
      name: 'google-forms.csv',
      originals: ['aisha-frontline', 'helen-executive', 'priya-manager', 'jamie-frontline'],
      files: ['icare-2026-11-16-aisha-mensah.yaml', 'icare-2026-11-16-helen-carter.yaml', 'icare-2026-11-16-priya-shah.yaml', 'icare-2026-11-17-jamie-rowe.yaml'],
      args: [] as string[],
      warning: undefined as string | undefined,
    },
    {
      name: 'microsoft-forms.csv',
      ...microsoftFormsRespondents,
    },
    {
      // The Microsoft Forms export saved from Excel as plain "CSV (Comma delimited)": Windows-1252
      // ("…" is the byte 0x85), no byte-order mark.
      name: 'excel-ansi.csv',
      ...microsoftFormsRespondents,
      warning: 'test/fixtures/import/excel-ansi.csv:1:1 warning the file is not UTF-8, so it is read as Windows-1252',
    },
    {
      // The same saved as Excel's "Unicode Text": UTF-16LE with a byte-order mark, tab-separated.
      name: 'excel-unicode-text.txt',
      ...microsoftFormsRespondents,
    },
    {
      // Two header rows (matrix questions over several columns, "Response" under single ones),
      // First Name and Last Name columns, and 12-hour times.
      name: 'surveymonkey.csv',
      originals: ['marcus-executive', 'sofia-frontline'],
      files: ['icare-2026-11-16-marcus-bell.yaml', 'icare-2026-11-16-sofia-marin.yaml'],
      args: [] as string[],
    },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const out = join(tmp(), 'imported');
      const r = await runCli(['import', fixture(c.name), '--questionnaire', 'icare', '--out', out, ...c.args]);
      const n = c.files.length;
      const [warning, ...rest] = c.warning ? r.stderr.split('\n') : ['', ...r.stderr.split('\n')];
      expect(warning).toContain(c.warning ?? '');
      expect(rest.join('\n')).toBe(`${n} rows: ${n} answers files written to ${out}/\n`);
      expect(r.code).toBe(0);
      expect(yamlFiles(out)).toEqual(c.files);

      const validated = await runCli(['validate', out]);
      expect(validated.stdout).toContain(`${n} files checked: 0 errors, 0 warnings`);
      expect(validated.code).toBe(0);

      // The same respondents entered directly as YAML (the bundled examples, whose texts the
      // fixtures were typed from): same answers, same report numbers.
      const imported = load(c.files.map((f) => join(out, f)));
      const direct = load(c.originals.map((o) => join(ROOT, 'examples/icare/2026-11-16', `${o}.yaml`)));
      const byName = (list: Answers[]): Map<string | undefined, Answers> => new Map(list.map((a) => [a.respondent.name, a]));
      for (const [name, a] of byName(direct)) {
        const b = byName(imported).get(name) as Answers;
        expect(b.respondent.role).toBe(a.respondent.role);
        expect(new Map([...b.answers].map(([id, x]) => [id, x.value]))).toEqual(new Map([...a.answers].map(([id, x]) => [id, x.value])));
      }
      // Same respondent order on both sides, so floating-point sums agree to the last digit.
      const ordered = (list: Answers[]): Answers[] => [...list].sort((a, b) => String(a.respondent.name).localeCompare(String(b.respondent.name)));
      expect(numbers(score(icare, ordered(imported)))).toEqual(numbers(score(icare, ordered(direct))));
    });
  }

  it('the files hold the respondent, date, status and organisation', async () => {
    const out = tmp();
    await runCli(['import', fixture('microsoft-forms.csv'), '--questionnaire', 'icare', '--out', out, '--organisation', 'Brightwater Outfitters']);
    const doc = jsYaml.load(readFileSync(join(out, 'brightwater-outfitters-icare-2026-11-17-ruth-lindqvist.yaml'), 'utf8'), { schema: jsYaml.CORE_SCHEMA }) as Record<string, unknown>;
    expect(doc).toMatchObject({
      questionnaire: 'icare',
      version: icare.version,
      organisation: 'Brightwater Outfitters',
      respondent: { name: 'Ruth Lindqvist', role: 'manager' },
      date: '2026-11-17', // "Completion time" 11/17/26 8:03:12, read month first
      status: 'complete',
    });
  });
});

describe('icare import: usage errors', () => {
  it('an unknown questionnaire exits 2 with the known ids', async () => {
    const r = await runCli(['import', fixture('google-forms.csv'), '--questionnaire', 'nope', '--out', tmp()]);
    const known = [...catalog.keys()].sort().join(', ');
    expect(known).toContain('icare-customers');
    expect(r.stderr).toBe(`icare: no questionnaire with id "nope" (known: ${known}); pass its folder with --questionnaires\n`);
    expect(r.code).toBe(2);
  });

  it('a missing CSV exits 2 with a message and no stack', async () => {
    const r = await runCli(['import', 'no-such.csv', '--questionnaire', 'icare', '--out', tmp()]);
    expect(r.stderr).toBe('icare: no-such.csv: no such file\n');
    expect(r.code).toBe(2);
  });

  it('a missing map file exits 2', async () => {
    const r = await runCli(['import', fixture('google-forms.csv'), '--questionnaire', 'icare', '--out', tmp(), '--map', 'no-such.yaml']);
    expect(r.stderr).toBe('icare: no-such.yaml: cannot read the --map file (no such file)\n');
    expect(r.code).toBe(2);
  });

  it('--questionnaire is required', async () => {
    const r = await runCli(['import', fixture('google-forms.csv')]);
    expect(r.stderr).toContain("required option '--questionnaire <id>' not specified");
    expect(r.code).toBe(2);
  });

  it('through the built binary: imports the Microsoft Forms export', () => {
    const out = tmp();
    const r = spawnCli(['import', 'test/fixtures/import/microsoft-forms.csv', '--questionnaire', 'icare', '--out', out]);
    expect(r.stderr).toBe(`4 rows: 4 answers files written to ${out}/\n`);
    expect(r.code).toBe(0);
    expect(yamlFiles(out)).toHaveLength(4);
  });

  it('on a system without `sync -f`, the staged files are synced one by one and the import is the same', () => {
    const [withSync, without, emptyPath] = [tmp(), tmp(), tmp()];
    const args = (out: string): string[] => ['import', 'test/fixtures/import/microsoft-forms.csv', '--questionnaire', 'icare', '--out', out];
    expect(spawnCli(args(withSync)).code).toBe(0);
    // No `sync` on PATH: the fallback runs.
    const r = spawnCli(args(without), { env: { PATH: emptyPath } });
    expect(r.stderr).toBe(`4 rows: 4 answers files written to ${without}/\n`);
    expect(r.code).toBe(0);
    const texts = (dir: string): string[] => yamlFiles(dir).map((f) => readFileSync(join(dir, f), 'utf8'));
    expect(texts(without)).toEqual(texts(withSync));
  });
});
