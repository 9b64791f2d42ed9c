// One import run: the core's steps for an export in, answers files out. Problems and notes go
// through the format's renderer; each valid row's file is staged inside --out as it comes and
// moved in at the end: all of them, or with rejected rows and no --skip-invalid, none.
import type { CsvStep } from '../../core/import/answersFromCsv.js';
import { planHasErrors, type ColumnNote, type ColumnPlan } from '../../core/import/columnPlan.js';
import type { RowProblem } from '../../core/import/convertRow.js';
import { importedFileName } from '../../core/import/importedFileName.js';
import { stringifyAnswers } from '../../core/writing/answersYaml.js';
import type { ImportRenderer } from '../../render/import/registry.js';
import type { ImportSummary } from '../../render/import/result.js';
import { renderContext, type Context } from '../../shell/context.js';
import { displayPath } from '../../shell/files.js';
import { stagedFiles } from '../../shell/stagedFiles.js';
import { STOP_SIGNALS, type StopSignal } from '../../shell/io.js';
import { EXIT, SIGNAL_EXIT, UserError } from '../../shell/userError.js';

export interface ImportRun {
  /** The CSV as shown in messages. */
  readonly file: string;
  readonly questionnaire: string;
  readonly outDir: string;
  /** --out as shown in the summary. */
  readonly out: string;
  readonly skipInvalid: boolean;
  readonly renderer: ImportRenderer;
}

/** Runs the import and prints its summary; a header it cannot use, an interrupt or an I/O error is a UserError. */
export async function runImport(steps: AsyncGenerator<CsvStep>, ctx: Context, run: ImportRun): Promise<ImportSummary> {
  const tally = { rows: 0, rejected: 0, empty: 0, files: [] as string[], problems: [] as RowProblem[], notes: [] as ColumnNote[] };
  const summary = (): ImportSummary => ({ csv: run.file, questionnaire: run.questionnaire, out: run.out, rows: tally.rows, written: tally.files.length, rejected: tally.rejected, empty: tally.empty, files: tally.files, problems: tally.problems, notes: tally.notes });
  const report = reporter(ctx, run, tally);
  const staged = stagedFiles(run.outDir, run.file);
  // Ctrl-C, a closed terminal or a polite kill stops reading at the next row; the staging folder
  // is removed on the way out, so an interrupted import leaves --out as it was. Once the files
  // are moving in, the import finishes (the move runs to its end before any handler can run).
  let stoppedBy: StopSignal | undefined;
  const offInterrupt = ctx.io.onInterrupt?.((signal) => {
    stoppedBy ??= signal ?? 'SIGINT';
  }, STOP_SIGNALS);
  try {
    let plan: ColumnPlan | undefined;
    // The header row or the file past a bound, unreadable: said after the rows before it.
    let unreadable: { readonly problem: RowProblem; readonly why: string } | undefined;
    for await (const step of steps) {
      if (stoppedBy) break;
      if (step.kind === 'note') report.note(step.note);
      else if (step.kind === 'plan') {
        plan = step.plan;
        plan.notes.forEach(report.note);
      } else if (step.kind === 'unreadable-header') unreadable = { problem: step.problem, why: 'the header row could not be read' };
      else if (step.kind === 'stopped') unreadable = { problem: step.problem, why: `stopped reading at line ${step.problem.row}, past a bound on what icare reads` };
      else {
        tally.rows++;
        const r = step.result;
        if ('empty' in r) tally.empty++;
        else if ('problems' in r) {
          tally.rejected++; // once, whatever the number of bad cells in the row
          r.problems.forEach(report.problem);
        } else if (tally.rejected === 0 || run.skipInvalid) await staged.add(importedFileName(r.answers, step.row), stringifyAnswers(r.answers));
        // else nothing will be written; the rest is still checked
      }
    }
    await staged.flush();
    if (stoppedBy) throw stopped(stoppedBy, tally.rows);
    if (unreadable) {
      report.problem(unreadable.problem);
      report.unfinished(summary());
      throw new UserError(`${run.file}: ${unreadable.why}; nothing was imported`, EXIT.findings);
    }
    if (!plan) throw new UserError(`${run.file}: no header row; expected a CSV export with one column per question`, EXIT.findings);
    if (planHasErrors(plan)) {
      report.unfinished(summary());
      throw new UserError(`${run.file}: fix the header problems above; nothing was imported`, EXIT.findings);
    }
    if (tally.rejected === 0 || run.skipInvalid) tally.files = staged.commit().map((path) => displayPath(path, ctx.io.cwd));
  } catch (e) {
    if (e instanceof UserError) throw e;
    const err = e as NodeJS.ErrnoException;
    if (typeof err.code === 'string' && /^E[A-Z]+$/.test(err.code)) throw new UserError(`${run.file}: cannot import (${err.code}: ${err.message})`);
    throw e;
  } finally {
    offInterrupt?.();
    await staged.close();
  }
  const done = summary();
  report.summary(done);
  return done;
}

function stopped(signal: StopSignal, rows: number): UserError {
  return new UserError(`interrupted${signal === 'SIGINT' ? '' : ` by ${signal}`} after ${rows} rows; nothing was imported`, SIGNAL_EXIT[signal]);
}

/** Writes what the format shows: problems and notes as found (or keeps them for the summary), then the summary. */
function reporter(ctx: Context, run: ImportRun, tally: { problems: RowProblem[]; notes: ColumnNote[] }) {
  const { renderer, skipInvalid } = run;
  const out = renderer.stream === 'stderr' ? ctx.io.stderr : ctx.io.stdout;
  const rctx = renderContext(ctx, renderer.stream === 'stderr' ? ctx.chalkErr : ctx.chalk);
  const summary = (s: ImportSummary): void => void out.write(renderer.summary({ summary: s, skipInvalid }, rctx));
  return {
    problem: (p: RowProblem): void => {
      if (renderer.progress) out.write(renderer.progress.problem(run.file, p, rctx));
      else tally.problems.push(p);
    },
    note: (n: ColumnNote): void => {
      tally.notes.push(n);
      if (renderer.progress) out.write(renderer.progress.note(run.file, n, rctx));
    },
    summary,
    /** An import that stopped at its header: a format that reports as it goes has said all there is; one that reports at the end still owes its document. */
    unfinished: (s: ImportSummary): void => {
      if (!renderer.progress) summary(s);
    },
  };
}
