import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addRemark, newRemarks, remarkLists, type RemarkFilter, type RemarkIn } from '../../../src/core/scoring/remarks.js';

const ALL: RemarkFilter = { include: () => true, names: false, role: () => true };

function storeOf(remarks: readonly RemarkIn[], cap?: number) {
  const s = newRemarks(cap);
  for (const r of remarks) addRemark(s, r);
  return s;
}

describe('remarks', () => {
  it('groups identical texts with a count, most frequent first, others in the order read', () => {
    const s = storeOf([
      { question: 0, text: 'Fix the till', respondent: 0, roleAsWritten: 'Frontline' },
      { question: 0, text: 'More staff', respondent: 1, roleAsWritten: 'Frontline' },
      { question: 0, text: 'Fix the till', respondent: 2, roleAsWritten: 'Frontline' },
      { question: 0, text: 'Fix the till', respondent: 3, roleAsWritten: 'Manager' },
      { question: 0, text: 'Quiet room', respondent: 4 },
      { question: 1, text: 'Fix the till', respondent: 4 },
    ]);
    const [q0, q1] = remarkLists(s, 2, ALL);
    // Three wrote "Fix the till" in two roles: the group names no role.
    expect(q0!.refs).toEqual([{ note: 'Fix the till', count: 3 }, { note: 'More staff', role: 'Frontline' }, { note: 'Quiet room' }]);
    expect(q0!.more).toBe(0);
    expect(q1!.refs).toEqual([{ note: 'Fix the till' }]);
  });

  it('keeps a shared role or name on a group, and names only with names allowed', () => {
    const s = storeOf([
      { question: 0, text: 'Same', respondent: 0, name: 'Ana', roleAsWritten: 'Frontline' },
      { question: 0, text: 'Same', respondent: 1, name: 'Ana', roleAsWritten: 'Frontline' },
    ]);
    expect(remarkLists(s, 1, ALL)[0]!.refs).toEqual([{ note: 'Same', role: 'Frontline', count: 2 }]);
    expect(remarkLists(s, 1, { ...ALL, names: true })[0]!.refs).toEqual([{ note: 'Same', respondent: 'Ana', role: 'Frontline', count: 2 }]);
    expect(remarkLists(s, 1, { ...ALL, role: () => false })[0]!.refs).toEqual([{ note: 'Same', count: 2 }]);
  });

  it('past the bound of different texts per question, counts without keeping', () => {
    const s = storeOf(
      ['a', 'b', 'c', 'a', 'd', 'b'].map((text, respondent) => ({ question: 0, text, respondent })),
      2,
    );
    const [q0] = remarkLists(s, 1, ALL);
    // a and b are kept (and grouped, even when they come again late); c and d are counted.
    expect(q0!.refs).toEqual([{ note: 'a', count: 2 }, { note: 'b', count: 2 }]);
    expect(q0!.more).toBe(2);
    expect(s.texts.list).toHaveLength(2);
  });

  it('lists only the respondents included', () => {
    const s = storeOf([0, 1, 2, 3].map((respondent) => ({ question: 0, text: `t${respondent % 2}`, respondent })));
    expect(remarkLists(s, 1, { ...ALL, include: (i) => i !== 2 })[0]!.refs).toEqual([{ note: 't1', count: 2 }, { note: 't0' }]);
  });

  it('property: every remark included is listed once or counted, whatever the bound', () => {
    const remark = fc.record({ question: fc.integer({ min: 0, max: 2 }), text: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), role: fc.constantFrom('Frontline', 'Manager') });
    fc.assert(
      fc.property(fc.array(remark, { maxLength: 60 }), fc.integer({ min: 1, max: 7 }), fc.integer({ min: 0, max: 3 }), (list, cap, skip) => {
        const all = list.map((r, respondent) => ({ question: r.question, text: r.text, respondent, roleAsWritten: r.role }));
        const include = (i: number): boolean => skip === 0 || i % (skip + 1) !== 0;
        const lists = remarkLists(storeOf(all, cap), 3, { ...ALL, include });
        lists.forEach((l, q) => {
          const included = all.filter((r) => r.question === q && include(r.respondent));
          expect(l.refs.reduce((n, r) => n + (r.count ?? 1), 0) + l.more).toBe(included.length);
          expect(l.refs.length).toBeLessThanOrEqual(cap);
          expect(new Set(l.refs.map((r) => r.note)).size).toBe(l.refs.length);
        });
      }),
    );
  });

});
