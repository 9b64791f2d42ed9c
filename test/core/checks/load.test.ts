// Bulk loading's fast paths (one reusable read buffer, cheap display paths) must give exactly
// what the plain ways give.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayPath, expandPaths, yamlFilesIn } from '../../../src/shell/files.js';
import { loadAnswersFiles } from '../../../src/shell/loadFiles.js';
import { loadCatalogFiles, snapshotOf, type CatalogSnapshot } from '../../../src/shell/catalog.js';
import { ROOT } from '../../helpers/cli.js';

const catalog = async () => loadCatalogFiles(await expandPaths(['questionnaires'], ROOT), [], ROOT).catalog;

function answersFile(dir: string, name: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(path, `questionnaire: icare\nversion: 2\nrespondent:\n  role: manager\nanswers:\n${body}`);
  return path;
}

describe('loadAnswers', () => {
  it('reads files larger than its read buffer in full', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'icare-load-'));
    const small = answersFile(dir, 'small.yaml', '  wait-apology: 4\n');
    const big = answersFile(dir, 'big.yaml', `${'# padding\n'.repeat(10_000)}  wait-apology: 4\n  standards-improved: yes\n`);
    const { answers, findings } = loadAnswersFiles([small, big], await catalog(), dir);
    expect(findings).toEqual([]);
    expect([...answers[1]!.answers.keys()]).toEqual(['wait-apology', 'standards-improved']);
    expect(answers[1]!.answers.get('wait-apology')).toEqual(answers[0]!.answers.get('wait-apology'));
  });

  it('keeps each respondent’s own values and notes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'icare-load-'));
    const a = answersFile(dir, 'a.yaml', '  wait-apology: 4\n  wait-time-given:\n    value: 2\n    note: Only at lunch\n');
    const b = answersFile(dir, 'b.yaml', '  wait-apology: 4\n  wait-time-given:\n    value: 2\n    note: Never on Sundays\n');
    const [x, y] = loadAnswersFiles([a, b], await catalog(), dir).answers;
    expect(x!.answers.get('wait-apology')).toEqual({ value: 4 });
    expect(y!.answers.get('wait-apology')).toEqual(x!.answers.get('wait-apology'));
    expect(x!.answers.get('wait-time-given')).toMatchObject({ value: 2, note: 'Only at lunch' });
    expect(y!.answers.get('wait-time-given')).toMatchObject({ value: 2, note: 'Never on Sundays' });
  });
});

describe('displayPath', () => {
  it('matches path.relative inside the working folder and keeps other paths absolute', () => {
    const cases: [string, string][] = [
      ['/w/a/b.yaml', '/w'],
      ['/w/a/b.yaml', '/w/'],
      ['/w/a/../b.yaml', '/w'],
      ['/w/.x/b.yaml', '/w'],
      ['/wx/b.yaml', '/w'],
      ['/w/..b.yaml', '/w'],
      ['/w', '/w'],
      ['/v/b.yaml', '/w'],
      ['/b.yaml', '/'],
    ];
    for (const [path, cwd] of cases) {
      const rel = relative(cwd, path);
      expect(displayPath(path, cwd), `${path} from ${cwd}`).toBe(rel && !rel.startsWith('..') ? rel : path);
    }
  });
});

describe('yamlFilesIn', () => {
  it('lists YAML files depth-first in name order, skipping hidden folders and node_modules', () => {
    const dir = mkdtempSync(join(tmpdir(), 'icare-walk-'));
    for (const d of ['b', 'b/c', '.hidden', 'node_modules', 'a.yaml.d']) mkdirSync(join(dir, d));
    for (const f of ['z.yaml', 'B.YML', 'a.yml', 'notes.txt', 'b/x.yaml', 'b/c/y.yaml', '.hidden/h.yaml', '.dot.yaml', 'node_modules/n.yaml', 'a.yaml.d/in.yaml']) {
      writeFileSync(join(dir, f), 'x: 1\n');
    }
    const expected = ['B.YML', 'a.yaml.d/in.yaml', 'a.yml', 'b/c/y.yaml', 'b/x.yaml', 'z.yaml'].map((f) => join(dir, f));
    expect(yamlFilesIn(dir)).toEqual(expected);
    // A path with "..", "." or a trailing slash gives the same, normalised paths.
    expect(yamlFilesIn(`${dir}/b/.././/`)).toEqual(expected);
  });
});

describe('the bundled catalog snapshot (dist/catalog.json)', () => {
  const bundled = yamlFilesIn(join(ROOT, 'questionnaires'));

  it('gives exactly the questionnaires that parsing gives, and the build wrote it so', () => {
    const parsed = loadCatalogFiles(bundled, [], ROOT);
    const snapshot = snapshotOf(bundled, ROOT);
    expect(Object.keys(snapshot.files).sort()).toEqual(bundled.map((p) => p.split('/').pop()).sort());
    const fromSnapshot = loadCatalogFiles(bundled, [], ROOT, JSON.parse(JSON.stringify(snapshot)) as CatalogSnapshot);
    expect(fromSnapshot.findings).toEqual([]);
    expect(fromSnapshot.files).toEqual(parsed.files);
    expect([...fromSnapshot.catalog.keys()]).toEqual([...parsed.catalog.keys()]);
    for (const [id, q] of parsed.catalog) expect(fromSnapshot.catalog.get(id), id).toStrictEqual(q);
    // What the build wrote is this snapshot (npm test builds first).
    expect(JSON.parse(readFileSync(join(ROOT, 'dist/catalog.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(snapshot)));
  });

  it('is not used for a file whose bytes changed since the build', () => {
    const dir = mkdtempSync(join(tmpdir(), 'icare-snap-'));
    for (const p of bundled) copyFileSync(p, join(dir, p.split('/').pop()!));
    const copies = yamlFilesIn(dir);
    const snapshot = snapshotOf(copies, dir);
    const icare = join(dir, 'icare.yaml');
    writeFileSync(icare, readFileSync(icare, 'utf8').replace(/^title: .*$/m, 'title: Edited after the build'));
    const loaded = loadCatalogFiles(copies, [], dir, snapshot);
    expect(loaded.catalog.get('icare')!.title).toBe('Edited after the build');
    expect(loaded.catalog.get('icare')!.file).toBe('icare.yaml');
    expect(loaded.catalog.get('service-truths')).toStrictEqual(loadCatalogFiles(copies, [], dir).catalog.get('service-truths'));
  });
});
