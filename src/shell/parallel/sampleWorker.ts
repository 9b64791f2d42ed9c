// Worker thread entry (dist/sampleWorker.js): claims chunks of answers files from the shared
// counter, reads each chunk into samples as the main thread would, and posts them back.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { layoutsOf } from '../../core/model/layout.js';
import type { Questionnaire } from '../../core/model/model.js';
import { loadSampleFiles } from '../loadSampleFiles.js';
import { UserError } from '../userError.js';
import type { ChunkReply, LoadTask } from './loadSamplesInParallel.js';
import { portable } from './portableSample.js';

const task = workerData as LoadTask;
const port: MessagePort = task.port;
const layouts = layoutsOf(new Map<string, Questionnaire>(task.questionnaires.map((q) => [q.id, q])));
const counter = new Int32Array(task.counter);
const chunks = Math.ceil(task.files.length / task.chunkSize);

for (let c = Atomics.add(counter, 0, 1); c < chunks; c = Atomics.add(counter, 0, 1)) {
  let reply: ChunkReply;
  const transfer: ArrayBuffer[] = [];
  try {
    const { samples, findings } = loadSampleFiles(task.files.slice(c * task.chunkSize, (c + 1) * task.chunkSize), layouts, task.cwd, c * task.chunkSize, Infinity);
    const sent = [...samples].map(([id, s]) => portable(id, s));
    for (const s of sent) transfer.push(s.rows.buffer as ArrayBuffer);
    reply = { chunk: c, samples: sent, findings };
  } catch (e) {
    reply = { chunk: c, failure: { user: e instanceof UserError, message: e instanceof Error ? e.message : String(e) } };
  }
  port.postMessage(reply, transfer);
}
port.close();
parentPort?.close();
