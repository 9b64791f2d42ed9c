// Worker entry (dist/workers/loadWorker.js): loads or checks one slice of a large set of files,
// so YAML parsing — most of the time of a big report or validate run — uses every core.
import { parentPort, workerData } from 'node:worker_threads';
import { IoError, loadAnswers, loadCatalog } from '../core/load.js';
import { checkFile } from '../core/validateFiles.js';
import type { WorkerTask } from '../inParallel.js';

const task = workerData as WorkerTask;
try {
  if (task.kind === 'answers') {
    const { catalog } = loadCatalog(task.bundled, task.extra, task.cwd);
    parentPort!.postMessage({ ok: true, result: loadAnswers(task.files, catalog, task.cwd) });
  } else {
    parentPort!.postMessage({ ok: true, result: task.files.map((f) => checkFile(f, task.cwd)) });
  }
} catch (e) {
  parentPort!.postMessage({ ok: false, io: e instanceof IoError, message: (e as Error).message });
}
