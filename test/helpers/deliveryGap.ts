// A staff report with the customers' view beside it, built with the core as `report --customers`
// will: two mirrored sections, staff far more positive than their customers on one of them.
import { normaliseAnswers } from '../../src/core/model/model.js';
import { normaliseQuestionnaire } from '../../src/core/model/normaliseQuestionnaire.js';
import { deliveryGap } from '../../src/core/scoring/deliveryGap.js';
import { roleCounts } from '../../src/core/scoring/roleCounts.js';
import { scoreSample } from '../../src/core/scoring/score.js';
import { sampleOfAnswers } from '../../src/core/scoring/sampleOfAnswers.js';
import type { ReportResult } from '../../src/render/report/result.js';
import { sanitised } from '../../src/render/text/sanitised.js';

const staffQ = normaliseQuestionnaire({
  id: 'staff',
  title: 'Staff',
  version: 1,
  sections: [
    { id: 'care', title: 'Care', questions: [{ id: 'c1', text: 'We listen.', recommendation: 'Listen more.' }] },
    { id: 'speed', title: 'Speed', questions: [{ id: 's1', text: 'We reply fast.', recommendation: 'Reply faster.' }] },
  ],
});
const customerQ = normaliseQuestionnaire({
  id: 'customers',
  title: 'Customers',
  version: 1,
  mirrors: 'staff',
  sections: [
    { id: 'c-care', title: 'Care (customers)', mirrors: 'care', questions: [{ id: 'cc1', text: 'They listened to me.' }] },
    { id: 'c-speed', title: 'Speed (customers)', mirrors: 'speed', questions: [{ id: 'cs1', text: 'They replied fast.' }, { id: 'nps', text: 'Would you recommend us?', type: 'nps' }, { id: 'say', text: 'Anything to add?', type: 'text' }] },
  ],
});

export function deliveryGapReport(): ReportResult {
  const staff = sampleOfAnswers(staffQ, [5, 5, 4, 5, 4, 5].map((v, i) => normaliseAnswers({ questionnaire: 'staff', respondent: { role: 'frontline' }, answers: { c1: v, s1: i % 2 ? 2 : 3 } }, `s${i}.yaml`)));
  const customers = sampleOfAnswers(customerQ, [1, 2, 2, 1, 3, 2, 1, 2].map((v, i) => normaliseAnswers({ questionnaire: 'customers', answers: { cc1: v, cs1: 3, nps: (i * 3) % 11, say: `Comment ${i}` } }, `c${i}.yaml`)));
  const main = scoreSample(staff);
  const gap = deliveryGap(main, staff, scoreSample(customers), customers);
  return sanitised({ main, roleCounts: roleCounts(main.roles), warnings: [], privacy: { names: false, minGroup: 5 }, skipped: 0, deliveryGap: gap, showAll: false });
}
