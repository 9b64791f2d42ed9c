// Small groups are hidden, and no hidden group can be worked out from what is shown: the overall
// figure, the groups shown (the pool of other roles among them) and leaders against frontline.
// "Worked out" is linear algebra: a hidden group is exposed when its indicator vector is a
// combination of the indicator vectors of the figures shown.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseAnswers } from '../../../src/core/model/model.js';
import { normaliseQuestionnaire } from '../../../src/core/model/normaliseQuestionnaire.js';
import { byRole } from '../../../src/core/scoring/groups.js';
import { sampleOfAnswers } from '../../../src/core/scoring/sampleOfAnswers.js';
import { OTHER_ROLES, planGroups } from '../../../src/core/scoring/suppression.js';

describe('planGroups, by hand (docs/scoring.md, "Small groups")', () => {
  it('pools small roles into "other roles" when the pool is large enough', () => {
    const plan = planGroups(new Map([['executive', 2], ['manager', 6], ['frontline', 10], ['analyst', 3]]), 5);
    expect(plan).toEqual({ shown: ['manager', 'frontline'], pooled: ['executive', 'analyst'], hidden: [] });
  });

  it('hides a pool still too small, and then the smallest group shown as well', () => {
    const plan = planGroups(new Map([['executive', 2], ['manager', 6], ['frontline', 10]]), 5);
    expect(plan).toEqual({ shown: ['frontline'], pooled: [], hidden: ['executive', 'manager'] });
  });

  it('--min-group 1 shows every group', () => {
    expect(planGroups(new Map([['executive', 1], ['frontline', 2]]), 1)).toEqual({ shown: ['executive', 'frontline'], pooled: [], hidden: [] });
  });
});

/** Whether `target` is a linear combination of `rows` (exact arithmetic on small integers). */
function inSpan(rows: readonly number[][], target: readonly number[]): boolean {
  const m = rows.map((r) => [...r]);
  const width = target.length;
  const t = [...target];
  let rank = 0;
  for (let col = 0; col < width && rank < m.length; col++) {
    const pivot = m.findIndex((r, i) => i >= rank && r[col] !== 0);
    if (pivot < 0) continue;
    [m[rank], m[pivot]] = [m[pivot]!, m[rank]!];
    const p = m[rank]!;
    for (let i = 0; i < m.length; i++) {
      if (i === rank || m[i]![col] === 0) continue;
      const f = m[i]![col]! / p[col]!;
      m[i] = m[i]!.map((v, j) => v - f * p[j]!);
    }
    if (t[col] !== 0) {
      const f = t[col]! / p[col]!;
      for (let j = 0; j < width; j++) t[j]! -= f * p[j]!;
    }
    rank++;
  }
  return t.every((v) => Math.abs(v) < 1e-9);
}

const q = normaliseQuestionnaire({ id: 's', title: 'S', version: 1, sections: [{ id: 'a', title: 'A', questions: [{ id: 'x', text: 'X' }] }] });
const ROLES = ['executive', 'manager', 'frontline', 'analyst'];

describe('no hidden group can be worked out from what is shown', () => {
  for (const count of [2, 3, 4]) {
    it(`with ${count} roles`, () => {
      fc.assert(
        fc.property(fc.array(fc.integer({ min: 1, max: 9 }), { minLength: count, maxLength: count }), fc.integer({ min: 2, max: 6 }), (sizes, minGroup) => {
          const roles = ROLES.slice(0, count);
          const answers = roles.flatMap((role, i) => Array.from({ length: sizes[i]! }, () => normaliseAnswers({ questionnaire: 's', respondent: { role }, answers: { x: 3 } })));
          const b = byRole(sampleOfAnswers(q, answers), { minGroup });
          const vector = (members: readonly string[]): number[] => roles.map((r) => (members.includes(r) ? 1 : 0));
          const shown: number[][] = [vector(roles)]; // the overall figure
          for (const g of b.roles) {
            if (g.hidden) continue;
            shown.push(vector(g.role === OTHER_ROLES ? (g.pooled ?? []) : [g.role]));
            // No group is shown under its size.
            expect(g.respondents).toBeGreaterThanOrEqual(minGroup);
          }
          if (b.leadersVsFrontline) shown.push(vector(['executive', 'manager']), vector(['frontline']));
          for (const g of b.roles) if (g.hidden) expect(inSpan(shown, vector([g.role])), `${g.role} in ${JSON.stringify(b.roles)}`).toBe(false);
          // A role pooled into "other roles" is hidden inside the pool: it cannot be worked out either.
          for (const g of b.roles) for (const r of g.hidden ? [] : g.role === OTHER_ROLES ? (g.pooled ?? []) : []) expect(inSpan(shown, vector([r]))).toBe(false);
        }),
        { numRuns: 300 },
      );
    });
  }
});
