// Reading on two threads must give exactly what reading on one gives: the same samples (tallies,
// rows, remarks), the same findings in the same order, and the same I/O error.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expandPaths } from '../../../src/shell/files.js';
import { UserError } from '../../../src/shell/userError.js';
import { loadCatalogFiles } from '../../../src/shell/catalog.js';
import { layoutsOf } from '../../../src/core/model/layout.js';
import { allQuestions, type Catalog } from '../../../src/core/model/model.js';
import { tallies, usedRows, type Sample } from '../../../src/core/scoring/sample.js';
import { exactValue } from '../../../src/core/scoring/exactSum.js';
import { scoreSample } from '../../../src/core/scoring/score.js';
import type { Tally } from '../../../src/core/scoring/tally.js';
import { loadSampleFiles, type LoadedSamples } from '../../../src/shell/loadSampleFiles.js';
import { loadSamplesInParallel, threadsSetting } from '../../../src/shell/parallel/loadSamplesInParallel.js';
import { ROOT } from '../../helpers/cli.js';

const workerScript = join(ROOT, 'dist/sampleWorker.js');

/** A tally with its exact sums as values (the partials that hold a sum are not unique). */
function tallyValues(t: Tally): unknown {
  return { ...t, sections: t.sections.map((x) => ({ ...x, sum: exactValue(x.sum), sumSq: exactValue(x.sumSq) })) };
}

/** What a sample holds, without its layout (a compiled object with functions). */
function contents(s: Sample): unknown {
  const each = (m: ReadonlyMap<string, Tally>): unknown => [...m].map(([k, t]) => [k, tallyValues(t)]);
  const t = tallies(s);
  return { all: tallyValues(t.all), byRole: each(t.byRole), byRound: each(t.byRound), cells: [...s.cells.keys()], rows: [...usedRows(s)], notes: s.notes, comments: s.comments, single: s.single, result: scoreSample(s) };
}

function same(a: LoadedSamples, b: LoadedSamples): void {
  expect(b.findings).toEqual(a.findings);
  expect([...b.samples.keys()]).toEqual([...a.samples.keys()]);
  for (const [id, s] of a.samples) expect(contents(b.samples.get(id)!), id).toEqual(contents(s));
}

const loadOne = (paths: readonly string[]): LoadedSamples => loadSampleFiles(paths, layoutsOf(catalog), dir);
let catalog: Catalog;
let dir: string;
let files: string[];

/** 300 answers files over two questionnaires, with notes, n/a, and a few broken ones. */
function corpus(): string[] {
  const out: string[] = [];
  for (let i = 0; i < 300; i++) {
    const id = i % 7 === 0 ? 'service-truths' : 'icare';
    const lines = allQuestions(catalog.get(id)!).map((q, j) => {
      const pick = (i * 31 + j * 17) % 11;
      const value =
        pick === 0 ? 'n/a'
        : q.type === 'scale' ? String(q.scale.min + (pick % (q.scale.max - q.scale.min + 1)))
        : q.type === 'yesno' || q.type === 'nps' ? (pick % 2 ? 'yes' : 'no')
        : q.type === 'choice' ? JSON.stringify(q.options[pick % q.options.length]!.label)
        : JSON.stringify(`comment ${i}`);
      return pick === 5 ? `  ${q.id}: {value: ${value}, note: "note ${i}/${j}"}` : `  ${q.id}: ${value}`;
    });
    const version = catalog.get(id)!.version;
    let body = `questionnaire: ${id}\nversion: ${version}\nrespondent: {name: P${i}, role: ${['frontline', 'manager', 'executive'][i % 3]}}\nanswers:\n${lines.join('\n')}\n`;
    if (i === 40) body = body.replace(/\n {2}[a-z-]+: /, '\n  not-a-question: ');
    if (i === 150) body = 'questionnaire: icare\nanswers: {a: 1\n';
    if (i === 151) body = 'hello: world\n';
    if (i === 299) body = body.replace(`version: ${version}`, 'version: 7');
    const path = join(dir, `r-${String(i).padStart(4, '0')}.yaml`);
    writeFileSync(path, body);
    out.push(path);
  }
  return out;
}

beforeAll(async () => {
  catalog = loadCatalogFiles(await expandPaths(['questionnaires'], ROOT), [], ROOT).catalog;
  dir = mkdtempSync(join(tmpdir(), 'icare-parallel-'));
  files = corpus();
});

describe('loadSamplesInParallel', () => {
  it('gives what one thread gives when the worker reads every chunk', async () => {
    const one = loadOne(files);
    expect(one.findings.map((f) => f.rule).sort()).toEqual(['unknown-file-kind', 'unknown-question', 'version-mismatch', 'yaml-syntax']);
    expect([...one.samples.values()].map((s) => tallies(s).all.respondents)).toEqual([43, 254]);
    const two = await loadSamplesInParallel(files, catalog, dir, { workerScript, minFiles: 0, workerOnly: true });
    expect(two.workerChunks).toBeGreaterThan(1);
    same(one, two);
  });

  it('gives the same when both threads take chunks', async () => {
    same(loadOne(files), await loadSamplesInParallel(files, catalog, dir, { workerScript, minFiles: 0 }));
  });

  it('throws the I/O error of the first unreadable file, as one thread would', async () => {
    const withMissing = [...files.slice(0, 100), join(dir, 'gone-1.yaml'), ...files.slice(100), join(dir, 'gone-2.yaml')];
    const one = (() => {
      try {
        loadOne(withMissing);
      } catch (e) {
        return e;
      }
    })();
    expect(one).toBeInstanceOf(UserError);
    expect(String((one as Error).message)).toMatch(/gone-1\.yaml: cannot read \(ENOENT\)/);
    await expect(loadSamplesInParallel(withMissing, catalog, dir, { workerScript, minFiles: 0, workerOnly: true })).rejects.toThrow((one as Error).message);
    await expect(loadSamplesInParallel(withMissing, catalog, dir, { workerScript, minFiles: 0, workerOnly: true })).rejects.toBeInstanceOf(UserError);
  });

  it('reads everything on the main thread when the worker cannot start', async () => {
    const two = await loadSamplesInParallel(files, catalog, dir, { workerScript: join(dir, 'no-such-worker.js'), minFiles: 0, workerOnly: true });
    expect(two.workerChunks).toBe(0);
    same(loadOne(files), two);
  });

  it('stays on one thread below the threshold or when ICARE_THREADS=1', async () => {
    expect((await loadSamplesInParallel(files, catalog, dir, { workerScript })).workerChunks).toBe(0);
    expect((await loadSamplesInParallel(files, catalog, dir, { workerScript, minFiles: 0, threads: threadsSetting('1') })).workerChunks).toBe(0);
    expect(threadsSetting(undefined)).toBe('auto');
    expect(threadsSetting(' 1 ')).toBe(1);
    expect(threadsSetting('4')).toBe('auto');
  });
});
