// A small customer questionnaire mirroring ICARE and a dozen customers' answers, written to a
// temporary folder, so the delivery gap can be built through the core as `--customers` will.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deliveryGap } from '../../src/core/scoring/deliveryGap.js';
import { roleCounts } from '../../src/core/scoring/roleCounts.js';
import { sampleOfAnswers } from '../../src/core/scoring/sampleOfAnswers.js';
import { scoreSample } from '../../src/core/scoring/score.js';
import type { ReportResult } from '../../src/render/report/result.js';
import { sanitised } from '../../src/render/text/sanitised.js';
import { bundled } from './html.js';

export const CUSTOMERS_ID = 'icare-customers-test';
/** A name a customer wrote in their file: it must never reach a page. */
export const CUSTOMER_NAME = 'Zed Namely';
export const HOSTILE_COMMENT = '<script>alert("c")</script> & <b>loud</b>';

const QUESTIONNAIRE = `id: ${CUSTOMERS_ID}
title: "Brightwater as customers see it"
version: 1
mirrors: icare
target: 55
scale:
  min: 1
  max: 5
  labels: {1: Never, 2: Rarely, 3: Sometimes, 4: Usually, 5: Always}
sections:
  - id: c-ideal
    title: What I was promised
    mirrors: ideal-service
    questions:
      - {id: understood, text: The person who served me understood what I needed., recommendation: Ask customers what would have made it better.}
      - {id: wait-told, text: I was told how long I would wait., type: yesno, recommendation: Ask customers what would have made it better.}
  - id: c-culture
    title: How staff seemed
    mirrors: culture
    questions:
      - {id: glad-to-help, text: Staff seemed glad to help., recommendation: Ask customers what would have made it better.}
  - id: c-attentive
    title: Being known
    mirrors: attentiveness
    questions:
      - {id: remembered, text: Staff remembered what I had bought before., recommendation: Ask customers what would have made it better.}
      - {id: repeat-problem, text: I had to explain my problem again to each person., reverse: true, recommendation: Ask customers what would have made it better.}
  - id: c-responsive
    title: Getting an answer
    mirrors: responsiveness
    questions:
      - {id: reply-in-a-day, text: My message got a personal reply within a day., recommendation: Ask customers what would have made it better.}
  - id: c-empower
    title: Putting it right
    mirrors: empowerment
    questions:
      - {id: fixed-there, text: The person I spoke to could put it right without asking a manager., recommendation: Ask customers what would have made it better.}
  - id: c-overall
    title: Overall
    questions:
      - {id: recommend, text: How likely are you to recommend Brightwater to a friend?, type: nps}
      - {id: recommend-yn, text: Would you recommend Brightwater to a friend?, type: nps, variant: binary}
      - {id: satisfied, text: How satisfied were you with this visit?, type: rating}
      - {id: comment, text: What one thing should we change?, type: text}
`;

/** Each customer's answer per question, by a fixed pattern around a level per element. */
function answersOf(i: number): Record<string, unknown> {
  const around = (base: number, k: number): number => Math.max(1, Math.min(5, base + (((i * k) % 3) - 1)));
  return {
    understood: around(2, 2),
    'wait-told': i % 3 === 0,
    'glad-to-help': around(4, 1),
    remembered: around(3, 2),
    'repeat-problem': around(2, 1),
    'reply-in-a-day': around(2, 1),
    'fixed-there': around(3, 2),
    recommend: (i * 7) % 11,
    'recommend-yn': i % 2 === 0,
    satisfied: around(4, 2),
    ...(i < 4 && { comment: i === 0 ? HOSTILE_COMMENT : `Customer ${i}: please answer the phone on Saturdays.` }),
  };
}

/** Writes the questionnaire and `count` customers' answers files; returns their paths. */
export function writeCustomers(dir: string, count = 12): { questionnaire: string; answers: string } {
  mkdirSync(join(dir, 'customers'), { recursive: true });
  const questionnaire = join(dir, `${CUSTOMERS_ID}.yaml`);
  writeFileSync(questionnaire, QUESTIONNAIRE);
  for (let i = 0; i < count; i++) {
    const head = {
      questionnaire: CUSTOMERS_ID,
      version: 1,
      organisation: 'Brightwater Outfitters',
      ...(i === 1 && { respondent: { name: CUSTOMER_NAME } }),
      date: '2026-11-20',
      answers: answersOf(i),
    };
    writeFileSync(join(dir, 'customers', `customer-${String(i + 1).padStart(2, '0')}.yaml`), JSON.stringify(head, null, 2));
  }
  return { questionnaire, answers: join(dir, 'customers') };
}

/** The ICARE example's latest round as staff and the customers above, as `report --customers` builds it (target 55 for both). */
export async function deliveryGapReport(dir: string): Promise<ReportResult> {
  const files = writeCustomers(dir);
  const b = bundled([files.questionnaire]);
  const icare = b.questionnaire('icare');
  const staffSample = sampleOfAnswers(icare, await b.answersIn('examples/icare/2026-11-16'));
  const customerSample = sampleOfAnswers(b.questionnaire(CUSTOMERS_ID), await b.answersIn(files.answers));
  const opts = { target: 55 };
  const main = scoreSample(staffSample, opts);
  const gap = deliveryGap(main, staffSample, scoreSample(customerSample, opts), customerSample);
  return sanitised({ main, roleCounts: roleCounts(main.roles), warnings: [], privacy: { names: false, minGroup: 5 }, skipped: 0, deliveryGap: gap, showAll: false });
}
