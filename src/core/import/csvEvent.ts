// What the shell's CSV reader yields, in line order: the core makes rows of it (answersFromCsv)
// without knowing where the text came from.

/** How the bytes were decoded: a UTF-16 byte-order mark, valid UTF-8, or else Excel's ANSI code page. */
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** A record the parser could not read: a row whose cells do not match the header's, or broken quoting. */
export interface CsvSkip {
  /** The line the record starts on. */
  readonly row: number;
  /** The parser's reason, without its line number. */
  readonly message: string;
  /** How many cells the record has, when that count is what is wrong. */
  readonly cells?: number;
}

/** Where the reader stopped: the file passes a bound on what it reads (columns, characters in a row). */
export interface CsvStop {
  readonly row: number;
  readonly column: number;
  readonly rule: string;
  readonly message: string;
}

export type CsvEvent =
  /** First, once. */
  | { readonly kind: 'encoding'; readonly encoding: CsvEncoding }
  /** The first record, merged with SurveyMonkey's second header row when there is one. */
  | { readonly kind: 'header'; readonly cells: readonly string[] }
  | { readonly kind: 'record'; readonly cells: readonly string[]; readonly row: number }
  /** Before any header: the header line itself could not be read. */
  | { readonly kind: 'skip'; readonly skip: CsvSkip }
  /** Last: the reader stopped, the file passing a bound on what it reads. */
  | { readonly kind: 'stop'; readonly stop: CsvStop };
