import { describe, expect, it } from 'vitest';
import { parseImportMap } from '../../../src/core/import/importMap.js';
import { icare } from '../../helpers/icare.js';

describe('parseImportMap', () => {
  const file = 'map.yaml';
  it('reads columns, values and the date order', () => {
    const r = parseImportMap('columns:\n  Who: name\n  Q1: wait-apology\n  Ref: ignore\nvalues:\n  Mostly: 4\n  Yep: yes\ndates: day-first\n', file, icare);
    expect(r.ok && r.map).toEqual({
      columns: new Map([
        ['Who', 'name'],
        ['Q1', 'wait-apology'],
        ['Ref', 'ignore'],
      ]),
      values: new Map<string, unknown>([
        ['Mostly', 4],
        ['Yep', 'yes'],
      ]),
      dates: 'day-first',
    });
  });

  it('points at an unknown question id, an unknown key and a bad date order', () => {
    const r = parseImportMap('columns:\n  Q1: wait-apology\n  Q2: no-such-question\nwhen: today\ndates: sideways\n', file, icare);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.findings.map((f) => [f.line, f.column, f.rule])).toEqual([
      [3, 7, 'unknown-question'],
      [4, 1, 'unknown-key'],
      [5, 8, 'map-shape'],
    ]);
  });

  it('gives YAML syntax errors with their position', () => {
    const r = parseImportMap('columns:\n  Q1: [unclosed\n', file, icare);
    expect(!r.ok && r.findings[0]).toMatchObject({ file, rule: 'yaml-syntax', severity: 'error' });
  });
});
