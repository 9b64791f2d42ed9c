// `icare import`: a form tool's CSV export → one answers file per row. The CSV is streamed
// (csv-parse) and each row converted as it arrives, so memory stays bounded for any export size.
// Without --skip-invalid nothing reaches --out unless every row is valid.
import { closeSync, createReadStream, mkdirSync, mkdtempSync, openSync, readFileSync, readSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Transform } from 'node:stream';
import { parse, type CsvError, type Options } from 'csv-parse';
import { answersFileName, numberedNames, slug, stringifyAnswers } from '../../core/writing/answersYaml.js';
import { cachedCellAnswer, type PlanCellAnswer } from '../../core/import/cellAnswer.js';
import { planHasErrors, type ColumnNote, type ColumnPlan } from '../../core/import/columnPlan.js';
import { convertRow, type RowProblem } from '../../core/import/convertRow.js';
import { parseImportMap, type ImportMap } from '../../core/import/importMap.js';
import { mergeSubHeaders } from '../../core/import/mergeSubHeaders.js';
import { planColumns } from '../../core/import/planColumns.js';
import type { Finding } from '../../core/checks/finding.js';
import type { Questionnaire } from '../../core/model/model.js';
import { decodeFile } from '../../core/yaml/parseYaml.js';
import type { ImportFormat } from '../../render/import/formats.js';
import { importRenderers } from '../../render/import/registry.js';
import type { ImportSummary } from '../../render/import/result.js';
import { commandCatalog } from '../../shell/catalog.js';
import { renderContext, type Context } from '../../shell/context.js';
import { displayPath } from '../../shell/files.js';
import { EXIT, UserError } from '../../shell/userError.js';
import { linkToFreeName } from '../../shell/writeFileAtomic.js';
import { printCatalogFindings, printFindings } from '../printFindings.js';

/** Staged writes in flight at once; enough to overlap file creation, few enough to bound memory. */
const MAX_PENDING_WRITES = 8;

export interface ImportOptions {
  readonly csv: string;
  readonly questionnaire: string;
  readonly questionnaires: readonly string[];
  readonly out: string;
  readonly map?: string;
  readonly organisation?: string;
  readonly skipInvalid?: boolean;
  readonly format: ImportFormat;
}

/** A CSV record with the line it starts on. */
interface CsvRow {
  readonly cells: string[];
  readonly row: number;
}

