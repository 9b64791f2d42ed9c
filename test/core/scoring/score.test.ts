import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandPaths } from '../../../src/shell/files.js';
import { loadCatalogFiles } from '../../../src/shell/catalog.js';
import { normaliseAnswers, type AnswerValue, type Question, type Questionnaire } from '../../../src/core/model/model.js';
import { normaliseQuestionnaire } from '../../../src/core/model/normaliseQuestionnaire.js';
import { score } from '../../../src/core/scoring/score.js';
import { levelFor } from '../../../src/core/scoring/scoreResult.js';
import { ROOT } from '../../helpers/cli.js';

const q = normaliseQuestionnaire({
  id: 'worked',
  title: 'Worked example',
  version: 1,
  target: 70,
  sections: [
    {
      id: 's1',
      title: 'One',
      weight: 2,
      target: 80,
      questions: [
        { id: 'q1', text: 'Q1', weight: 2 },
        { id: 'q2', text: 'Q2', reverse: true },
        { id: 'q3', text: 'Q3', type: 'yesno' },
        {
          id: 'q4',
          text: 'Q4',
          type: 'choice',
          options: [
            { label: 'Not defined', score: 0 },
            { label: 'Written', score: 0.5 },
            { label: 'Lived', score: 1 },
          ],
          recommendation: 'Live it.',
        },
      ],
    },
    { id: 's2', title: 'Two', questions: [{ id: 'q5', text: 'Q5', scale: { min: 0, max: 10 } }, { id: 'q6', text: 'Q6', type: 'text' }] },
    { id: 's3', title: 'Three', questions: [{ id: 'q7', text: 'Q7' }] },
  ],
});

const answers = (a: Record<string, AnswerValue | { value: AnswerValue; note?: string }>, role?: string) =>
  normaliseAnswers({ questionnaire: 'worked', answers: a, ...(role && { respondent: { role } }) });

const one = answers({ q1: 4, q2: 2, q3: 'no', q4: { value: 'Written', note: 'On the wiki only' }, q5: 'n/a', q6: 'More training please' });

describe('scoring: the hand-worked example (docs/scoring.md)', () => {
  const r = score(q, [one]);
  const [s1, s2, s3] = r.sections;

  it('turns answers into values: scale (v−min)/(max−min), reverse 1−s, yes/no 1/0, choice its option score', () => {
    expect(s1!.questions.map((x) => x.score)).toEqual([75, 75, 0, 50]);
  });

  it('weights questions within a section: (2×75 + 75 + 0 + 50) / 5 = 55', () => {
    expect(s1!.score).toBeCloseTo(55, 10);
  });

  it('n/a, unanswered and text questions give no value; a section with none is not assessed', () => {
    expect(s2!.score).toBeNull();
    expect(s2!.level).toBeNull();
    expect(s2!.gap).toBeNull();
    expect(s3!.score).toBeNull();
    expect(s2!.questions[0]).toMatchObject({ score: null, na: 1, answered: 0 });
  });

  it('overall is the weighted mean of assessed sections only', () => {
    expect(r.score).toBeCloseTo(55, 10);
  });

  it('level is the last level whose min is at or below the score', () => {
    expect(s1!.level).toBe('Developing');
    expect(levelFor(q.levels, 40)).toBe('Developing');
    expect(levelFor(q.levels, 39.99)).toBe('Reactive');
    expect(levelFor(q.levels, 100)).toBe('Legendary');
  });

  it("target is the section's, else the questionnaire's; gap = max(0, target − score)", () => {
    expect(s1!.target).toBe(80);
    expect(s1!.gap).toBeCloseTo(25, 10);
    expect(s2!.target).toBe(70);
  });

  it('priorities: sections with a gap; actions ordered by (target − score) × weight', () => {
    expect(r.priorities).toEqual(['s1']);
    // q3: 80×1 = 80; q4: 30×1 = 30; q1: 5×2 = 10; q2: 5×1 = 5
    expect(r.actions.map((a) => [a.question, a.gap])).toEqual([
      ['q3', 80],
      ['q4', 30],
      ['q1', 5],
      ['q2', 5],
    ]);
    expect(r.actions[1]).toMatchObject({ recommendation: 'Live it.', note: 'On the wiki only' });
    expect(r.actions[0]!.recommendation).toBe('Q3'); // no recommendation: its text
  });

  it('coverage counts answers with a value out of the answers possible (n/a is not possible)', () => {
    expect(s1!.coverage).toEqual({ answered: 4, total: 4 });
    expect(s1!.lowConfidence).toBe(false);
    // q5 is n/a: the practice does not apply, so it is not a possible answer either.
    expect(s2!.coverage).toEqual({ answered: 0, total: 0 });
    expect(s3!.coverage).toEqual({ answered: 0, total: 1 });
    expect(r.coverage).toEqual({ answered: 4, total: 5 });
  });

  it('--target overrides every target', () => {
    const t = score(q, [one], { target: 50 });
    expect(t.sections.map((s) => s.target)).toEqual([50, 50, 50]);
    expect(t.sections[0]!.gap).toBe(0);
    expect(t.priorities).toEqual([]);
    expect(t.actions).toEqual([]);
  });

  it('ties in priority keep file order', () => {
    const tie = normaliseQuestionnaire({
      id: 'tie',
      title: 'Tie',
      version: 1,
      sections: ['a', 'b', 'c'].map((id) => ({ id, title: id, questions: [{ id: `${id}-q`, text: id }] })),
    });
    const r2 = score(tie, [normaliseAnswers({ questionnaire: 'tie', answers: { 'a-q': 3, 'b-q': 2, 'c-q': 2 } })]);
    expect(r2.priorities).toEqual(['b', 'c', 'a']);
  });
});

