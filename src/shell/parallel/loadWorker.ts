// Worker thread entry (dist/shell/parallel/loadWorker.js): claims chunks of answers files from the
// shared counter, loads them as the main thread would, and posts each chunk back compacted.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { compactAnswers } from '../../core/scoring/compactAnswers.js';
import { loadAnswersFiles as loadAnswers } from '../loadFiles.js';
import { UserError } from '../userError.js';
import type { Questionnaire } from '../../core/model/model.js';
import type { ChunkReply, LoadTask } from './loadAnswersInParallel.js';

const task = workerData as LoadTask;
const port: MessagePort = task.port;
const catalog = new Map<string, Questionnaire>(task.questionnaires.map((q) => [q.id, q]));
const counter = new Int32Array(task.counter);
const chunks = Math.ceil(task.files.length / task.chunkSize);

for (let c = Atomics.add(counter, 0, 1); c < chunks; c = Atomics.add(counter, 0, 1)) {
  let reply: ChunkReply;
  try {
    const { answers, findings } = loadAnswers(task.files.slice(c * task.chunkSize, (c + 1) * task.chunkSize), catalog, task.cwd);
    reply = { chunk: c, answers: answers.map((a) => compactAnswers(a, catalog.get(a.questionnaire)!)), findings };
  } catch (e) {
    reply = { chunk: c, failure: { io: e instanceof UserError, message: e instanceof Error ? e.message : String(e) } };
  }
  port.postMessage(reply);
}
port.close();
parentPort?.close();
