// A form tool's CSV export, streamed through csv-parse so memory stays bounded for any size: the
// header, the records and the records it could not read, in line order, for the core to make rows
// of. It knows CSV (encodings, delimiters, quoting, SurveyMonkey's two header rows), not answers.
import { createReadStream, statSync } from 'node:fs';
import { Parser, type CsvError, type Options } from 'csv-parse';
import type { CsvEvent, CsvSkip, CsvStop } from '../../core/import/csvEvent.js';
import { mergeSubHeaders } from '../../core/import/mergeSubHeaders.js';
import { MAX_FILE_BYTES } from '../../core/yaml/parseYaml.js';
import { UserError } from '../userError.js';
import { csvEncoding, toUtf8 } from './csvEncoding.js';
import { lineTracker } from './lineTracker.js';
import { sniffDelimiter } from './sniffDelimiter.js';

/** Columns read at most: far more than any form has questions. */
export const MAX_CSV_COLUMNS = 10_000;
/** Characters in one row at most: an answers file made of a longer row would be too large to read. */
export const MAX_CSV_RECORD = MAX_FILE_BYTES;

/** Thrown inside the parser to stop it where a bound is passed; csv-parse cannot go on from there. */
class Stopped extends Error {
  constructor(readonly stop: CsvStop) {
    super(stop.message);
  }
}

/** A CSV record with the line it starts on. */
interface CsvRecord {
  readonly cells: string[];
  readonly row: number;
}

/**
 * The events of the CSV file at `path`, read as they are iterated; stopping early closes the
 * file. Whether `path` is a file is checked now, naming it as the user gave it (`given`).
 */
export function readCsv(path: string, given: string): AsyncGenerator<CsvEvent> {
  let isFile: boolean;
  try {
    isFile = statSync(path).isFile();
  } catch {
    throw new UserError(`${given}: no such file`);
  }
  if (!isFile) throw new UserError(`${given}: not a file (expected a CSV export)`);
  return csvEvents(path);
}

async function* csvEvents(path: string): AsyncGenerator<CsvEvent> {
  const delimiter = sniffDelimiter(path);
  const encoding = await csvEncoding(path);
  yield { kind: 'encoding', encoding };
  const skips: CsvSkip[] = [];
  const parser = csvParser(delimiter, skips);
  const input = createReadStream(path);
  input.on('error', (e) => parser.destroy(e));
  (encoding === 'utf-8' ? input : input.pipe(toUtf8(encoding))).pipe(parser);
  try {
    yield* inLineOrder(parser as AsyncIterable<CsvRecord>, skips);
  } finally {
    parser.destroy();
    input.destroy();
  }
}

/**
 * csv-parse's parser, handing out each record with the line it starts on. The line is read from
 * the parser's own counters (`info`, kept current as it parses) when the record is pushed, which
 * is in parse order; its on_record hook would give the same figure but copies every counter into
 * a new object per record, a tenth of the time a million-row export takes.
 */
class LinedParser extends Parser {
  constructor(
    options: Options,
    private readonly lines: ReturnType<typeof lineTracker>,
  ) {
    super(options);
  }

  override push(record: unknown, encoding?: BufferEncoding): boolean {
    if (record === null) return super.push(null, encoding);
    const cells = record as string[];
    const row = this.lines(this.info.lines, cells);
    if (cells.length > MAX_CSV_COLUMNS) {
      this.destroy(new Stopped(tooManyColumns(row)));
      return false;
    }
    return super.push({ cells, row } satisfies CsvRecord, encoding);
  }
}

function csvParser(delimiter: string, skips: CsvSkip[]): Parser {
  const lines = lineTracker();
  const options: Options = {
    bom: true,
    delimiter,
    skip_empty_lines: true,
    relax_column_count: false,
    skip_records_with_error: true,
    // The bounds: csv-parse counts a row's characters as it reads them, but its cells only once
    // the row ends, so past the bound it stops splitting: the rest of the row is one more cell,
    // whose characters count.
    max_record_size: MAX_CSV_RECORD,
    ignore_last_delimiters: MAX_CSV_COLUMNS + 1,
    // Unreadable records (ragged, bad quotes) come through here while csv-parse reads ahead of
    // the records already handed out; they wait in `skips` to be yielded in line order.
    on_skip: (err) => {
      if (!err) return undefined;
      const stop = stopOf(err, lines);
      if (stop) throw new Stopped(stop);
      skips.push(skipOf(err, lines));
      return undefined;
    },
  };
  return new LinedParser(options, lines);
}

/** A parser error that comes from passing a bound, as where the reader stops. */
function stopOf(err: CsvError, lines: ReturnType<typeof lineTracker>): CsvStop | undefined {
  const cell = typeof err.column === 'number' ? err.column : 0;
  const line = lines(typeof err.lines === 'number' ? err.lines : 1, []);
  // Anything wrong in the cell past the last column (a quote, its length) is that cell's being there.
  if (cell >= MAX_CSV_COLUMNS) return tooManyColumns(line);
  if (err.code !== 'CSV_MAX_RECORD_SIZE') return undefined;
  return { row: line, column: cell + 1, rule: 'csv-row-too-long', message: `the row passes ${MAX_CSV_RECORD} characters in this cell; icare reads rows of at most ${MAX_CSV_RECORD} characters (no answers file is larger)` };
}

function tooManyColumns(row: number): CsvStop {
  return { row, column: MAX_CSV_COLUMNS + 1, rule: 'csv-too-many-columns', message: `the row has more than ${MAX_CSV_COLUMNS} columns; icare reads at most ${MAX_CSV_COLUMNS} (is this a form's export?)` };
}

function skipOf(err: CsvError, lines: ReturnType<typeof lineTracker>): CsvSkip {
  const record = Array.isArray(err.record) ? (err.record as string[]) : [];
  const row = lines(typeof err.lines === 'number' ? err.lines : 1, record);
  const message = err.message.replace(/ at line \d+/, '');
  return err.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH' ? { row, message, cells: record.length } : { row, message };
}

/**
 * The header, then records and skipped records in line order, then where the reader stopped if
 * it did. The header waits for the next record, which may be SurveyMonkey's second header row; a
 * skip before the first record means the header line could not be read.
 */
async function* inLineOrder(records: AsyncIterable<CsvRecord>, skips: CsvSkip[]): AsyncGenerator<CsvEvent> {
  const skipsBefore = (row: number): CsvEvent[] => {
    const before: CsvEvent[] = [];
    while (skips.length > 0 && (skips[0]?.row ?? 0) < row) before.push({ kind: 'skip', skip: skips.shift() as CsvSkip });
    return before;
  };
  let first: string[] | undefined;
  let headed = false;
  let stop: CsvStop | undefined;
  try {
    for await (const { cells, row } of records) {
      if (!first) {
        yield* skipsBefore(row);
        first = cells;
        continue;
      }
      if (!headed) {
        headed = true;
        const merged = mergeSubHeaders(first, cells);
        yield { kind: 'header', cells: merged ?? first };
        if (merged) continue;
      }
      if (skips.length > 0) yield* skipsBefore(row); // skips are rare: no empty delegation per record
      yield { kind: 'record', cells, row };
    }
  } catch (e) {
    if (!(e instanceof Stopped)) throw e;
    stop = e.stop;
  }
  if (first && !headed) yield { kind: 'header', cells: first };
  yield* skipsBefore(Infinity);
  if (stop) yield { kind: 'stop', stop };
}