describe('scoring: several respondents', () => {
  it("each question's value is the mean over respondents who gave one", () => {
    const r = score(q, [answers({ q1: 5 }), answers({ q1: 1 }), answers({ q1: 'n/a' })]);
    expect(r.sections[0]!.questions[0]).toMatchObject({ score: 50, answered: 2, na: 1 });
    expect(r.sections[0]!.questions[0]!.spread).toMatchObject({ respondents: 2, min: 0, max: 100, sd: 50 });
    expect(r.sections[0]!.coverage).toEqual({ answered: 2, total: 11 });
  });

  it('flags disagreement when there is no consensus (rwg(J) under 0.50, 3 respondents or more)', () => {
    // q1: 5, 1, 5: s² = 5.33, over σ² = 2: 2.67; q2: 1, 5, 1: the same. r̄ ≥ 1, rwg 0.
    const r = score(q, [answers({ q1: 5, q2: 1 }), answers({ q1: 1, q2: 5 }), answers({ q1: 5, q2: 1 })]);
    expect(r.sections[0]!.spread).toMatchObject({ min: 0, max: 100 });
    expect(r.sections[0]!.agreement).toEqual({ rwg: 0, band: 'no-consensus' });
    expect(r.sections[0]!.disagreement).toBe(true);
    expect(r.sections[0]!.divided).toEqual(['q1', 'q2']);
    const r2 = score(q, [answers({ q1: 5, q2: 1 }), answers({ q1: 4, q2: 2 }), answers({ q1: 5, q2: 2 })]);
    expect(r2.sections[0]!.disagreement).toBe(false);
    // Two respondents are too few to say.
    expect(score(q, [answers({ q1: 5, q2: 1 }), answers({ q1: 1, q2: 5 })]).sections[0]!.agreement).toBeNull();
  });
});

// ---- properties on the real ICARE questionnaire ----

const { catalog } = loadCatalogFiles(await expandPaths([`${ROOT}/questionnaires`], ROOT), [], ROOT);
const icare: Questionnaire = catalog.get('icare')!;
const scored = icare.sections.flatMap((s) => s.questions.filter((x) => x.scored));

function answerArb(question: Question): fc.Arbitrary<AnswerValue | undefined> {
  const base: fc.Arbitrary<AnswerValue> =
    question.type === 'yesno'
      ? fc.constantFrom('yes', 'no')
      : question.type === 'choice'
        ? fc.constantFrom(...question.options.map((o) => o.label))
        : fc.integer({ min: question.scale.min, max: question.scale.max });
  return fc.oneof({ arbitrary: base, weight: 8 }, { arbitrary: fc.constant('n/a'), weight: 1 }, { arbitrary: fc.constant(undefined), weight: 1 });
}

const respondentArb = fc.tuple(...scored.map(answerArb)).map((values) => {
  const a: Record<string, AnswerValue> = {};
  values.forEach((v, i) => {
    if (v !== undefined) a[scored[i]!.id] = v;
  });
  return normaliseAnswers({ questionnaire: 'icare', answers: a });
});