export async function importCsv(opts: ImportOptions, ctx: Context): Promise<number> {
  const cwd = ctx.io.cwd;
  const source = await commandCatalog(ctx, opts.questionnaires);
  printCatalogFindings(ctx, source);
  const { catalog } = source;
  const q = catalog.get(opts.questionnaire);
  if (!q) throw new UserError(`no questionnaire with id "${opts.questionnaire}" (known: ${[...catalog.keys()].sort().join(', ')}); pass its folder with --questionnaires`);

  const csvPath = resolve(cwd, opts.csv);
  const csvFile = displayPath(csvPath, cwd);
  let isFile: boolean;
  try {
    isFile = statSync(csvPath).isFile();
  } catch {
    throw new UserError(`${opts.csv}: no such file`);
  }
  if (!isFile) throw new UserError(`${opts.csv}: not a file (expected a CSV export)`);

  let map: ImportMap | undefined;
  if (opts.map) {
    const loaded = loadMap(resolve(cwd, opts.map), cwd, q);
    if ('findings' in loaded) {
      printFindings(ctx, loaded.findings, 1);
      throw new UserError(`fix the --map file ${opts.map}; nothing was imported`, EXIT.findings);
    }
    map = loaded.map;
  }

  const renderer = importRenderers[opts.format];
  const progress = renderer.progress;
  const rctx = renderContext(ctx, renderer.stream === 'stderr' ? ctx.chalkErr : ctx.chalk);
  const out = renderer.stream === 'stderr' ? ctx.io.stderr : ctx.io.stdout;
  const printSummary = (s: ImportSummary): void => void out.write(renderer.summary({ summary: s, skipInvalid: opts.skipInvalid === true }, rctx));
  const outDir = resolve(cwd, opts.out);
  const outShown = opts.out.replace(/\/+$/, '') + '/';
  const problems: RowProblem[] = [];
  const notes: ColumnNote[] = [];
  const files: string[] = [];
  let rows = 0;
  let rejected = 0;
  let empty = 0;

  // A rejected row counts once, whatever the number of bad cells in it.
  const reject = (rowProblems: readonly RowProblem[]): void => {
    rejected++;
    for (const p of rowProblems) {
      if (progress) out.write(progress.problem(csvFile, p, rctx));
      else problems.push(p);
    }
  };

  // Valid rows are written to a hidden staging folder inside --out as they arrive, a few at a
  // time (file creation dominates on busy disks, and overlapping it hides much of the wait),
  // then linked into --out under their real names at the end: all of them, or with rejected
  // rows and no --skip-invalid, none. Linking never replaces an existing file.
  const outExisted = exists(outDir);
  let staging: string | undefined;
  const staged: string[] = [];
  const pending = new Set<Promise<void>>();
  let writeError: unknown;
  const stage = async (name: string, text: string): Promise<void> => {
    if (rejected > 0 && !opts.skipInvalid) return; // nothing will be written; just check the rest
    if (!staging) {
      mkdirSync(outDir, { recursive: true });
      staging = mkdtempSync(join(outDir, '.icare-import-'));
    }
    const p: Promise<void> = writeFile(join(staging, `${staged.length}.yaml`), text, { flag: 'wx' }).then(
      () => void pending.delete(p),
      (e: unknown) => {
        pending.delete(p);
        writeError ??= e;
      },
    );
    staged.push(name);
    pending.add(p);
    if (pending.size >= MAX_PENDING_WRITES) await Promise.race(pending);
    if (writeError) throw writeError;
  };

  // Ctrl-C stops reading at the next row; the staging folder is removed on the way out, so an
  // interrupted import leaves --out as it was.
  let interrupted = false;
  const offInterrupt = ctx.io.onInterrupt?.(() => {
    interrupted = true;
  });
  try {
    let plan: ColumnPlan | undefined;
    let answer: PlanCellAnswer | undefined;
    const lines = lineTracker();
    // Unreadable records (ragged, bad quotes) come through on_skip while csv-parse reads ahead
    // of the rows already handed out; they wait here to be reported in line order.
    const skips: { row: number; err: CsvError }[] = [];
    const flushSkips = (before: number, p: ColumnPlan): void => {
      while (skips.length > 0 && (skips[0]?.row ?? 0) < before) {
        const s = skips.shift() as { row: number; err: CsvError };
        rows++;
        reject([skipProblem(s.err, s.row, p)]);
      }
    };
    const options: Options<CsvRow, string[]> = {
      bom: true,
      delimiter: sniffDelimiter(csvPath),
      skip_empty_lines: true,
      relax_column_count: false,
      skip_records_with_error: true,
      // Runs in parse order, so line numbers are worked out here rather than as rows are handled.
      on_record: (record: string[], info) => ({ cells: record, row: lines(info.lines, record) }),
      on_skip: (err) => {
        if (err) skips.push({ row: lines(typeof err.lines === 'number' ? err.lines : 1, Array.isArray(err.record) ? (err.record as string[]) : []), err });
        return undefined;
      },
    };
    // Notes about the file as a whole and its header: kept for the summary, and printed by formats that report as they go.
    const note = (...found: readonly ColumnNote[]): void => {
      notes.push(...found);
      if (progress) for (const n of found) out.write(progress.note(csvFile, n, rctx));
    };
    const encoding = await csvEncoding(csvPath);
    // csv-parse's typings only let on_record reshape records in the `columns` overload.
    const parser = parse(options as unknown as Options);
    const input = createReadStream(csvPath);
    input.on('error', (e) => parser.destroy(e));
    if (encoding === 'utf-8') input.pipe(parser);
    else {
      if (encoding === 'windows-1252') {
        note({
          column: 0,
          header: '',
          severity: 'warning',
          rule: 'csv-encoding',
          message: 'the file is not UTF-8, so it is read as Windows-1252 (what Excel writes for "CSV (Comma delimited)" on Western European Windows); if letters look wrong in the answers files, save the export as "CSV UTF-8" and import that',
        });
      }
      input.pipe(toUtf8(encoding)).pipe(parser);
    }

    let headerUnreadable: RowProblem | undefined;
    // The header row waits for the next record, which may be SurveyMonkey's second header row.
    let header: readonly string[] | undefined;
    const makePlan = (headers: readonly string[]): ColumnPlan => {
      const p = planColumns(q, headers, map);
      note(...p.notes);
      return p;
    };
    for await (const { cells, row } of parser as AsyncIterable<CsvRow>) {
      if (interrupted) break;
      if (!plan) {
        if (!header) {
          if (skips.length > 0 && (skips[0]?.row ?? 0) < row) {
            headerUnreadable = skipProblem(skips[0]!.err, skips[0]!.row, undefined);
            break;
          }
          header = cells;
          continue;
        }
        const merged = mergeSubHeaders(header, cells);
        plan = makePlan(merged ?? header);
        if (planHasErrors(plan)) break;
        if (merged) continue;
      }
      flushSkips(row, plan);
      rows++;
      answer ??= cachedCellAnswer(plan);
      const r = convertRow(plan, cells, row, opts.organisation === undefined ? {} : { organisation: opts.organisation }, answer);
      if ('empty' in r) empty++;
      else if ('problems' in r) reject(r.problems);
      else {
        const a = r.answers;
        const name = answersFileName({ ...(a.organisation !== undefined && { organisation: a.organisation }), questionnaire: q.id, date: a.date ?? 'undated', who: a.respondent?.name && slug(a.respondent.name) ? a.respondent.name : `row-${row}` });
        await stage(name, stringifyAnswers(a));
      }
    }
    parser.destroy();
    input.destroy();
    if (interrupted) {
      await Promise.all(pending);
      throw new UserError(`interrupted after ${rows} rows; nothing was imported`, EXIT.interrupted);
    }
    if (!plan && !header && skips.length > 0) headerUnreadable ??= skipProblem(skips[0]!.err, skips[0]!.row, undefined);
    if (!plan && header && !headerUnreadable) plan = makePlan(header); // a header and no rows
    if (headerUnreadable) {
      if (progress) out.write(progress.problem(csvFile, headerUnreadable, rctx));
      else {
        problems.push(headerUnreadable);
        printSummary(summary());
      }
      throw new UserError(`${csvFile}: the header row could not be read; nothing was imported`, EXIT.findings);
    }
    if (!plan) throw new UserError(`${csvFile}: no header row; expected a CSV export with one column per question`, EXIT.findings);
    if (planHasErrors(plan)) {
      skips.length = 0;
      if (!progress) printSummary(summary());
      throw new UserError(`${csvFile}: fix the header problems above; nothing was imported`, EXIT.findings);
    }
    flushSkips(Infinity, plan);

    await Promise.all(pending);
    if (writeError) throw writeError;
    if (staging && (rejected === 0 || opts.skipInvalid)) {
      const dir = staging;
      staged.forEach((name, i) => files.push(displayPath(linkToFreeName(join(dir, `${i}.yaml`), outDir, numberedNames(name)), cwd)));
    }
  } catch (e) {
    if (e instanceof UserError) throw e;
    const err = e as NodeJS.ErrnoException;
    if (typeof err.code === 'string' && /^E[A-Z]+$/.test(err.code)) throw new UserError(`${csvFile}: cannot import (${err.code}: ${err.message})`);
    throw e;
  } finally {
    offInterrupt?.();
    await Promise.all(pending);
    if (staging) rmSync(staging, { recursive: true, force: true });
    if (!outExisted && files.length === 0) {
      try {
        rmdirSync(outDir); // only when empty: we made it and put nothing in it
      } catch {
        // not there or not empty
      }
    }
  }

  function summary(): ImportSummary {
    return { csv: csvFile, questionnaire: q!.id, out: outShown, rows, written: files.length, rejected, empty, files, problems, notes };
  }

  const s = summary();
  printSummary(s);
  if (rejected === 0) return EXIT.ok;
  // --skip-invalid asked for the valid rows; it fails only when no row could be imported.
  return opts.skipInvalid && files.length > 0 ? EXIT.ok : EXIT.findings;
}

