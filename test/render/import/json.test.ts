import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { json } from '../../../src/render/import/json.js';
import type { ImportSummary } from '../../../src/render/import/result.js';

const ctx = { chalk: new Chalk({ level: 0 }), width: 80, version: '0' };

describe('import json renderer', () => {
  it('writes DEL, C1 controls and bidi overrides from a header as escapes, and the same data (found by the CSV fuzz test)', () => {
    const header = '\u007fTime\u009bstamp\u202e';
    const summary: ImportSummary = { csv: 'a.csv', questionnaire: 'icare', out: 'out/', rows: 0, written: 0, rejected: 0, empty: 0, files: [], problems: [], notes: [{ column: 1, header, severity: 'warning', rule: 'unmatched-column', message: 'm' }] };
    const text = json({ summary, skipInvalid: false }, ctx);
    expect(text).toContain('"header": "\\u007fTime\\u009bstamp\\u202e"');
    expect(text).not.toMatch(/[\u007f-\u009f\u202e]/);
    expect(JSON.parse(text)).toEqual(summary);
  });
});