describe('scoring properties', () => {
  it('scores stay in [0, 100]', () => {
    fc.assert(
      fc.property(fc.array(respondentArb, { minLength: 1, maxLength: 6 }), (rs) => {
        const r = score(icare, rs);
        for (const v of [r.score, ...r.sections.map((s) => s.score), ...r.sections.flatMap((s) => s.questions.map((x) => x.score))]) {
          if (v !== null) expect(v).toBeGreaterThanOrEqual(0), expect(v).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('raising one answer (after reversal) never lowers its section', () => {
    const scales = icare.sections.flatMap((s, si) => s.questions.filter((x) => x.type === 'scale').map((x) => ({ x, si })));
    fc.assert(
      fc.property(respondentArb, fc.integer({ min: 0, max: scales.length - 1 }), fc.integer({ min: 0, max: 10 }), (a, pick, base) => {
        const { x, si } = scales[pick]!;
        const span = x.scale.max - x.scale.min;
        const low = x.scale.min + (base % span);
        // "Higher value after reversal" means a lower raw answer on a reversed question.
        const [worse, better] = x.reverse ? [low + 1, low] : [low, low + 1];
        const at = (v: number) => {
          const m = new Map(a.answers);
          m.set(x.id, { value: v });
          return score(icare, [{ ...a, answers: m }]).sections[si]!.score!;
        };
        expect(at(better)).toBeGreaterThanOrEqual(at(worse) - 1e-9);
      }),
      { numRuns: 200 },
    );
  });

  it('the order of respondents does not matter', () => {
    fc.assert(
      fc.property(fc.array(respondentArb, { minLength: 2, maxLength: 6 }), fc.integer(), (rs, seed) => {
        const shuffled = [...rs].sort((x, y) => ((JSON.stringify([...x.answers]).length * 31 + seed) % 7) - ((JSON.stringify([...y.answers]).length * 31 + seed) % 7));
        const a = score(icare, rs);
        const b = score(icare, shuffled.reverse());
        expect(b.score ?? -1).toBeCloseTo(a.score ?? -1, 9);
        b.sections.forEach((s, i) => expect(s.score ?? -1).toBeCloseTo(a.sections[i]!.score ?? -1, 9));
        expect(b.priorities).toEqual(a.priorities);
      }),
      { numRuns: 100 },
    );
  });
});

describe('verdicts, coverage with audiences, and don’t know (docs/scoring.md)', () => {
  const aq = normaliseQuestionnaire({
    id: 'aud',
    title: 'Audiences',
    version: 1,
    sections: [
      {
        id: 'leads',
        title: 'Leads',
        questions: [
          { id: 'everyone', text: 'Everyone' },
          { id: 'leaders-only', text: 'Leaders only', audience: ['executive', 'manager'] },
        ],
      },
      { id: 'seven', title: 'Seven', questions: ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => ({ id, text: id })) },
    ],
  });
  const who = (role: string | undefined, a: Record<string, AnswerValue>) => normaliseAnswers({ questionnaire: 'aud', answers: a, ...(role && { respondent: { role } }) });

  it('a respondent outside the audience is not missing the question; n/a is not possible, don’t know is', () => {
    const r = score(aq, [who('frontline', { everyone: 4 }), who('manager', { everyone: 4, 'leaders-only': 'dont-know' }), who(undefined, { everyone: 'n/a', 'leaders-only': 5 })]);
    const [everyone, leadersOnly] = r.sections[0]!.questions;
    // everyone: asked 3, one n/a: 2 possible, 2 answered. leaders-only: asked the manager and the
    // respondent without a role (asked everything): 2 possible, 1 answered (don't know).
    expect(everyone!.coverage).toEqual({ answered: 2, total: 2 });
    expect(leadersOnly!.coverage).toEqual({ answered: 1, total: 2 });
    expect(leadersOnly!.dontKnow).toBe(1);
    // Half the people asked cannot judge it: at least 30% is "not visible to the people asked".
    expect(leadersOnly!.notVisible).toBe(true);
    expect(everyone!.notVisible).toBe(false);
  });

  it('one answer in an in-progress file: insufficient data, no level, not on target, no priority', () => {
    const r = score(aq, [normaliseAnswers({ questionnaire: 'aud', status: 'in-progress', answers: { a: 5 } })]);
    const seven = r.sections[1]!;
    expect(seven.score).toBe(100);
    expect(seven.coverage).toEqual({ answered: 1, total: 7 });
    expect(seven.verdict).toBe('insufficient-data');
    expect(seven.level).toBeNull();
    expect(r.verdict).toBe('insufficient-data');
    expect(r.level).toBeNull();
    expect(r.priorities).toEqual([]);
    expect(r.needsMoreAnswers).toEqual(['seven']);
    expect(r.sections[0]!.verdict).toBe('not-assessed');
    expect(r.inProgress).toBe(1);
    expect(r.interval).toBeNull();
  });

  it('on-target and below-target carry a level; not-assessed has none', () => {
    const full = { everyone: 5, 'leaders-only': 5, a: 2, b: 2, c: 2, d: 2, e: 2, f: 2, g: 2 };
    const r = score(aq, [who('manager', full), who('manager', full)]);
    expect(r.sections.map((s) => [s.verdict, s.level])).toEqual([
      ['on-target', 'Legendary'],
      ['below-target', 'Reactive'],
    ]);
    expect(score(aq, [who('manager', {})]).sections[0]!.verdict).toBe('not-assessed');
  });
});
