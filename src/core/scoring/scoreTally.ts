// Scoring, exactly as docs/scoring.md states it, worked out from a tally (see tally.ts): values
// are in [0, 1] while computing and percentages in the result.
import { VALUE_CODE, type Layout, type QuestionSlot } from '../model/layout.js';
import { questionSpreads, sectionAgreement } from './agreement.js';
import { exactValue } from './exactSum.js';
import type { JackknifeResult, Uncertainty } from './jackknife.js';
import { npsMetrics, ratingMetrics } from './metrics.js';
import { rawAnswers } from './questionAnswers.js';
import { ANONYMOUS, type Attribution, type RemarkList, type Remarks } from './remarks.js';
import { hasVerdict, levelFor, verdictFor, weightedMean, type Action, type QuestionResult, type ScoreOptions, type ScoreResult, type SectionResult, type Spread } from './scoreResult.js';
import { questionCounts, type Tally } from './tally.js';

const pct = (v: number | undefined): number | null => (v === undefined ? null : v * 100);

/** Share of the respondents asked who said "don't know" from which a question is flagged. */
export const NOT_VISIBLE_SHARE = 0.3;

/** Most divided questions listed for a section without consensus. */
const DIVIDED_SHOWN = 3;

const NO_LIST: RemarkList = { refs: [], more: 0 };

export interface TallyInput {
  readonly layout: Layout;
  readonly tally: Tally;
  readonly remarks: Remarks;
  readonly uncertainty?: JackknifeResult;
  readonly attribution?: Attribution;
  readonly single?: ScoreResult['single'];
}

/** Mean, min, max and population sd of a question's values, from its counts. */
function questionValues(slot: QuestionSlot, counts: Float64Array): { mean?: number; spread: Spread | null } {
  let n = 0;
  let sum = 0;
  let sumSq = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let c = 0; c < slot.scores.length; c++) {
    const k = counts[VALUE_CODE + c]!;
    if (k === 0) continue;
    const v = slot.scores[c]!;
    n += k;
    sum += k * v;
    sumSq += k * v * v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (n === 0) return { spread: null };
  const mean = sum / n;
  const sd = Math.sqrt(Math.max(0, sumSq / n - mean * mean));
  return { mean, spread: { respondents: n, min: min * 100, max: max * 100, sd: sd * 100 } };
}

function questionResult(slot: QuestionSlot, input: TallyInput, notes: RemarkList, comments: RemarkList): QuestionResult {
  const { layout, tally } = input;
  const question = slot.question;
  const i = slot.index;
  const counts = questionCounts(tally, layout, i);
  let answered = 0;
  for (let c = VALUE_CODE; c < counts.length; c++) answered += counts[c]!;
  const values = question.scored ? questionValues(slot, counts) : { spread: null };
  const asked = tally.asked[i]!;
  return {
    id: question.id,
    text: question.text,
    type: question.type,
    weight: question.weight,
    scored: question.scored,
    reverse: question.reverse,
    ...(question.audience !== undefined && { audience: question.audience }),
    score: question.scored ? pct(values.mean) : null,
    answered,
    na: counts[1]!,
    dontKnow: counts[2]!,
    coverage: { answered: tally.askedValues[i]!, total: asked - tally.askedNa[i]! },
    notVisible: asked > 0 && tally.askedDontKnow[i]! / asked >= NOT_VISIBLE_SHARE,
    spread: values.spread,
    answers: rawAnswers(slot, counts),
    ...(question.recommendation !== undefined && { recommendation: question.recommendation }),
    notes: notes.refs,
    notesNotListed: notes.more,
    comments: comments.refs,
    commentsNotListed: comments.more,
  };
}

function sectionSpread(tally: Tally, si: number): Spread | null {
  const t = tally.sections[si]!;
  if (t.n === 0) return null;
  const mean = exactValue(t.sum) / t.n;
  const variance = Math.max(0, exactValue(t.sumSq) / t.n - mean * mean);
  return { respondents: t.n, min: t.min * 100, max: t.max * 100, sd: Math.sqrt(variance) * 100 };
}

const NO_UNCERTAINTY: Uncertainty = { n: 0, se: null, interval: null };

