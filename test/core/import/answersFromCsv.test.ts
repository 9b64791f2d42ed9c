import { describe, expect, it } from 'vitest';
import { answersFromCsv, type CsvStep } from '../../../src/core/import/answersFromCsv.js';
import type { CsvEvent } from '../../../src/core/import/csvEvent.js';
import { icare, text } from '../../helpers/icare.js';

async function stepsOf(events: CsvEvent[], organisation?: string): Promise<CsvStep[]> {
  const steps: CsvStep[] = [];
  for await (const s of answersFromCsv(events, icare, { organisation })) steps.push(s);
  return steps;
}

const header: CsvEvent = { kind: 'header', cells: ['Your name', text('wait-apology'), text('standards-improved')] };

describe('answersFromCsv', () => {
  it('plans the header, then gives each record as answers, problems or empty, with its line', async () => {
    const steps = await stepsOf(
      [
        { kind: 'encoding', encoding: 'utf-8' },
        header,
        { kind: 'record', cells: ['Dana', 'Usually', 'Yes'], row: 2 },
        { kind: 'record', cells: ['Lee', '7', 'Yes'], row: 3 },
        { kind: 'record', cells: ['Kim', '', ''], row: 5 },
      ],
      'Acme',
    );
    expect(steps.map((s) => s.kind)).toEqual(['plan', 'row', 'row', 'row']);
    const [, dana, lee, kim] = steps;
    expect(dana).toMatchObject({ row: 2, result: { answers: { organisation: 'Acme', respondent: { name: 'Dana' }, answers: { 'wait-apology': 4, 'standards-improved': 'yes' } } } });
    expect(lee).toMatchObject({ row: 3, result: { problems: [{ row: 3, column: 2, rule: 'answer-out-of-scale' }] } });
    expect(kim).toEqual({ kind: 'row', row: 5, result: { empty: true } });
  });

  it('warns about a Windows-1252 file before anything else', async () => {
    const steps = await stepsOf([{ kind: 'encoding', encoding: 'windows-1252' }, header]);
    expect(steps[0]).toMatchObject({ kind: 'note', note: { column: 0, severity: 'warning', rule: 'csv-encoding' } });
  });

  it('turns a skipped record into its row problem: the first missing or extra cell, or the syntax error', async () => {
    const steps = await stepsOf([
      header,
      { kind: 'skip', skip: { row: 2, message: 'Invalid Record Length', cells: 2 } },
      { kind: 'skip', skip: { row: 3, message: 'Invalid Record Length', cells: 4 } },
      { kind: 'skip', skip: { row: 4, message: 'Quote Not Closed' } },
    ]);
    expect(steps.slice(1)).toEqual([
      { kind: 'row', row: 2, result: { problems: [{ row: 2, column: 3, header: text('standards-improved'), rule: 'ragged-row', message: 'row has 2 cells but the header has 3' }] } },
      { kind: 'row', row: 3, result: { problems: [{ row: 3, column: 4, header: '', rule: 'ragged-row', message: 'row has 4 cells but the header has 3; a cell holding a comma needs quotes' }] } },
      { kind: 'row', row: 4, result: { problems: [{ row: 4, column: 1, header: '', rule: 'csv-syntax', message: 'Quote Not Closed' }] } },
    ]);
  });

  it('stops at a header line it could not read', async () => {
    const steps = await stepsOf([{ kind: 'skip', skip: { row: 1, message: 'Invalid Closing Quote', cells: 3 } }, header]);
    expect(steps).toEqual([{ kind: 'unreadable-header', problem: { row: 1, column: 1, header: '', rule: 'csv-syntax', message: 'Invalid Closing Quote' } }]);
  });

  it('stops after a plan with errors', async () => {
    const steps = await stepsOf([{ kind: 'header', cells: ['Your name', 'Favourite colour'] }, { kind: 'record', cells: ['Dana', 'Blue'], row: 2 }]);
    expect(steps).toHaveLength(1);
    expect(steps[0]?.kind === 'plan' && steps[0].plan.notes.map((n) => n.rule)).toContain('no-question-columns');
  });

  it("ends with the reader's stop, as the problem of its line naming its column's header", async () => {
    const stop = { row: 3, column: 2, rule: 'csv-row-too-long', message: 'too long' };
    const steps = await stepsOf([{ kind: 'encoding', encoding: 'utf-8' }, header, { kind: 'record', cells: ['Dana', 'Usually', 'Yes'], row: 2 }, { kind: 'stop', stop }]);
    expect(steps.map((s) => s.kind)).toEqual(['plan', 'row', 'stopped']);
    expect(steps[2]).toEqual({ kind: 'stopped', problem: { row: 3, column: 2, header: text('wait-apology'), rule: 'csv-row-too-long', message: 'too long' } });
    expect((await stepsOf([{ kind: 'stop', stop: { ...stop, row: 1 } }])).map((s) => s.kind === 'stopped' && s.problem.header)).toEqual(['']);
  });
});
