// A form tool's CSV export, streamed through csv-parse so memory stays bounded for any size: the
// header, the records and the records it could not read, in line order, for the core to make rows
// of. It knows CSV (encodings, delimiters, quoting, SurveyMonkey's two header rows), not answers.
import { createReadStream, statSync } from 'node:fs';
import { parse, type CsvError, type Options, type Parser } from 'csv-parse';
import type { CsvEvent, CsvSkip } from '../../core/import/csvEvent.js';
import { mergeSubHeaders } from '../../core/import/mergeSubHeaders.js';
import { UserError } from '../userError.js';
import { csvEncoding, toUtf8 } from './csvEncoding.js';
import { lineTracker } from './lineTracker.js';
import { sniffDelimiter } from './sniffDelimiter.js';

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

function csvParser(delimiter: string, skips: CsvSkip[]): Parser {
  const lines = lineTracker();
  const options: Options<CsvRecord, string[]> = {
    bom: true,
    delimiter,
    skip_empty_lines: true,
    relax_column_count: false,
    skip_records_with_error: true,
    // Runs in parse order, so line numbers are worked out here rather than as records are read.
    on_record: (record: string[], info) => ({ cells: record, row: lines(info.lines, record) }),
    // Unreadable records (ragged, bad quotes) come through here while csv-parse reads ahead of
    // the records already handed out; they wait in `skips` to be yielded in line order.
    on_skip: (err) => {
      if (err) skips.push(skipOf(err, lines));
      return undefined;
    },
  };
  // csv-parse's typings only let on_record reshape records in the `columns` overload.
  return parse(options as unknown as Options);
}

function skipOf(err: CsvError, lines: ReturnType<typeof lineTracker>): CsvSkip {
  const record = Array.isArray(err.record) ? (err.record as string[]) : [];
  const row = lines(typeof err.lines === 'number' ? err.lines : 1, record);
  const message = err.message.replace(/ at line \d+/, '');
  return err.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH' ? { row, message, cells: record.length } : { row, message };
}

/**
 * The header, then records and skipped records in line order. The header waits for the next
 * record, which may be SurveyMonkey's second header row; a skip before the first record means
 * the header line could not be read.
 */
async function* inLineOrder(records: AsyncIterable<CsvRecord>, skips: CsvSkip[]): AsyncGenerator<CsvEvent> {
  const skipsBefore = (row: number): CsvEvent[] => {
    const before: CsvEvent[] = [];
    while (skips.length > 0 && (skips[0]?.row ?? 0) < row) before.push({ kind: 'skip', skip: skips.shift() as CsvSkip });
    return before;
  };
  let first: string[] | undefined;
  let headed = false;
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
  if (first && !headed) yield { kind: 'header', cells: first };
  yield* skipsBefore(Infinity);
}
