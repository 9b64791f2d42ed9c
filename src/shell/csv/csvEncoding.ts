// Which encoding a CSV export is in, and the stream that turns it into UTF-8 for csv-parse.
import { createReadStream } from 'node:fs';
import { Transform } from 'node:stream';
import type { CsvEncoding } from '../../core/import/csvEvent.js';

/**
 * UTF-16 when the file starts with its byte-order mark (Excel's "Unicode Text"); UTF-8 when the
 * whole file is valid UTF-8; otherwise Excel's likeliest ANSI encoding.
 */
export async function csvEncoding(path: string): Promise<CsvEncoding> {
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

export function toUtf8(encoding: Exclude<CsvEncoding, 'utf-8'>): Transform {
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
