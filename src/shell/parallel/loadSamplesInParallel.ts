// Reading thousands of answers files is mostly YAML parsing, one file at a time: a second thread
// takes part of it. The files are cut into chunks that the main thread and one worker claim from a
// shared counter, so whichever is faster simply takes more of them and the main thread never
// waits for a worker that is slow to start. Each chunk becomes its own samples (tallies, rows,
// remarks); they are merged in chunk order, which gives exactly what one thread gives.
import type { MessagePort, Worker } from 'node:worker_threads';
import type { Finding } from '../../core/checks/finding.js';
import { layoutsOf, type Layouts } from '../../core/model/layout.js';
import type { Catalog, Questionnaire } from '../../core/model/model.js';
import { mergeSample, newSample, type Sample } from '../../core/scoring/sample.js';
import { loadSampleFiles, type LoadedSamples } from '../loadSampleFiles.js';
import { UserError } from '../userError.js';
import { portable, restored, type PortableSample } from './portableSample.js';

/** Below this many files a worker costs more than it saves (see `npm run bench`). */
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
  | { readonly chunk: number; readonly samples: readonly PortableSample[]; readonly findings: readonly Finding[] }
  | { readonly chunk: number; readonly failure: { readonly user: boolean; readonly message: string } };

export type Threads = 'auto' | 1;

/** ICARE_THREADS: "1" keeps reading on the main thread (say, on a shared CI runner); anything else is auto. */
export function threadsSetting(value: string | undefined): Threads {
  return value?.trim() === '1' ? 1 : 'auto';
}

export interface ParallelOptions {
  /** dist/sampleWorker.js. */
  readonly workerScript: string;
  readonly threads?: Threads;
  /** Use a worker from this many files on (default PARALLEL_MIN_FILES). */
  readonly minFiles?: number;
  /** For tests: leave every chunk to the worker. */
  readonly workerOnly?: boolean;
}

export interface ParallelLoad extends LoadedSamples {
  /** How many chunks the worker read (0 when none was started or it never got to one). */
  readonly workerChunks: number;
}

type Part = LoadedSamples | Error;

/**
 * Merges chunks in chunk order as soon as each one's predecessors are in, so that finished chunks
 * do not wait in memory beside the merged samples. The first failure in chunk order is thrown.
 */
function combiner(chunks: number): { has(c: number): boolean; put(c: number, part: Part): void; result(): LoadedSamples } {
  const waiting = new Map<number, Part>();
  const samples = new Map<string, Sample>();
  const findings: Finding[] = [];
  let next = 0;
  let failure: Error | undefined;
  const absorb = (part: Part): void => {
    if (failure) return;
    if (part instanceof Error) {
      failure = part;
      return;
    }
    findings.push(...part.findings);
    for (const [id, s] of part.samples) {
      // Chunks keep every text; merging into a fresh sample applies the bound on kept texts.
      const into = samples.get(id) ?? newSample(s.layout);
      samples.set(id, into);
      mergeSample(into, s);
    }
  };
  return {
    has: (c) => c < next || waiting.has(c),
    put(c, part) {
      waiting.set(c, part);
      for (let p = waiting.get(next); p !== undefined && next < chunks; p = waiting.get(next)) {
        waiting.delete(next++);
        absorb(p);
      }
    },
    result() {
      if (failure) throw failure;
      return { samples, findings };
    },
  };
}

function fromReply(reply: ChunkReply, layouts: Layouts): Part {
  if ('failure' in reply) return reply.failure.user ? new UserError(reply.failure.message) : new Error(reply.failure.message);
  return { samples: new Map(reply.samples.map((p) => [p.id, restored(p, layouts)])), findings: [...reply.findings] };
}

/** loadSampleFiles over every file, on two threads when there are enough files and cores. */
export async function loadSamplesInParallel(files: readonly string[], catalog: Catalog, cwd: string, opts: ParallelOptions): Promise<ParallelLoad> {
  const layouts = layoutsOf(catalog);
  const oneThread = (): ParallelLoad => ({ ...loadSampleFiles(files, layouts, cwd), workerChunks: 0 });
  if ((opts.threads === 1 || files.length < (opts.minFiles ?? PARALLEL_MIN_FILES)) && !opts.workerOnly) return oneThread();
  // Loaded only here: a report on a few files does not pay for them.
  const [{ availableParallelism }, threads] = await Promise.all([import('node:os'), import('node:worker_threads')]);
  if (availableParallelism() < 2 && !opts.workerOnly) return oneThread();
  // Small enough that neither thread waits long for the other at the end, large enough that
  // messages stay few.
  const chunkSize = Math.max(8, Math.min(100, Math.ceil(files.length / 64)));
  const chunks = Math.ceil(files.length / chunkSize);
  const parts = combiner(chunks);
  const counter = new SharedArrayBuffer(4);
  const { port1, port2 } = new threads.MessageChannel();
  const task: LoadTask = { files, cwd, questionnaires: [...catalog.values()], chunkSize, counter, port: port2 };
  let worker: Worker;
  try {
    // The worker keeps nothing between chunks: a small heap keeps its garbage (and the process's
    // peak memory) small. Should it run out, its chunks are read here.
    worker = new threads.Worker(opts.workerScript, { workerData: task, transferList: [port2], resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 64 } });
  } catch {
    return oneThread();
  }
  let workerChunks = 0;
  let missing = chunks;
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
    if (parts.has(reply.chunk)) return;
    parts.put(reply.chunk, fromReply(reply, layouts));
    workerChunks++;
    missing--;
  };
  const drain = (): void => {
    for (let m = threads.receiveMessageOnPort(port1); m; m = threads.receiveMessageOnPort(port1)) accept(m.message as ChunkReply);
  };
  const loadHere = (c: number): void => {
    try {
      parts.put(c, loadSampleFiles(files.slice(c * chunkSize, (c + 1) * chunkSize), layouts, cwd, c * chunkSize, Infinity));
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      parts.put(c, e);
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
    // Wait for the chunks the worker claimed; if it stops without them, read them here.
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
      for (let c = 0; c < chunks; c++) if (!parts.has(c)) loadHere(c);
    }
  } finally {
    port1.close();
    void worker.terminate();
  }
  return { ...parts.result(), workerChunks };
}
