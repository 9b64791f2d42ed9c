// Large inputs (thousands of files) spend most of their time parsing YAML; worker threads can split
// that work across the cores. Measured on the 2-core machine this targets, they never paid off:
// each worker loads the CLI and the catalog again, and structured-cloning thousands of loaded
// answers back costs more CPU than the parsing it saves (10,000 answers files: 1.5 s on one
// thread, 1.6–2.3 s with two workers and about 60% more CPU time; validating 500 questionnaires:
// likewise slower). So they are off by default; ICARE_WORKERS=N turns them on.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Finding } from './core/finding.js';
import { IoError, loadAnswers, type Catalog } from './core/load.js';
import type { Answers } from './core/model.js';
import { checkFile, type FileCheck } from './core/validateFiles.js';

/** From this many files, workers are used without ICARE_WORKERS: never, by default (see above). */
export const PARALLEL_THRESHOLD = Number.MAX_SAFE_INTEGER;

export type WorkerTask =
  | { readonly kind: 'answers'; readonly files: readonly string[]; readonly bundled: readonly string[]; readonly extra: readonly string[]; readonly cwd: string }
  | { readonly kind: 'check'; readonly files: readonly string[]; readonly cwd: string };

type WorkerReply<T> = { ok: true; result: T } | { ok: false; io: boolean; message: string };

export interface Parallelism {
  readonly packageRoot: string;
  /** `ICARE_WORKERS`: a number of threads; 1 turns parallel loading off. */
  readonly setting?: string | undefined;
}

export function workerCount(files: number, setting: string | undefined): number {
  const asked = setting === undefined || setting === '' ? undefined : Number(setting);
  if (asked !== undefined && Number.isInteger(asked) && asked >= 1) return Math.min(asked, 16, Math.max(1, files));
  return files >= PARALLEL_THRESHOLD ? Math.min(availableParallelism(), 4) : 1;
}

/** Runs `task` over contiguous slices of `files` on `n` workers; results come back in file order. */
async function slices<T>(files: readonly string[], n: number, p: Parallelism, task: (files: readonly string[]) => WorkerTask): Promise<T[]> {
  const size = Math.ceil(files.length / n);
  const script = join(p.packageRoot, 'dist/workers/loadWorker.js');
  const replies = await Promise.all(
    Array.from(
      { length: n },
      (_, i) =>
        new Promise<WorkerReply<T>>((resolve, reject) => {
          const worker = new Worker(script, { workerData: task(files.slice(i * size, (i + 1) * size)) });
          worker.once('message', (m: WorkerReply<T>) => {
            resolve(m);
            void worker.terminate();
          });
          worker.once('error', reject);
        }),
    ),
  );
  return replies.map((r) => {
    if (!r.ok) throw r.io ? new IoError(r.message) : new Error(r.message);
    return r.result;
  });
}

export async function loadAnswersInParallel(
  files: readonly string[],
  source: { catalog: Catalog; bundled: readonly string[]; extra: readonly string[] },
  cwd: string,
  p: Parallelism,
): Promise<{ answers: Answers[]; findings: Finding[] }> {
  const n = workerCount(files.length, p.setting);
  if (n <= 1) return loadAnswers(files, source.catalog, cwd);
  const parts = await slices<{ answers: Answers[]; findings: Finding[] }>(files, n, p, (slice) => ({ kind: 'answers', files: slice, bundled: source.bundled, extra: source.extra, cwd }));
  return { answers: parts.flatMap((x) => x.answers), findings: parts.flatMap((x) => x.findings) };
}

export async function checkFilesInParallel(files: readonly string[], cwd: string, p: Parallelism): Promise<FileCheck[]> {
  const n = workerCount(files.length, p.setting);
  if (n <= 1) return files.map((f) => checkFile(f, cwd));
  return (await slices<FileCheck[]>(files, n, p, (slice) => ({ kind: 'check', files: slice, cwd }))).flat();
}
