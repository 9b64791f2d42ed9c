// Loading on two threads must give exactly what loading on one gives: the same answers (sharing
// the same answer objects), the same findings in the same order, and the same I/O error.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expandPaths } from '../../../src/shell/files.js';
import { UserError } from '../../../src/shell/userError.js';
import { loadAnswersFiles } from '../../../src/shell/loadFiles.js';
import { loadCatalogFiles } from '../../../src/shell/catalog.js';
import { type Catalog } from '../../../src/core/checks/checkFile.js';
import { allQuestions } from '../../../src/core/model/model.js';
import { loadAnswersInParallel, threadsSetting } from '../../../src/shell/parallel/loadAnswersInParallel.js';
import { ROOT } from '../../helpers/cli.js';

const workerScript = join(ROOT, 'dist/shell/parallel/loadWorker.js');
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
    let body = `questionnaire: ${id}\nversion: 1\nrespondent: {name: P${i}, role: ${['frontline', 'manager', 'executive'][i % 3]}}\nanswers:\n${lines.join('\n')}\n`;
    if (i === 40) body = body.replace(/\n {2}[a-z-]+: /, '\n  not-a-question: ');
    if (i === 150) body = 'questionnaire: icare\nanswers: {a: 1\n';
    if (i === 151) body = 'hello: world\n';
    if (i === 299) body = body.replace('version: 1', 'version: 7');
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

describe('loadAnswersInParallel', () => {
  it('gives what loadAnswers gives when the worker loads every chunk', async () => {
    const one = loadAnswersFiles(files, catalog, dir);
    expect(one.findings.map((f) => f.rule).sort()).toEqual(['unknown-file-kind', 'unknown-question', 'version-mismatch', 'yaml-syntax']);
    const two = await loadAnswersInParallel(files, catalog, dir, { workerScript, minFiles: 0, workerOnly: true });
    expect(two.workerChunks).toBeGreaterThan(1);
    expect(two.findings).toEqual(one.findings);
    expect(two.answers).toEqual(one.answers);
    // Expanded answers share the main thread's answer objects (notes aside).
    const a = one.answers[1]!;
    const b = two.answers[1]!;
    for (const [id, answer] of a.answers) if (answer.note === undefined) expect(b.answers.get(id)).toBe(answer);
  });

  it('gives the same when both threads take chunks', async () => {
    const one = loadAnswersFiles(files, catalog, dir);
    const two = await loadAnswersInParallel(files, catalog, dir, { workerScript, minFiles: 0 });
    expect(two.answers).toEqual(one.answers);
    expect(two.findings).toEqual(one.findings);
  });

  it('throws the I/O error of the first unreadable file, as one thread would', async () => {
    const withMissing = [...files.slice(0, 100), join(dir, 'gone-1.yaml'), ...files.slice(100), join(dir, 'gone-2.yaml')];
    const one = (() => {
      try {
        loadAnswersFiles(withMissing, catalog, dir);
      } catch (e) {
        return e;
      }
    })();
    expect(one).toBeInstanceOf(UserError);
    expect(String((one as Error).message)).toMatch(/gone-1\.yaml: cannot read \(ENOENT\)/);
    await expect(loadAnswersInParallel(withMissing, catalog, dir, { workerScript, minFiles: 0, workerOnly: true })).rejects.toThrow((one as Error).message);
    await expect(loadAnswersInParallel(withMissing, catalog, dir, { workerScript, minFiles: 0, workerOnly: true })).rejects.toBeInstanceOf(UserError);
  });

  it('loads everything on the main thread when the worker cannot start', async () => {
    const one = loadAnswersFiles(files, catalog, dir);
    const two = await loadAnswersInParallel(files, catalog, dir, { workerScript: join(dir, 'no-such-worker.js'), minFiles: 0, workerOnly: true });
    expect(two.workerChunks).toBe(0);
    expect(two.answers).toEqual(one.answers);
    expect(two.findings).toEqual(one.findings);
  });

  it('stays on one thread below the threshold or when ICARE_THREADS=1', async () => {
    expect((await loadAnswersInParallel(files, catalog, dir, { workerScript })).workerChunks).toBe(0);
    expect((await loadAnswersInParallel(files, catalog, dir, { workerScript, minFiles: 0, threads: threadsSetting('1') })).workerChunks).toBe(0);
    expect(threadsSetting(undefined)).toBe('auto');
    expect(threadsSetting(' 1 ')).toBe(1);
    expect(threadsSetting('4')).toBe('auto');
  });
});
