import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersRules } from '../../../src/core/checks/answersRules.js';
import { cellCoder, codeRow } from '../../../src/core/import/codeRow.js';
import { convertRow } from '../../../src/core/import/convertRow.js';
import { planColumns } from '../../../src/core/import/planColumns.js';
import { compileLayout } from '../../../src/core/model/layout.js';
import { allQuestions } from '../../../src/core/model/model.js';
import { icare } from '../../helpers/icare.js';

describe('codeRow', () => {
  const questions = allQuestions(icare);
  const headers = ['Timestamp', 'Your name', 'Your role', 'Organisation', ...questions.map((q) => q.text)];
  const plan = planColumns(icare, headers);
  const layout = compileLayout(icare);
  const coder = cellCoder(plan, layout);

  /** Cells a form tool might write for a question: its own answers in several spellings, and junk. */
  const cellFor = (i: number): fc.Arbitrary<string> => {
    const q = questions[i]!;
    const own: string[] = [];
    if (q.type === 'scale') for (const [point, label] of Object.entries(q.scale.labels)) own.push(point, label, `${point} - ${label}`);
    if (q.type === 'choice') for (const o of q.options) own.push(o.label, ...(o.key !== undefined ? [o.key] : []));
    if (q.type === 'yesno') own.push('Yes', 'no', 'TRUE');
    // Junk is rare enough that most rows are read, so both sides of the comparison are exercised.
    const good = q.type === 'text' ? fc.constantFrom('', 'Fix the till', 'N/A', "don't know") : fc.constantFrom('', ' ', 'N/A', "Don't know", 'dk', ...own);
    return fc.oneof({ arbitrary: good, weight: 200 }, { arbitrary: fc.constantFrom('7', '3.5', 'maybe'), weight: 1 }, { arbitrary: fc.string({ maxLength: 12 }), weight: 1 });
  };
  const row = fc.tuple(
    fc.constantFrom('2026/11/16 9:14:02 AM GMT', '31/02/2026', '', 'yesterday'),
    fc.constantFrom('Dana Lee', '', 'anonymous'),
    fc.constantFrom('Frontline', 'manager', '', 'Night Watch'),
    fc.constantFrom('Acme', ''),
    fc.tuple(...questions.map((_, i) => cellFor(i))),
  );

  it('property: gives the codes, comments, head and problems that convertRow and answersRules give', () => {
    const seen = { empty: 0, problems: 0, record: 0 };
    fc.assert(
      fc.property(row, ([date, name, role, org, answers]) => {
        const cells = [date, name, role, org, ...answers];
        const file = convertRow(plan, cells, 9, { organisation: 'Default' });
        const coded = codeRow(plan, layout, cells, 9, { organisation: 'Default' }, coder);
        seen['empty' in coded ? 'empty' : 'problems' in coded ? 'problems' : 'record']++;
        if ('empty' in file) {
          expect(coded).toEqual({ empty: true });
          return;
        }
        if ('problems' in file) {
          expect(coded).toEqual({ problems: file.problems });
          return;
        }
        if (!('record' in coded)) throw new Error(`expected a record, got ${JSON.stringify(coded)}`);
        const encoded = answersRules(file.answers, layout);
        expect(encoded.findings.filter((f) => f.severity === 'error')).toEqual([]);
        const { answers: _, ...head } = file.answers;
        expect(coded.record.head).toEqual(head);
        expect([...coded.record.row]).toEqual([...encoded.row]);
        expect(coded.record.comments).toEqual(encoded.comments);
      }),
      { numRuns: 300 },
    );
    expect(seen.record).toBeGreaterThan(50);
    expect(seen.problems).toBeGreaterThan(50);
  });

  it('remembers cells per column but never text answers', () => {
    const text = questions.findIndex((q) => q.type === 'text');
    const scale = questions.findIndex((q) => q.type === 'scale');
    expect(coder.code(scale, '3')).toBe(coder.code(scale, '3'));
    const a = coder.code(text, 'Fix the till');
    expect(a).toEqual({ ok: true, code: 3, text: 'Fix the till' });
    expect(coder.code(text, 'Fix the till')).not.toBe(a);
  });
});
