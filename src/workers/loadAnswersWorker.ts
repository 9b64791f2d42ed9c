// Worker entry (dist/workers/loadAnswersWorker.js): loads one slice of a large set of answers
// files, so parsing — most of a big report's time — runs on every core.
import { parentPort, workerData } from 'node:worker_threads';
import { IoError, loadAnswers, loadCatalog } from '../core/load.js';
import type { LoadSlice } from '../loadAnswersInParallel.js';

const { files, bundled, extra, cwd } = workerData as LoadSlice;
try {
  const { catalog } = loadCatalog(bundled, extra, cwd);
  parentPort!.postMessage({ ok: true, ...loadAnswers(files, catalog, cwd) });
} catch (e) {
  parentPort!.postMessage({ ok: false, io: e instanceof IoError, message: (e as Error).message });
}
