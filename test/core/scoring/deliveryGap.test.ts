// The delivery gap worked by hand (docs/scoring.md, "The delivery gap"): three staff and four
// customers, one 1–5 question per section, target 75.
import { describe, expect, it } from 'vitest';
import { normaliseAnswers, type QuestionnaireFile } from '../../../src/core/model/model.js';
import { normaliseQuestionnaire } from '../../../src/core/model/normaliseQuestionnaire.js';
import { deliveryGap } from '../../../src/core/scoring/deliveryGap.js';
import { sampleOfAnswers } from '../../../src/core/scoring/sampleOfAnswers.js';
import { scoreSample } from '../../../src/core/scoring/score.js';
import { tQuantile } from '../../../src/core/scoring/tQuantile.js';

const staffFile: QuestionnaireFile = {
  id: 'staff',
  title: 'Staff',
  version: 1,
  sections: [
    { id: 'care', title: 'Care', questions: [{ id: 'cares', text: 'We care.', recommendation: 'Care more.' }] },
    { id: 'speed', title: 'Speed', questions: [{ id: 'fast', text: 'We are fast.', recommendation: 'Be faster.' }] },
  ],
};
const customerFile: QuestionnaireFile = {
  id: 'customers',
  title: 'Customers',
  version: 1,
  mirrors: 'staff',
  sections: [
    { id: 'was-cared-for', title: 'Cared for', mirrors: 'care', questions: [{ id: 'cared', text: 'They cared.', recommendation: 'Care.' }] },
    { id: 'was-quick', title: 'Quick', mirrors: 'speed', questions: [{ id: 'quick', text: 'They were quick.', recommendation: 'Hurry.' }] },
  ],
};

const staffQ = normaliseQuestionnaire(staffFile);
const customerQ = normaliseQuestionnaire(customerFile);
const answers = (q: string, rows: [number, number][], ids: [string, string]) => rows.map(([a, b]) => normaliseAnswers({ questionnaire: q, answers: { [ids[0]]: a, [ids[1]]: b } }));

// Staff care 5, 5, 4 → 100, 100, 75; speed 2, 3, 2 → 25, 50, 25.
const staffSample = sampleOfAnswers(staffQ, answers('staff', [[5, 2], [5, 3], [4, 2]], ['cares', 'fast']));
// Customers care 2, 3, 2, 3 → 25, 50, 25, 50; speed 2, 2, 3, 3 → 25, 25, 50, 50.
const customerSample = sampleOfAnswers(customerQ, answers('customers', [[2, 2], [3, 2], [2, 3], [3, 3]], ['cared', 'quick']));
const gap = deliveryGap(scoreSample(staffSample), staffSample, scoreSample(customerSample), customerSample);

describe('the delivery gap', () => {
  it('sets each mirrored section side by side: gap = staff − customers, against the Welch noise', () => {
    const [care, speed] = gap.sections;
    // Staff care: mean 91.667, sample sd 14.434, SE 14.434/√3 = 8.333. Customers: mean 37.5,
    // sample sd 14.434, SE 14.434/√4 = 7.217. Gap 54.167; Welch df = (69.44 + 52.08)² /
    // (69.44²/2 + 52.08²/3) = 4.455; noise = t(0.975, 4.455) · √121.53.
    const df = (69.444 + 52.083) ** 2 / (69.444 ** 2 / 2 + 52.083 ** 2 / 3);
    expect(df).toBeCloseTo(4.455, 2);
    const noise = tQuantile(0.975, df) * Math.sqrt(69.444 + 52.083);
    expect(care).toMatchObject({ id: 'care', customerSection: 'was-cared-for', verdict: 'delivery-gap' });
    expect(care!.staff.score).toBeCloseTo(91.667, 2);
    expect(care!.customers.score).toBeCloseTo(37.5, 9);
    expect(care!.gap).toBeCloseTo(54.167, 2);
    expect(care!.noise).toBeCloseTo(noise, 1);
    // Speed: 33.333 against 37.5, a gap of −4.167, well within the same noise.
    expect(speed).toMatchObject({ id: 'speed', verdict: 'within-noise' });
    expect(speed!.gap).toBeCloseTo(-4.167, 2);
    expect(speed!.noise).toBeCloseTo(noise, 1);
  });

  it('counts each side at target by their own overall score', () => {
    // Staff own overall: (100 + 25)/2 = 62.5, (100 + 50)/2 = 75, (75 + 25)/2 = 50: one of three at 75.
    expect(gap.staffAtTarget).toMatchObject({ count: 1, of: 3 });
    expect(gap.staffAtTarget.share).toBeCloseTo(33.333, 2);
    // Customers: 25, 37.5, 37.5, 50: none.
    expect(gap.customersAtTarget).toEqual({ count: 0, of: 4, share: 0 });
  });

  it('says whether customers confirm each staff priority, and what only customers see', () => {
    // Staff are below target on speed only (33.3); customers put speed below too (37.5).
    expect(gap.priorities).toEqual({ speed: 'confirmed' });
    // Staff rate care on target (91.7) but customers do not (37.5).
    expect(gap.seenByCustomersOnly).toEqual(['care']);
  });
});
