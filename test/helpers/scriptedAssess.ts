// The assess command run with a scripted asker (a respondent whose answers are given in advance),
// in a fresh working folder: shared by the tests in test/commands/assess/.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PassThrough } from 'node:stream';
import { parse } from 'yaml';
import { expect } from 'vitest';
import { assess, type AssessOptions } from '../../src/commands/assess/index.js';
import { exitCodeFor } from '../../src/cli.js';
import { makeContext } from '../../src/shell/context.js';
import { validateFiles } from '../../src/core/checks/validateFiles.js';
import { expandPaths, fileReader } from '../../src/shell/files.js';
import type { Asker, AskResult, QuestionView } from '../../src/prompt/asker.js';
import { FIXTURES, ROOT } from './cli.js';

export const LITTLE = join(FIXTURES, 'assess', 'questionnaires');
export const TODAY = '2026-11-23';
export const FILE = `acme-support-little-${TODAY}.yaml`;

type Script = (view: QuestionView, file: () => Record<string, unknown>) => AskResult;

interface Fake {
  asker: Asker;
  views: QuestionView[];
  sections: string[];
  snapshots: Record<string, unknown>[];
  chooseCalls: { ids: string[]; preselected: readonly string[] }[];
  detailsCalls: Record<string, unknown>[];
}

/** A scripted respondent; `script` may look at the file as saved before each question. */
export function fakeAsker(script: Script | AskResult[], opts: { choose?: string[] | null; details?: { organisation: string; name?: string; role?: string } | null } = {}): Fake & { bind(dir: string): void } {
  let dir = '';
  const views: QuestionView[] = [];
  const sections: string[] = [];
  const snapshots: Record<string, unknown>[] = [];
  const chooseCalls: Fake['chooseCalls'] = [];
  const detailsCalls: Record<string, unknown>[] = [];
  const queue = Array.isArray(script) ? [...script] : undefined;
  const readFile = (): Record<string, unknown> => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
    return parse(readFileSync(join(dir, files[files.length - 1]!), 'utf8')) as Record<string, unknown>;
  };
  const asker: Asker = {
    chooseQuestionnaires: async (choices, preselected) => {
      chooseCalls.push({ ids: choices.map((c) => c.id), preselected });
      return opts.choose === undefined ? [...preselected] : opts.choose;
    },
    respondentDetails: async (known) => {
      detailsCalls.push({ ...known });
      return opts.details === undefined ? { organisation: 'Acme Support', ...known } : opts.details;
    },
    startQuestionnaire: () => {},
    startSection: (v) => {
      sections.push(`Section ${v.number} of ${v.count} · ${v.title} · ${v.questions}`);
    },
    askQuestion: async (view) => {
      views.push(view);
      snapshots.push(readFile());
      if (queue) {
        const next = queue.shift();
        if (!next) throw new Error(`script ran out at question ${view.number}`);
        return next;
      }
      return (script as Script)(view, readFile);
    },
  };
  return { asker, views, sections, snapshots, chooseCalls, detailsCalls, bind: (d: string) => (dir = d) };
}

export function io(opts: { tty?: boolean; env?: Record<string, string>; cwd?: string } = {}) {
  let out = '';
  let err = '';
  const stdin = Object.assign(new PassThrough(), { isTTY: opts.tty ?? true });
  return {
    io: {
      stdout: { write: (s: string) => ((out += s), true), isTTY: false },
      stderr: { write: (s: string) => ((err += s), true), isTTY: false },
      stdin,
      env: { NO_COLOR: '1', ...opts.env },
      cwd: opts.cwd ?? ROOT,
    },
    out: () => out,
    err: () => err,
  };
}

/** A fresh working folder with an `assessments` folder in it; returns the latter. */
export function tmp(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'icare-assess-')), 'assessments');
  mkdirSync(dir);
  return dir;
}

/** Paths as the command prints them: relative to the working folder, the parent of `out`. */
export const shown = (name: string): string => `assessments/${name}`;

export const base = (out: string, extra: Partial<AssessOptions> = {}): AssessOptions => ({
  ids: ['little'],
  questionnaires: [LITTLE],
  organisation: 'Acme Support',
  name: 'Dana',
  role: 'frontline',
  out,
  ...extra,
});

export const answer = (value: AskResult extends infer R ? (R extends { kind: 'answer'; value: infer V } ? V : never) : never, note?: string): AskResult => ({ kind: 'answer', value, ...(note && { note }) });

export async function runAssess(opts: AssessOptions, fake: ReturnType<typeof fakeAsker>, env?: Record<string, string>) {
  fake.bind(opts.out);
  const h = io({ cwd: dirname(opts.out), ...(env && { env }) });
  const ctx = await makeContext(h.io, ROOT);
  const code = await assess(opts, ctx, { asker: fake.asker, today: TODAY }).catch((e: unknown) => exitCodeFor(e, ctx));
  return { code, out: h.out(), err: h.err() };
}

export function readYaml(path: string): Record<string, unknown> {
  return parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

export async function validates(path: string): Promise<void> {
  const bundled = await expandPaths([join(ROOT, 'questionnaires')], ROOT);
  const extra = await expandPaths([LITTLE], ROOT);
  const r = validateFiles({ files: [path], bundled, questionnaireDirsFiles: extra, read: fileReader(ROOT) });
  expect(r.findings).toEqual([]);
}
