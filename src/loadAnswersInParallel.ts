// Large reports (thousands of answers files) spend most of their time parsing YAML; worker
// threads split that work across the cores. Small inputs stay on the main thread, where a
// worker's start-up would cost more than it saves.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { IoError, loadAnswers, type Catalog } from './core/load.js';
import type { Finding } from './core/finding.js';
import type { Answers } from './core/model.js';

export const PARALLEL_THRESHOLD = 2000;

export interface LoadSlice {
  readonly files: readonly string[];
  readonly bundled: readonly string[];
  readonly extra: readonly string[];
  readonly cwd: string;
}

export interface LoadPlan {
  readonly catalog: Catalog;
  /** The questionnaire files the catalog was loaded from, for workers to load it again. */
  readonly bundled: readonly string[];
  readonly extra: readonly string[];
  readonly cwd: string;
  readonly packageRoot: string;
  /** `ICARE_WORKERS`: a number of threads; 1 turns parallel loading off. */
  readonly workersSetting?: string;
}

type WorkerReply = { ok: true; answers: Answers[]; findings: Finding[] } | { ok: false; io: boolean; message: string };

export function workerCount(files: number, setting: string | undefined): number {
  const asked = setting === undefined || setting === '' ? undefined : Number(setting);
  if (asked !== undefined && Number.isInteger(asked) && asked >= 1) return Math.min(asked, 16);
  return files >= PARALLEL_THRESHOLD ? Math.min(availableParallelism(), 4) : 1;
}

export async function loadAnswersInParallel(files: readonly string[], plan: LoadPlan): Promise<{ answers: Answers[]; findings: Finding[] }> {
  const n = workerCount(files.length, plan.workersSetting);
  if (n <= 1) return loadAnswers(files, plan.catalog, plan.cwd);
  const size = Math.ceil(files.length / n);
  const script = join(plan.packageRoot, 'dist/workers/loadAnswersWorker.js');
  const replies = await Promise.all(
    Array.from({ length: n }, (_, i) => {
      const slice: LoadSlice = { files: files.slice(i * size, (i + 1) * size), bundled: plan.bundled, extra: plan.extra, cwd: plan.cwd };
      return new Promise<WorkerReply>((resolve, reject) => {
        const worker = new Worker(script, { workerData: slice });
        worker.once('message', (m: WorkerReply) => {
          resolve(m);
          void worker.terminate();
        });
        worker.once('error', reject);
      });
    }),
  );
  const answers: Answers[] = [];
  const findings: Finding[] = [];
  for (const r of replies) {
    if (!r.ok) throw r.io ? new IoError(r.message) : new Error(r.message);
    answers.push(...r.answers);
    findings.push(...r.findings);
  }
  return { answers, findings };
}