function sectionResults(input: TallyInput, opts: ScoreOptions): SectionResult[] {
  const { layout, tally } = input;
  const q = layout.questionnaire;
  return q.sections.map((s, si) => {
    const target = opts.target ?? s.target;
    const questions = layout.sections[si]!.map((i) => questionResult(layout.slots[i]!, input, input.remarks.notes[i] ?? NO_LIST, input.remarks.comments[i] ?? NO_LIST));
    const scored = questions.filter((x) => x.scored);
    const score = pct(weightedMean(scored.map((x) => ({ weight: x.weight, value: x.score === null ? undefined : x.score / 100 }))));
    const coverage = { answered: scored.reduce((n, x) => n + x.coverage.answered, 0), total: scored.reduce((n, x) => n + x.coverage.total, 0) };
    const verdict = verdictFor(score, coverage, target);
    const agreement = sectionAgreement(layout, tally, si);
    const disagreement = agreement?.band === 'no-consensus';
    const u = input.uncertainty?.sections[si] ?? { ...NO_UNCERTAINTY, n: tally.sections[si]!.n };
    return {
      id: s.id,
      title: s.title,
      weight: s.weight,
      scored: scored.length > 0,
      score,
      interval: u.interval,
      se: u.se,
      n: u.n,
      verdict,
      level: hasVerdict(verdict) ? levelFor(q.levels, score) : null,
      target,
      gap: score === null ? null : Math.max(0, target - score),
      coverage,
      lowConfidence: verdict === 'insufficient-data',
      spread: sectionSpread(tally, si),
      agreement,
      disagreement,
      divided: disagreement ? questionSpreads(layout, tally, si).slice(0, DIVIDED_SHOWN).map((x) => layout.slots[x.question]!.question.id) : [],
      ...(s.mirrors !== undefined && { mirrors: s.mirrors }),
      questions,
    };
  });
}

/** Sections below target, largest gap × weight first; ties keep file order. */
function prioritiesOf(sections: readonly SectionResult[]): SectionResult[] {
  return sections
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.verdict === 'below-target')
    .sort((a, b) => (b.s.gap ?? 0) * b.s.weight - (a.s.gap ?? 0) * a.s.weight || a.i - b.i)
    .map(({ s }) => s);
}

function actionsOf(priorities: readonly SectionResult[]): Action[] {
  return priorities.flatMap((s) =>
    s.questions
      .map((question, i) => ({ question, i }))
      .filter(({ question }) => question.scored && question.score !== null && question.score < s.target)
      .sort((a, b) => (s.target - (b.question.score ?? 0)) * b.question.weight - (s.target - (a.question.score ?? 0)) * a.question.weight || a.i - b.i)
      .map(({ question }) => ({
        section: s.id,
        sectionTitle: s.title,
        question: question.id,
        text: question.text,
        score: question.score ?? 0,
        target: s.target,
        gap: s.target - (question.score ?? 0),
        weight: question.weight,
        reverse: question.reverse,
        typical: question.answers.typical,
        recommendation: question.recommendation ?? question.text,
        note: question.notes.length ? question.notes.map((n) => n.note).join(' / ') : null,
        notes: question.notes,
        notesNotListed: question.notesNotListed,
      })),
  );
}

/** The one respondent as it may be named: its name only with --names. */
function who(single: NonNullable<ScoreResult['single']>, a: Attribution): ScoreResult['single'] {
  return { ...(a.names && single.name !== undefined && { name: single.name }), ...(single.role !== undefined && { role: single.role }) };
}

/** The result for the respondents a tally holds. */
export function scoreTally(input: TallyInput, opts: ScoreOptions = {}): ScoreResult {
  const { layout, tally } = input;
  const q = layout.questionnaire;
  const sections = sectionResults(input, opts);
  const assessed = sections.filter((s) => s.score !== null);
  // Section scores are already percentages.
  const overall = weightedMean(assessed.map((s) => ({ weight: s.weight, value: s.score }))) ?? null;
  const overallTarget = weightedMean(sections.filter((s) => s.scored).map((s) => ({ weight: s.weight, value: s.target }))) ?? opts.target ?? q.target;
  const coverage = { answered: sections.reduce((n, s) => n + s.coverage.answered, 0), total: sections.reduce((n, s) => n + s.coverage.total, 0) };
  const verdict = verdictFor(overall, coverage, overallTarget);
  const priorities = prioritiesOf(sections);
  const u = input.uncertainty?.overall ?? NO_UNCERTAINTY;
  return {
    questionnaire: { id: q.id, title: q.title, version: q.version, ...(q.mirrors !== undefined && { mirrors: q.mirrors }) },
    organisations: [...tally.organisations.keys()],
    respondents: tally.respondents,
    inProgress: tally.inProgress,
    roles: [...tally.roles].map(([role, respondents]) => ({ role, respondents })),
    ...(tally.respondents === 1 && input.single && { single: who(input.single, input.attribution ?? ANONYMOUS) }),
    dates: [...tally.dates.keys()].sort(),
    score: overall,
    interval: u.interval,
    se: u.se,
    n: u.n,
    verdict,
    level: hasVerdict(verdict) ? levelFor(q.levels, overall) : null,
    target: overallTarget,
    gap: overall === null ? null : Math.max(0, overallTarget - overall),
    coverage,
    lowConfidence: verdict === 'insufficient-data',
    sections,
    priorities: priorities.map((s) => s.id),
    needsMoreAnswers: sections.filter((s) => s.verdict === 'insufficient-data').map((s) => s.id),
    actions: actionsOf(priorities),
    nps: npsMetrics(layout, tally),
    ratings: ratingMetrics(layout, tally),
    levels: q.levels,
    population: opts.population ?? null,
  };
}
