// Which column is which question (headers, --map) and what the written files are named.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';
import { icare } from '../../helpers/icare.js';
import { fixture, type JsonSummary, yamlFiles } from '../../helpers/importedFiles.js';
import { tempFolders } from '../../helpers/tempFolders.js';

const tmp = tempFolders('icare-import-');

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