type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * UTF-16 when the file starts with its byte-order mark (Excel's "Unicode Text"); UTF-8 when the
 * whole file is valid UTF-8; otherwise Excel's likeliest ANSI encoding.
 */
async function csvEncoding(path: string): Promise<CsvEncoding> {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  try {
    for await (const chunk of createReadStream(path)) {
      const bytes = chunk as Buffer;
      if (first && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
      if (first && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
      first = false;
      utf8.decode(bytes, { stream: true });
    }
    utf8.decode();
    return 'utf-8';
  } catch (e) {
    if (e instanceof TypeError) return 'windows-1252'; // what a fatal TextDecoder throws
    throw e;
  }
}

function toUtf8(encoding: Exclude<CsvEncoding, 'utf-8'>): Transform {
  const decoder = new TextDecoder(encoding);
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      done(null, decoder.decode(chunk, { stream: true }));
    },
    flush(done) {
      done(null, decoder.decode());
    },
  });
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

function loadMap(path: string, cwd: string, q: Questionnaire): { map: ImportMap } | { findings: readonly Finding[] } {
  const file = displayPath(path, cwd);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new UserError(`${file}: cannot read the --map file (${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : ((e as NodeJS.ErrnoException).code ?? String(e))})`);
  }
  const decoded = decodeFile(bytes, file);
  if (!decoded.ok) return { findings: decoded.findings };
  const parsed = parseImportMap(decoded.text, file, q);
  return parsed.ok ? { map: parsed.map } : { findings: parsed.findings };
}

