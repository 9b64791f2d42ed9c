// Loading thousands of answers files is mostly YAML parsing, one file at a time: a second thread
// takes part of it (a 10,000-file report runs 15–25% faster here, where the two cores are
// shared). The files are cut into chunks that the main thread and one worker claim from a
// shared counter, so whichever is faster (the worker starts about 70 ms late; the other core may
// be busy) simply takes more of them, and the main thread never waits for a worker that is slow
// to start. The worker sends its chunks back compacted (see compactAnswers); results are put
// together in file order, so the outcome is the same as loading on one thread.
import type { MessagePort, Worker } from 'node:worker_threads';
import { expandAnswers, type CompactAnswers } from '../../core/scoring/compactAnswers.js';
import type { Finding } from '../../core/checks/finding.js';
import type { Catalog } from '../../core/checks/checkFile.js';
import { loadAnswersFiles as loadAnswers } from '../loadFiles.js';
import { UserError } from '../userError.js';
import type { Answers, Questionnaire } from '../../core/model/model.js';

/**
 * Below this many files a worker costs more than it saves: it starts about 70 ms late, and while
 * it warms up it competes with the main thread for the second core, which V8's background
 * compiler and garbage collector also use (measured here: 1,000 files were slower on two
 * threads, 3,000 about even, 10,000 about 15% faster).
 */
export const PARALLEL_MIN_FILES = 3000;

export interface LoadTask {
  readonly files: readonly string[];
  readonly cwd: string;
  readonly questionnaires: readonly Questionnaire[];
  readonly chunkSize: number;
  /** Int32Array[1]: the next chunk to claim. */
  readonly counter: SharedArrayBuffer;
  readonly port: MessagePort;
}

export type ChunkReply =
  | { readonly chunk: number; readonly answers: readonly CompactAnswers[]; readonly findings: readonly Finding[] }
  | { readonly chunk: number; readonly failure: { readonly io: boolean; readonly message: string } };

interface Part {
  readonly answers: readonly Answers[];
  readonly findings: readonly Finding[];
}

export interface ParallelOptions {
  /** dist/shell/parallel/loadWorker.js. */
  readonly workerScript: string;
  /** Use a worker from this many files on (default PARALLEL_MIN_FILES). */
  readonly minFiles?: number;
  /** `auto` (default) uses a worker when there are enough files and cores; 1 never does. */
  readonly threads?: Threads;
  /** For tests: leave every chunk to the worker. */
  readonly workerOnly?: boolean;
}

export type Threads = 'auto' | 1;

/** ICARE_THREADS: "1" keeps loading on the main thread (say, on a shared CI runner); anything else is auto. */
export function threadsSetting(value: string | undefined): Threads {
  return value?.trim() === '1' ? 1 : 'auto';
}

export interface ParallelLoad extends Part {
  /** How many chunks the worker loaded (0 when none was started or it never got to one). */
  readonly workerChunks: number;
}

/** loadAnswers, on two threads when there are enough files and cores. */
export async function loadAnswersInParallel(files: readonly string[], catalog: Catalog, cwd: string, opts: ParallelOptions): Promise<ParallelLoad> {
  const oneThread = (): ParallelLoad => ({ ...loadAnswers(files, catalog, cwd), workerChunks: 0 });
  const few = opts.threads === 1 || files.length < (opts.minFiles ?? PARALLEL_MIN_FILES);
  if (few && !opts.workerOnly) return oneThread();
  // Loaded only here: a report on a few files does not pay for them.
  const [{ availableParallelism }, { MessageChannel, receiveMessageOnPort, Worker: WorkerThread }] = await Promise.all([import('node:os'), import('node:worker_threads')]);
  if (availableParallelism() < 2 && !opts.workerOnly) return oneThread();
  // About 10 ms of work per chunk: small enough that neither thread waits long for the other at
  // the end, large enough that messages stay few.
  const chunkSize = Math.max(8, Math.min(100, Math.ceil(files.length / 64)));
  const chunks = Math.ceil(files.length / chunkSize);
  const parts: (Part | Error | undefined)[] = new Array(chunks);
  let workerChunks = 0;
  let missing = chunks;
  const counter = new SharedArrayBuffer(4);
  const { port1, port2 } = new MessageChannel();
  const task: LoadTask = { files, cwd, questionnaires: [...catalog.values()], chunkSize, counter, port: port2 };
  let worker: Worker;
  try {
    worker = new WorkerThread(opts.workerScript, { workerData: task, transferList: [port2] });
  } catch {
    return oneThread();
  }
  let gone = false;
  const exited = new Promise<void>((resolve) => {
    worker.once('exit', () => {
      gone = true;
      resolve();
    });
    // A worker that cannot start or crashes leaves its chunks to the main thread (below).
    worker.once('error', () => undefined);
  });
  const accept = (reply: ChunkReply): void => {
    if (parts[reply.chunk] !== undefined) return;
    if ('failure' in reply) parts[reply.chunk] = reply.failure.io ? new UserError(reply.failure.message) : new Error(reply.failure.message);
    else {
      parts[reply.chunk] = {
        answers: reply.answers.map((c) => expandAnswers(c, catalog.get(c.head.questionnaire)!)),
        findings: reply.findings,
      };
    }
    workerChunks++;
    missing--;
  };
  const drain = (): void => {
    for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) accept(m.message as ChunkReply);
  };
  const loadHere = (c: number): void => {
    try {
      parts[c] = loadAnswers(files.slice(c * chunkSize, (c + 1) * chunkSize), catalog, cwd);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      parts[c] = e;
    }
    missing--;
  };
  try {
    const shared = new Int32Array(counter);
    if (!opts.workerOnly) {
      for (let c = Atomics.add(shared, 0, 1); c < chunks; c = Atomics.add(shared, 0, 1)) {
        loadHere(c);
        drain();
      }
    }
    // Wait for the chunks the worker claimed; if it stops without them, load them here.
    drain();
    if (missing > 0) {
      await new Promise<void>((resolve) => {
        const check = (): void => {
          if (missing === 0 || gone) resolve();
        };
        port1.on('message', (m: ChunkReply) => {
          accept(m);
          check();
        });
        void exited.then(check);
      });
      drain();
      for (let c = 0; c < chunks; c++) if (parts[c] === undefined) loadHere(c);
    }
  } finally {
    port1.close();
    void worker.terminate();
  }
  const answers: Answers[] = [];
  const findings: Finding[] = [];
  for (const part of parts) {
    if (part instanceof Error) throw part;
    answers.push(...part!.answers);
    findings.push(...part!.findings);
  }
  return { answers, findings, workerChunks };
}
