// The tally engine against a plain reading of docs/scoring.md: every respondent's answers kept
// as values and averaged directly. The two must agree on every figure for any set of answers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { interpretAnswer } from '../../../src/core/model/interpretAnswer.js';
import { normaliseAnswers, type Answers, type AnswerValue, type Question, type Questionnaire } from '../../../src/core/model/model.js';
import { score } from '../../../src/core/scoring/score.js';
import { loadCatalogFiles } from '../../../src/shell/catalog.js';
import { expandPaths } from '../../../src/shell/files.js';
import { ROOT } from '../../helpers/cli.js';

const { catalog } = loadCatalogFiles(await expandPaths(['questionnaires'], ROOT), [], ROOT);

/** Question scores, section scores, spreads and the overall score, computed the plain way. */
function reference(q: Questionnaire, rs: readonly Answers[]) {
  const value = (x: Question, a: Answers): number | undefined => {
    const answer = a.answers.get(x.id);
    if (!answer) return undefined;
    const m = interpretAnswer(x, answer.value);
    return m.ok && m.kind === 'scored' ? m.score : undefined;
  };
  const mean = (xs: number[]): number | null => (xs.length ? xs.reduce((s, v) => s + v, 0) / xs.length : null);
  const weighted = (es: { w: number; v: number | null }[]): number | null => {
    const with_ = es.filter((e) => e.v !== null);
    const w = with_.reduce((s, e) => s + e.w, 0);
    return w ? with_.reduce((s, e) => s + e.w * e.v!, 0) / w : null;
  };
  const sections = q.sections.map((s) => {
    const questions = s.questions.filter((x) => x.scored).map((x) => ({ x, score: mean(rs.map((a) => value(x, a)).filter((v): v is number => v !== undefined)) }));
    const own = rs.map((a) => weighted(s.questions.filter((x) => x.scored).map((x) => ({ w: x.weight, v: value(x, a) ?? null })))).filter((v): v is number => v !== null);
    return { score: weighted(questions.map((e) => ({ w: e.x.weight, v: e.score }))), questions: questions.map((e) => e.score), min: own.length ? Math.min(...own) : null, max: own.length ? Math.max(...own) : null };
  });
  return { sections, overall: weighted(q.sections.map((s, i) => ({ w: s.weight, v: sections[i]!.score }))) };
}

function answerArb(x: Question): fc.Arbitrary<AnswerValue | undefined> {
  const base: fc.Arbitrary<AnswerValue> =
    x.type === 'yesno' || (x.type === 'nps' && x.variant === 'binary') ? fc.constantFrom('yes', 'no')
    : x.type === 'choice' ? fc.constantFrom(...x.options.map((o) => o.label))
    : x.type === 'text' ? fc.constantFrom('a comment', 'another')
    : x.type === 'nps' ? fc.integer({ min: 0, max: 10 })
    : fc.integer({ min: x.scale.min, max: x.scale.max });
  return fc.oneof({ arbitrary: base, weight: 8 }, { arbitrary: fc.constant('n/a'), weight: 1 }, { arbitrary: fc.constant(undefined), weight: 1 });
}

describe('the tally engine agrees with the plain computation', () => {
  for (const id of ['icare', 'service-truths']) {
    it(id, () => {
      const q = catalog.get(id)!;
      const questions = q.sections.flatMap((s) => s.questions);
      const respondent = fc.tuple(...questions.map(answerArb)).map((vs) => {
        const answers: Record<string, AnswerValue> = {};
        vs.forEach((v, i) => v !== undefined && (answers[questions[i]!.id] = v));
        return normaliseAnswers({ questionnaire: id, answers });
      });
      fc.assert(
        fc.property(fc.array(respondent, { minLength: 1, maxLength: 8 }), (rs) => {
          const got = score(q, rs);
          const want = reference(q, rs);
          const close = (a: number | null, b: number | null): void => (b === null ? expect(a).toBeNull() : expect(a! / 100).toBeCloseTo(b, 12));
          close(got.score, want.overall);
          got.sections.forEach((s, i) => {
            const w = want.sections[i]!;
            close(s.score, w.score);
            s.questions.filter((x) => x.scored).forEach((x, j) => close(x.score, w.questions[j]!));
            close(s.spread?.min ?? null, w.min);
            close(s.spread?.max ?? null, w.max);
          });
        }),
        { numRuns: 60 },
      );
    });
  }
});