/**
 * Start lines of records, fed in parse order. csv-parse's `lines` is the line a record ends on,
 * except that (as of 6.2) it counts each CRLF inside a quoted cell as two lines, an error that
 * carries over to every later record; both are corrected here.
 */
export function lineTracker(): (endLine: number, record: readonly string[]) => number {
  let extra = 0;
  return (endLine, record) => {
    let breaks = 0;
    for (const cell of record) {
      if (!cell.includes('\n') && !cell.includes('\r')) continue;
      extra += cell.split('\r\n').length - 1;
      breaks += cell.match(/\r\n|\r|\n/g)?.length ?? 0;
    }
    return endLine - extra - breaks;
  };
}

function skipProblem(err: CsvError, row: number, plan: ColumnPlan | undefined): RowProblem {
  const record = Array.isArray(err.record) ? (err.record as string[]) : [];
  const expected = plan?.headers.length ?? 0;
  if (err.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH' && plan) {
    const column = Math.min(record.length, expected) + 1;
    return {
      row,
      column,
      header: plan.headers[column - 1] ?? '',
      rule: 'ragged-row',
      message: `row has ${record.length} cells but the header has ${expected}${record.length > expected ? '; a cell holding a comma needs quotes' : ''}`,
    };
  }
  return { row, column: 1, header: '', rule: 'csv-syntax', message: err.message.replace(/ at line \d+/, '') };
}

/** Google and Microsoft export commas; a spreadsheet saved in some locales uses ; or tabs. */
function sniffDelimiter(path: string): string {
  const buf = Buffer.alloc(64 * 1024);
  let n = 0;
  const fd = openSync(path, 'r');
  try {
    n = readSync(fd, buf, 0, buf.length, 0);
  } finally {
    closeSync(fd);
  }
  const counts = new Map([[',', 0], [';', 0], ['\t', 0]]);
  let quoted = false;
  for (const ch of buf.subarray(0, n).toString('utf8')) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  for (const [d, c] of counts) if (c > (counts.get(best) ?? 0)) best = d;
  return best;
}
