import { exitCodeFor } from '../../../src/cli.js';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { expandPaths } from '../../../src/shell/files.js';
import { loadAnswersFiles } from '../../../src/shell/loadFiles.js';
import { loadCatalogFiles } from '../../../src/shell/catalog.js';
import type { Answers, Questionnaire } from '../../../src/core/model/model.js';
import { score } from '../../../src/core/scoring/score.js';
import type { ScoreResult } from '../../../src/core/scoring/scoreResult.js';
import { importCsv } from '../../../src/commands/import/index.js';
import { makeContext } from '../../../src/shell/context.js';
import { FIXTURES, ROOT, runCli, spawnCli } from '../../helpers/cli.js';

const DIR = join(FIXTURES, 'import');
const fixture = (name: string): string => join(DIR, name);
const made: string[] = [];
const tmp = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'icare-import-'));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const { catalog } = loadCatalogFiles(await expandPaths(['questionnaires'], ROOT), [], ROOT);
const icare = catalog.get('icare') as Questionnaire;

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

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
}

interface JsonSummary {
  rows: number;
  written: number;
  rejected: number;
  empty: number;
  files: string[];
  problems: { row: number; column: number; header: string; rule: string; message: string }[];
  notes: { column: number; header: string; severity: string; rule: string }[];
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

describe('icare import: rejected rows', () => {
  it.each([
    ['bad-option-label.csv', 3, 4, 'unknown-option', '"Written down somewhere" is not a valid answer', 2],
    ['scale-out-of-range.csv', 3, 5, 'answer-out-of-scale', '"7" is not a valid answer: answer 7 to "wait-apology" is outside its scale 1–5', 1],
    // The row before it spans lines 2–3 (a quoted cell with a CRLF inside).
    ['ragged-row.csv', 4, 9, 'ragged-row', 'row has 9 cells but the header has 8', 2],
  ])('%s: reported at line %i column %i, and nothing is written', async (name, line, column, rule, message, valid) => {
    const root = tmp();
    const out = join(root, 'imported');
    const r = await runCli(['import', fixture(name), '--questionnaire', 'icare', '--out', out]);
    const problem = r.stderr.split('\n').find((l) => l.includes(' error '));
    expect(problem).toMatch(new RegExp(`^test/fixtures/import/${name.replace('.', '\\.')}:${line}:${column} error `));
    expect(problem).toContain(message);
    expect(problem).toContain(`(${rule})`);
    expect(r.stderr).toContain(`rows: 1 row rejected, so no files were written (fix the cells above, or use --skip-invalid to write the ${valid} valid row`);
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(root)).toEqual([]);
  });

  it('names the column header of the bad cell', async () => {
    const r = await runCli(['import', fixture('bad-option-label.csv'), '--questionnaire', 'icare', '--out', tmp()]);
    expect(r.stderr).toContain('error column "Our service standards (what every customer can ex…": "Written down somewhere"');
  });

  it('leaves an existing --out folder as it was', async () => {
    const out = tmp();
    writeFileSync(join(out, 'keep.yaml'), 'questionnaire: icare\nanswers: {}\n');
    const r = await runCli(['import', fixture('scale-out-of-range.csv'), '--questionnaire', 'icare', '--out', out]);
    expect(r.code).toBe(1);
    expect(readdirSync(out)).toEqual(['keep.yaml']);
  });

  it('--skip-invalid writes the valid rows, says how many were skipped and exits 0', async () => {
    const out = tmp();
    const r = await runCli(['import', fixture('ragged-row.csv'), '--questionnaire', 'icare', '--out', out, '--skip-invalid']);
    expect(r.stderr).toContain('ragged-row.csv:4:9 error row has 9 cells');
    expect(r.stderr).toContain(`3 rows: 2 answers files written to ${out}/, 1 row rejected and skipped`);
    expect(r.code).toBe(0);
    expect(yamlFiles(out)).toEqual(['icare-2026-11-16-aisha-mensah.yaml', 'icare-2026-11-16-jamie-rowe.yaml']);
    // The multi-line cell keeps its line break (as LF).
    const aisha = jsYaml.load(readFileSync(join(out, 'icare-2026-11-16-aisha-mensah.yaml'), 'utf8')) as { answers: Record<string, unknown> };
    expect(aisha.answers['biggest-obstacle']).toBe('Five chats at once.\nAnd not seeing what people bought in the stores.');
    expect((await runCli(['validate', out])).code).toBe(0);
  });

  it('--skip-invalid still fails when every row is rejected', async () => {
    const out = join(tmp(), 'o');
    const r = await runCli(['import', fixture('day-first-dates.csv'), '--questionnaire', 'icare', '--out', out, '--skip-invalid']);
    expect(r.stderr).toContain('2 rows: 0 answers files written');
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it('reads dates month first unless the map says day-first', async () => {
    const out = tmp();
    const bad = await runCli(['import', fixture('day-first-dates.csv'), '--questionnaire', 'icare', '--out', out]);
    expect(bad.stderr).toContain('day-first-dates.csv:2:1 error column "Timestamp": "16/11/2026 09:14:02" is not a valid date when read month-first; if the export writes the day first, add "dates: day-first" to a --map file (bad-date)');
    expect(bad.code).toBe(1);
    const good = await runCli(['import', fixture('day-first-dates.csv'), '--questionnaire', 'icare', '--out', out, '--map', fixture('day-first.map.yaml')]);
    expect(good.code).toBe(0);
    expect(yamlFiles(out)).toEqual(['icare-2026-11-16-aisha-mensah.yaml', 'icare-2026-11-17-jamie-rowe.yaml']);
  });
});

describe('icare import: columns, maps and names', () => {
  it('ignores an unknown header with a warning naming its column', async () => {
    const out = tmp();
    const r = await runCli(['import', fixture('unknown-header.csv'), '--questionnaire', 'icare', '--out', out]);
    expect(r.stderr).toContain('unknown-header.csv:1:3 warning column "Department" matches no question of "icare" and is ignored');
    expect(r.stderr).toContain('2 rows: 2 answers files written');
    expect(r.code).toBe(0);
    const files = yamlFiles(out);
    expect(files).toHaveLength(2);
    expect(readFileSync(join(out, files[1]!), 'utf8')).not.toContain('Bike workshop');
  });

  it('--map names columns, fields and custom labels', async () => {
    const out = tmp();
    const r = await runCli(['import', fixture('custom-headers.csv'), '--questionnaire', 'icare', '--out', out, '--map', fixture('custom-headers.map.yaml')]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('unmatched-column');
    expect(yamlFiles(out)).toEqual(['harbour-street-icare-2026-11-16-aisha-mensah.yaml', 'harbour-street-icare-2026-11-16-dev-patel.yaml']);
    const dev = jsYaml.load(readFileSync(join(out, 'harbour-street-icare-2026-11-16-dev-patel.yaml'), 'utf8'), { schema: jsYaml.CORE_SCHEMA });
    expect(dev).toEqual({
      questionnaire: 'icare',
      version: icare.version,
      organisation: 'Harbour Street',
      respondent: { name: 'Dev Patel', role: 'frontline' },
      date: '2026-11-16',
      status: 'complete',
      answers: { 'service-standards-defined': 'not-defined', 'same-standard-everywhere': 2, 'standards-improved': 'no' }, // the option's key
    });
  });

  it('a map naming an unknown question is reported with its position, and nothing is imported', async () => {
    const out = join(tmp(), 'o');
    const r = await runCli(['import', fixture('custom-headers.csv'), '--questionnaire', 'icare', '--out', out, '--map', fixture('map-unknown-question.yaml')]);
    expect(r.stderr).toContain('test/fixtures/import/map-unknown-question.yaml:4:31 error "icare" has no question "same-service-everywhere"');
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it('never overwrites: a second import of the same export gets numbered names', async () => {
    const out = tmp();
    writeFileSync(join(out, 'icare-2026-11-16-aisha-mensah.yaml'), '# mine\n');
    const first = await runCli(['import', fixture('google-forms.csv'), '--questionnaire', 'icare', '--out', out]);
    expect(first.code).toBe(0);
    const second = await runCli(['import', fixture('google-forms.csv'), '--questionnaire', 'icare', '--out', out]);
    expect(second.code).toBe(0);
    expect(readFileSync(join(out, 'icare-2026-11-16-aisha-mensah.yaml'), 'utf8')).toBe('# mine\n');
    expect(yamlFiles(out)).toEqual([
      'icare-2026-11-16-aisha-mensah-2.yaml',
      'icare-2026-11-16-aisha-mensah-3.yaml',
      'icare-2026-11-16-aisha-mensah.yaml',
      'icare-2026-11-16-helen-carter-2.yaml',
      'icare-2026-11-16-helen-carter.yaml',
      'icare-2026-11-16-priya-shah-2.yaml',
      'icare-2026-11-16-priya-shah.yaml',
      'icare-2026-11-17-jamie-rowe-2.yaml',
      'icare-2026-11-17-jamie-rowe.yaml',
    ]);
    expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([]); // no staging left behind
  });

  it('--format json puts the summary on stdout', async () => {
    const out = tmp();
    const r = await runCli(['import', fixture('bad-option-label.csv'), '--questionnaire', 'icare', '--out', out, '--skip-invalid', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const s = JSON.parse(r.stdout) as JsonSummary;
    expect(s).toMatchObject({ rows: 3, written: 2, rejected: 1, empty: 0 });
    expect(s.files).toEqual([join(out, 'icare-2026-11-16-aisha-mensah.yaml'), join(out, 'icare-2026-11-16-helen-carter.yaml')]);
    expect(s.problems).toEqual([
      {
        row: 3,
        column: 4,
        header: 'Our service standards (what every customer can expect at every visit or contact) are…',
        rule: 'unknown-option',
        message: expect.stringContaining('"Written down somewhere" is not a valid answer') as unknown as string,
      },
    ]);
    expect(s.notes.map((n) => n.rule)).toEqual(['question-without-column']);
  });

  it('names files after the row when the respondent has no name', async () => {
    const root = tmp();
    const csv = join(root, 'nameless.csv');
    mkdirSync(join(root, 'out'));
    writeFileSync(csv, 'Completion time,wait-apology\n11/16/26 9:14:02,4\n11/16/26 9:20:00,\n11/16/26 9:30:00,n/a\n');
    const r = await runCli(['import', csv, '--questionnaire', 'icare', '--out', join(root, 'out')]);
    expect(r.stderr).toContain('3 rows: 2 answers files written to');
    expect(r.stderr).toContain('1 row without answers skipped');
    expect(yamlFiles(join(root, 'out'))).toEqual(['icare-2026-11-16-row-2.yaml', 'icare-2026-11-16-row-4.yaml']);
  });
});

describe('icare import: many rows sharing one name', () => {
  it('writes 2,000 files named name.yaml, name-2.yaml … name-2000.yaml, each row its own file, replacing nothing', async () => {
    const root = tmp();
    const csv = join(root, 'same.csv');
    // The comment tells the rows apart: a replaced file would lose its row.
    const rows = Array.from({ length: 2000 }, (_, i) => `2026-11-16,Sam Same,4,row ${i + 2}`);
    writeFileSync(csv, ['Timestamp,Your name,wait-apology,biggest-obstacle', ...rows].join('\n') + '\n');
    const out = join(root, 'out');
    const r = await runCli(['import', csv, '--questionnaire', 'icare', '--out', out]);
    expect(r.stderr).toContain('2000 rows: 2000 answers files written to');
    expect(r.code).toBe(0);
    const base = 'icare-2026-11-16-sam-same';
    const names = [`${base}.yaml`, ...Array.from({ length: 1999 }, (_, i) => `${base}-${i + 2}.yaml`)];
    expect(yamlFiles(out)).toEqual([...names].sort());
    const comments = names.map((f) => (jsYaml.load(readFileSync(join(out, f), 'utf8')) as { answers: Record<string, unknown> }).answers['biggest-obstacle']);
    expect(comments).toEqual(Array.from({ length: 2000 }, (_, i) => `row ${i + 2}`));
  });
});

describe('icare import: files past the bounds on columns and row size', () => {
  it('100,000 columns: a finding at the first column past the bound, exit 1, nothing written', async () => {
    const root = tmp();
    const csv = join(root, 'wide.csv');
    writeFileSync(csv, ['Your name', 'wait-apology', ...Array.from({ length: 100_000 }, (_, i) => `c${i}`)].join(',') + '\nDana,4\n');
    const r = await runCli(['import', csv, '--questionnaire', 'icare', '--out', join(root, 'out')], { cwd: root });
    expect(r.stderr).toBe(
      'wide.csv:1:10001 error the row has more than 10000 columns; icare reads at most 10000 (is this a form\'s export?) (csv-too-many-columns)\n' +
        'icare: wide.csv: stopped reading at line 1, past a bound on what icare reads; nothing was imported\n',
    );
    expect(r.code).toBe(1);
    expect(existsSync(join(root, 'out'))).toBe(false);
  });

  it('a cell just over the bound on a row\'s characters: a finding at its line and column, exit 1, nothing written', async () => {
    const root = tmp();
    const csv = join(root, 'long.csv');
    writeFileSync(csv, `Your name,wait-apology,biggest-obstacle\nDana,4,short\nLee,3,"${'x'.repeat(2 * 1024 * 1024 + 1)}"\nKim,2,\n`);
    const r = await runCli(['import', csv, '--questionnaire', 'icare', '--out', join(root, 'out'), '--format', 'json'], { cwd: root });
    expect(r.stderr).toBe('icare: long.csv: stopped reading at line 3, past a bound on what icare reads; nothing was imported\n');
    expect(r.code).toBe(1);
    const s = JSON.parse(r.stdout) as JsonSummary;
    expect(s).toMatchObject({ rows: 1, written: 0, files: [] });
    expect(s.problems).toEqual([{ row: 3, column: 3, header: 'biggest-obstacle', rule: 'csv-row-too-long', message: expect.stringContaining('the row passes 2097152 characters in this cell') as unknown as string }]);
    expect(existsSync(join(root, 'out'))).toBe(false);
  });
});

describe('icare import: interrupted', () => {
  it('Ctrl-C stops at the next row, removes what it staged and leaves --out as it was', async () => {
    const root = tmp();
    const csv = join(root, 'big.csv');
    const [header, ...data] = readFileSync(fixture('google-forms.csv'), 'utf8').trimEnd().split('\n');
    // Rows without a quoted line break, repeated: enough that the import is under way when Ctrl-C comes.
    const oneLine = data.filter((l) => (l.match(/"/g) ?? []).length % 2 === 0);
    expect(oneLine.length).toBeGreaterThan(0);
    writeFileSync(csv, [header, ...Array.from({ length: 3000 }, (_, i) => oneLine[i % oneLine.length])].join('\n') + '\n');
    const out = join(root, 'out');
    let err = '';
    let removed = 0;
    const ctx = await makeContext(
      {
        stdout: { write: () => true },
        stderr: { write: (t: string) => ((err += t), true) },
        stdin: process.stdin,
        env: { NO_COLOR: '1' },
        cwd: root,
        // The interrupt arrives once the import has started writing.
        onInterrupt: (handler) => {
          const timer = setInterval(() => {
            if (existsSync(out) && readdirSync(out).some((f) => f.startsWith('.icare-import-'))) {
              clearInterval(timer);
              handler();
            }
          }, 1);
          return () => {
            clearInterval(timer);
            removed++;
          };
        },
      },
      ROOT,
    );
    const code = await importCsv({ csv, questionnaire: 'icare', questionnaires: [], out, format: 'text' }, ctx).catch((e: unknown) => exitCodeFor(e, ctx));
    expect(err).toMatch(/^icare: interrupted after \d+ rows; nothing was imported\n$/);
    expect(code).toBe(130);
    expect(removed).toBe(1);
    expect(existsSync(out)).toBe(false);
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
});
