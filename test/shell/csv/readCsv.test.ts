import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CsvEvent } from '../../../src/core/import/csvEvent.js';
import { MAX_CSV_COLUMNS, MAX_CSV_RECORD, readCsv } from '../../../src/shell/csv/readCsv.js';
import { allQuestions } from '../../../src/core/model/model.js';
import { FIXTURES } from '../../helpers/cli.js';
import { icare } from '../../helpers/icare.js';

const fixture = (name: string): string => join(FIXTURES, 'import', name);
const dir = mkdtempSync(join(tmpdir(), 'icare-read-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function eventsOf(path: string): Promise<CsvEvent[]> {
  const events: CsvEvent[] = [];
  for await (const e of readCsv(path, path)) events.push(e);
  return events;
}

/** The events with the cells left out: kind, then the line or the skip. */
function outline(events: readonly CsvEvent[]): unknown[] {
  return events.map((e) => (e.kind === 'encoding' ? e.encoding : e.kind === 'header' ? `header ${e.cells.length}` : e.kind === 'record' ? e.row : e.kind === 'skip' ? { skip: e.skip.row, cells: e.skip.cells } : e));
}

function csv(name: string, text: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('readCsv', () => {
  it('gives the encoding, the header, then each record with the line it starts on', async () => {
    const events = await eventsOf(fixture('google-forms.csv'));
    // Timestamp, name and role, then one column per ICARE question.
    expect(outline(events)).toEqual(['utf-8', `header ${3 + allQuestions(icare).length}`, 2, 3, 4, 5]);
    const header = events[1];
    expect(header?.kind === 'header' && header.cells.slice(0, 3)).toEqual(['Timestamp', 'Your name', 'Your role']);
  });

  it('reads Excel re-encodings: Windows-1252 without a byte-order mark, tab-separated UTF-16', async () => {
    const ansi = await eventsOf(fixture('excel-ansi.csv'));
    const unicode = await eventsOf(fixture('excel-unicode-text.txt'));
    expect(outline(ansi)[0]).toBe('windows-1252');
    expect(outline(unicode)[0]).toBe('utf-16le');
    // The same export either way: same header, same cells.
    expect(unicode.slice(1)).toEqual(ansi.slice(1));
  });

  it('reports unreadable records between the records, in line order, with their cell count', async () => {
    // Line 2–3 holds a quoted CRLF; line 4 has a comma too many.
    expect(outline(await eventsOf(fixture('ragged-row.csv')))).toEqual(['utf-8', 'header 8', 2, { skip: 4, cells: 9 }, 5]);
  });

  it("merges SurveyMonkey's second header row into the header instead of giving it as a record", async () => {
    const events = await eventsOf(fixture('surveymonkey.csv'));
    // Nine respondent columns and the role, then one column per ICARE question (matrix rows included).
    expect(outline(events).slice(0, 2)).toEqual(['utf-8', `header ${10 + allQuestions(icare).length}`]);
    expect(events.filter((e) => e.kind === 'record')).toHaveLength(2);
    expect(events.some((e) => e.kind === 'record' && e.cells.includes('Open-Ended Response'))).toBe(false);
  });

  it('sniffs ; as the delimiter and gives a header alone when there are no rows', async () => {
    expect(outline(await eventsOf(csv('semicolons.csv', 'a;b;c\n1;2;3\n')))).toEqual(['utf-8', 'header 3', 2]);
    expect(outline(await eventsOf(csv('header-only.csv', 'a,b\n')))).toEqual(['utf-8', 'header 2']);
    expect(outline(await eventsOf(csv('empty.csv', '')))).toEqual(['utf-8']);
  });

  it('gives a skip before any header when the first line cannot be read', async () => {
    const events = await eventsOf(csv('bad-header.csv', 'a,"b"c\n1,2\n'));
    expect(events[1]).toMatchObject({ kind: 'skip', skip: { row: 1, message: expect.stringMatching(/^Invalid Closing Quote/) as unknown as string } });
    expect(events[1]?.kind === 'skip' && events[1].skip.message).not.toMatch(/at line/);
  });

  it('checks that the path is a file when called, naming it as given', () => {
    expect(() => readCsv(join(dir, 'nope.csv'), 'nope.csv')).toThrow('nope.csv: no such file');
    expect(() => readCsv(dir, 'exports/')).toThrow('exports/: not a file (expected a CSV export)');
  });
});

describe('readCsv: bounds on columns and row size, so that no file exhausts memory', () => {
  const stopOf = async (path: string): Promise<unknown> => (await eventsOf(path)).at(-1);
  const tooMany = (row: number): unknown => ({ kind: 'stop', stop: { row, column: MAX_CSV_COLUMNS + 1, rule: 'csv-too-many-columns', message: expect.stringContaining(`more than ${MAX_CSV_COLUMNS} columns`) } });

  it('stops at a header of 100,000 columns, at the first column past the bound', async () => {
    const path = csv('wide.csv', Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(',') + '\n1\n');
    expect(await eventsOf(path)).toEqual([{ kind: 'encoding', encoding: 'utf-8' }, tooMany(1)]);
  });

  it('says too many columns, not a quoting error, when the cells past the bound are quoted', async () => {
    expect(await stopOf(csv('wide-quoted.csv', Array.from({ length: MAX_CSV_COLUMNS + 5 }, (_, i) => `"c ${i}"`).join(',') + '\n'))).toEqual(tooMany(1));
  });

  it('stops at a row of 100,000 empty cells, which hold no characters', async () => {
    expect(await stopOf(csv('commas.csv', 'a,b\n1,2\n' + ','.repeat(100_000) + '\n3,4\n'))).toEqual(tooMany(3));
  });

  it('stops where a row passes the bound on its characters, at the cell and line where it does', async () => {
    const big = 'x'.repeat(MAX_CSV_RECORD);
    const events = await eventsOf(csv('long-cell.csv', `a,b\n1,2\n3,"line\n${big}"\n4,5\n`));
    expect(events.slice(2)).toEqual([
      { kind: 'record', cells: ['1', '2'], row: 2 },
      { kind: 'stop', stop: { row: 4, column: 2, rule: 'csv-row-too-long', message: expect.stringContaining(`passes ${MAX_CSV_RECORD} characters`) } },
    ]);
  });
});
