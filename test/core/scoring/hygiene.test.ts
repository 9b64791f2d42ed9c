// Response hygiene, by hand (docs/scoring.md, "Response hygiene").
import { describe, expect, it } from 'vitest';
import { tallies } from '../../../src/core/scoring/sample.js';
import { normaliseAnswers, type AnswersFile } from '../../../src/core/model/model.js';
import { normaliseQuestionnaire } from '../../../src/core/model/normaliseQuestionnaire.js';
import { dropDuplicates, responseWarnings } from '../../../src/core/scoring/hygiene.js';
import { sampleOfAnswers } from '../../../src/core/scoring/sampleOfAnswers.js';
import { scoreSample } from '../../../src/core/scoring/score.js';

const q = normaliseQuestionnaire({
  id: 'hy',
  title: 'Hygiene',
  version: 1,
  sections: [{ id: 's', title: 'S', questions: ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => ({ id, text: id.toUpperCase() })) }],
});

type Head = Omit<AnswersFile, 'questionnaire' | 'answers'>;
const file = (name: string, head: Head, answers: Record<string, number | string>) => normaliseAnswers({ questionnaire: 'hy', ...head, answers: { a: 3, ...answers } }, name);

describe('duplicate respondents', () => {
  const files = [
    file('may/dana.yaml', { respondent: { name: 'Dana', role: 'frontline' }, date: '2026-05-18' }, { a: 1 }),
    file('nov/a-dana.yaml', { respondent: { name: ' dana ', role: 'Frontline' }, date: '2026-11-16' }, { a: 2 }),
    file('nov/b-dana.yaml', { respondent: { name: 'Dana', role: 'frontline' }, date: '2026-11-16', status: 'in-progress' }, { a: 5 }),
    file('nov/lee.yaml', { respondent: { name: 'Dana', role: 'manager' }, date: '2026-11-16' }, { a: 4 }),
    file('nov/x1.yaml', { respondent: { id: 'a1b2', name: 'Sam' } }, { a: 1 }),
    file('nov/x2.yaml', { respondent: { id: 'a1b2', name: 'Someone else' } }, { a: 1 }),
  ];
  const names = files.map((f) => f.file);

  it('keep the latest date, ties to the last path in sorted order; the others are left out and named', () => {
    const s = sampleOfAnswers(q, files);
    const w = dropDuplicates(s, (i) => names[i]!)!;
    expect(w.rule).toBe('duplicate-respondent');
    // Same name and role (trimmed, any case): May and a-dana lose to b-dana. Same id: x1 loses to x2.
    expect(w.files).toEqual(['may/dana.yaml', 'nov/a-dana.yaml', 'nov/x1.yaml']);
    const r = scoreSample(s);
    expect(r.respondents).toBe(3);
    // a: b-dana 5 → 1, lee 4 → 0.75, x2 1 → 0: mean 0.5833.
    expect(r.sections[0]!.questions[0]!.score).toBeCloseTo(58.333, 3);
    expect(r.sections[0]!.spread).toMatchObject({ respondents: 3, min: expect.any(Number) });
    expect(tallies(s).byRole.get('frontline')!.respondents).toBe(1);
  });

  it('nothing to say when everyone is there once', () => {
    const s = sampleOfAnswers(q, files.slice(2, 5));
    expect(dropDuplicates(s, (i) => names[i]!)).toBeNull();
  });
});

describe('warnings that leave the figures alone', () => {
  it('mixed rounds (dates more than 45 days apart), in progress, straight-lining', () => {
    const s = sampleOfAnswers(q, [
      file('a.yaml', { date: '2026-05-18' }, { a: 4, b: 4, c: 4, d: 4, e: 4, f: 4 }),
      file('b.yaml', { date: '2026-07-03', status: 'in-progress' }, { a: 4, b: 4, c: 4, d: 4, e: 4 }),
    ]);
    const w = responseWarnings(s, (i) => ['a.yaml', 'b.yaml'][i]!);
    expect(w.map((x) => [x.rule, x.files])).toEqual([
      ['mixed-rounds', []],
      ['in-progress', ['b.yaml']],
      ['straight-lining', ['a.yaml']],
    ]);
    expect(w[0]!.message).toContain('46 days apart');
    // 45 days apart is not more than 45.
    const close = sampleOfAnswers(q, [file('a.yaml', { date: '2026-05-18' }, {}), file('b.yaml', { date: '2026-07-02' }, {})]);
    expect(responseWarnings(close, () => '')).toEqual([]);
  });
});
