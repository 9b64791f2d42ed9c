import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { ImportSummary } from '../../../src/render/import/result.js';
import { interruptedLine, noteLine, problemLine, summaryLine } from '../../../src/render/import/text.js';

const ctx = { chalk: new Chalk({ level: 0 }), width: 80, version: '0' };
const summary = (s: Partial<ImportSummary>): ImportSummary => ({ csv: 'a.csv', questionnaire: 'icare', out: 'out/', rows: 0, written: 0, rejected: 0, empty: 0, files: [], problems: [], notes: [], ...s });

describe('import text renderer', () => {
  it('names the column of a problem, its header cut short', () => {
    const header = 'Our service standards (what every customer can expect at every visit or contact) are…';
    expect(problemLine('a.csv', { row: 3, column: 4, header, rule: 'unknown-option', message: 'bad' }, ctx)).toBe('a.csv:3:4 error column "Our service standards (what every customer can ex…": bad (unknown-option)\n');
    expect(problemLine('a.csv', { row: 3, column: 1, header: ' ', rule: 'csv-syntax', message: 'Quote Not Closed' }, ctx)).toBe('a.csv:3:1 error Quote Not Closed (csv-syntax)\n');
  });

  it('puts notes on the header line, at column 1 when they concern no single column', () => {
    expect(noteLine('a.csv', { column: 0, header: '', severity: 'warning', rule: 'csv-encoding', message: 'not UTF-8' }, ctx)).toBe('a.csv:1:1 warning not UTF-8 (csv-encoding)\n');
  });

  it('says what was written, or why nothing was', () => {
    expect(summaryLine({ summary: summary({ rows: 3, written: 2, rejected: 1 }), skipInvalid: true }, ctx)).toBe('3 rows: 2 answers files written to out/, 1 row rejected and skipped\n');
    expect(summaryLine({ summary: summary({ rows: 4, rejected: 1, empty: 1 }), skipInvalid: false }, ctx)).toBe('4 rows: 1 row rejected, so no files were written (fix the cells above, or use --skip-invalid to write the 2 valid rows), 1 row without answers skipped\n');
  });

  it('says how far an interrupted import had got and whether it was rolled back or completed', () => {
    expect(interruptedLine({ csv: 'big.csv', stage: 'moving', staged: 5000, removed: 12 }, 'out/', ctx)).toBe('icare: an import of big.csv into out/ was interrupted while moving its files in; rolled it back: removed the 12 of 5000 files it had moved in\n');
    expect(interruptedLine({ csv: 'big.csv', stage: 'reading', staged: 1, removed: 0 }, 'out/', ctx)).toBe('icare: an import of big.csv into out/ was interrupted before moving its files in; rolled it back: removed its staging folder (1 file)\n');
    expect(interruptedLine({ stage: 'cleaning-up', staged: 40, removed: 0 }, 'out/', ctx)).toBe('icare: an import into out/ was interrupted after moving all its files in; completed it: removed what was left of its staging folder\n');
  });

  it('shows the CSV name of an interrupted import without its control characters', () => {
    expect(interruptedLine({ csv: 'a\u001b]0;x\u0007.csv', stage: 'reading', staged: 2, removed: 0 }, 'out/', ctx)).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });
});
