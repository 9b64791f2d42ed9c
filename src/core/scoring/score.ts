// Scoring, exactly as docs/scoring.md states it, worked out from a tally (see tally.ts): values
// are in [0, 1] while computing and percentages in the result.
import { NA_CODE, VALUE_CODE, type Layout, type QuestionSlot } from '../model/layout.js';
import type { Answers, Questionnaire } from '../model/model.js';
import { compareRoles } from '../model/roles.js';
import { sampleOfAnswers } from './sampleOfAnswers.js';
import { exactValue } from './exactSum.js';
import type { Sample, SampleRemark } from './sample.js';
import { DISAGREEMENT_POINTS, levelFor, weightedMean, type Action, type NoteRef, type NpsMetric, type QuestionResult, type ScoreOptions, type ScoreResult, type SectionResult, type Spread } from './scoreResult.js';
import { questionCounts, type Tally } from './tally.js';

export { DISAGREEMENT_POINTS, levelFor, weightedMean };
export type { Action, NoteRef, NpsMetric, QuestionResult, ScoreOptions, ScoreResult, SectionResult, Spread };

const pct = (v: number | undefined): number | null => (v === undefined ? null : v * 100);

/** Mean, min, max and population sd of a question's values, from its counts. */
function questionValues(slot: QuestionSlot, counts: Float64Array): { n: number; mean?: number; spread: Spread | null } {
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
  if (n === 0) return { n, spread: null };
  const mean = sum / n;
  const sd = Math.sqrt(Math.max(0, sumSq / n - mean * mean));
  return { n, mean, spread: { respondents: n, min: min * 100, max: max * 100, sd: sd * 100 } };
}

function noteRefs(remarks: readonly SampleRemark[]): NoteRef[] {
  // Same keys in the same order as ever: note, respondent?, role?.
  return remarks.map((r) => ({ note: r.text, ...(r.name !== undefined && { respondent: r.name }), ...(r.roleAsWritten !== undefined && { role: r.roleAsWritten }) }));
}

function byQuestion(layout: Layout, remarks: readonly SampleRemark[]): SampleRemark[][] {
  const out = layout.slots.map((): SampleRemark[] => []);
  for (const r of remarks) out[r.question]!.push(r);
  return out;
}

function questionResult(slot: QuestionSlot, tally: Tally, layout: Layout, notes: readonly SampleRemark[], comments: readonly SampleRemark[]): QuestionResult {
  const question = slot.question;
  const counts = questionCounts(tally, layout, slot.index);
  let answered = 0;
  for (let c = VALUE_CODE; c < counts.length; c++) answered += counts[c]!;
  const values = question.scored ? questionValues(slot, counts) : { n: 0, spread: null };
  return {
    id: question.id,
    text: question.text,
    type: question.type,
    weight: question.weight,
    scored: question.scored,
    score: question.scored ? pct(values.mean) : null,
    answered,
    na: counts[NA_CODE]!,
    spread: values.spread,
    ...(question.recommendation !== undefined && { recommendation: question.recommendation }),
    notes: noteRefs(notes),
    comments: noteRefs(comments),
  };
}

function sectionSpread(tally: Tally, si: number): Spread | null {
  const t = tally.sections[si]!;
  if (t.n === 0) return null;
  const mean = exactValue(t.sum) / t.n;
  const variance = Math.max(0, exactValue(t.sumSq) / t.n - mean * mean);
  return { respondents: t.n, min: t.min * 100, max: t.max * 100, sd: Math.sqrt(variance) * 100 };
}

function sectionResults(layout: Layout, tally: Tally, remarks: { notes: readonly SampleRemark[]; comments: readonly SampleRemark[] }, opts: ScoreOptions): SectionResult[] {
  const q = layout.questionnaire;
  const notes = byQuestion(layout, remarks.notes);
  const comments = byQuestion(layout, remarks.comments);
  return q.sections.map((s, si) => {
    const target = opts.target ?? s.target;
    const questions = layout.sections[si]!.map((i) => questionResult(layout.slots[i]!, tally, layout, notes[i]!, comments[i]!));
    const scored = questions.filter((x) => x.scored);
    const value = weightedMean(scored.map((x) => ({ weight: x.weight, value: x.score === null ? undefined : x.score / 100 })));
    const answered = scored.reduce((n, x) => n + x.answered, 0);
    const total = scored.length * tally.respondents;
    const spread = sectionSpread(tally, si);
    const sc = pct(value);
    return {
      id: s.id,
      title: s.title,
      weight: s.weight,
      score: sc,
      level: levelFor(q.levels, sc),
      target,
      gap: sc === null ? null : Math.max(0, target - sc),
      coverage: { answered, total },
      lowConfidence: total === 0 || answered / total < 0.5,
      spread,
      disagreement: spread !== null && spread.respondents >= 2 && spread.max - spread.min >= DISAGREEMENT_POINTS - 1e-9,
      questions,
    };
  });
}

/** Sections with a gap, largest gap × weight first; ties keep file order. */
function prioritiesOf(sections: readonly SectionResult[]): SectionResult[] {
  return sections
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.gap !== null && s.gap > 0)
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
        recommendation: question.recommendation ?? question.text,
        note: question.notes.length ? question.notes.map((n) => n.note).join(' / ') : null,
        notes: question.notes,
      })),
  );
}

function npsOf(layout: Layout, tally: Tally): NpsMetric[] {
  return layout.slots
    .filter((slot) => slot.question.type === 'nps')
    .map((slot) => {
      const q = slot.question;
      const counts = questionCounts(tally, layout, slot.index);
      const at = (v: number): number => counts[VALUE_CODE + v]!;
      let promoters = 0;
      let passives = 0;
      let detractors = 0;
      if (q.variant === 'binary') [detractors, promoters] = [at(0), at(1)];
      else for (let v = 0; v <= 10; v++) v >= 9 ? (promoters += at(v)) : v >= 7 ? (passives += at(v)) : (detractors += at(v));
      const n = promoters + passives + detractors;
      const value = n === 0 ? null : q.variant === 'binary' ? (promoters / n) * 100 : ((promoters - detractors) / n) * 100;
      return { question: q.id, text: q.text, variant: q.variant, respondents: n, value, promoters, passives, detractors };
    });
}

export interface Remarks {
  readonly notes: readonly SampleRemark[];
  readonly comments: readonly SampleRemark[];
}

/** The result for the respondents a tally holds; `remarks` are their notes and text answers. */
export function scoreTally(layout: Layout, tally: Tally, remarks: Remarks, opts: ScoreOptions = {}, single?: ScoreResult['single']): ScoreResult {
  const q = layout.questionnaire;
  const sections = sectionResults(layout, tally, remarks, opts);
  const assessed = sections.filter((s) => s.score !== null);
  // Section scores are already percentages.
  const overall = weightedMean(assessed.map((s) => ({ weight: s.weight, value: s.score }))) ?? null;
  const overallTarget = weightedMean(sections.map((s) => ({ weight: s.weight, value: s.target }))) ?? opts.target ?? q.target;
  const answeredAll = sections.reduce((n, s) => n + s.coverage.answered, 0);
  const totalAll = sections.reduce((n, s) => n + s.coverage.total, 0);
  const priorities = prioritiesOf(sections);
  return {
    questionnaire: { id: q.id, title: q.title, version: q.version },
    organisations: [...tally.organisations.keys()],
    respondents: tally.respondents,
    roles: [...tally.roles].map(([role, respondents]) => ({ role, respondents })),
    ...(tally.respondents === 1 && single && { single }),
    dates: [...tally.dates.keys()].sort(),
    score: overall,
    level: levelFor(q.levels, overall),
    target: overallTarget,
    gap: overall === null ? null : Math.max(0, overallTarget - overall),
    coverage: { answered: answeredAll, total: totalAll },
    lowConfidence: totalAll === 0 || answeredAll / totalAll < 0.5,
    sections,
    priorities: priorities.map((s) => s.id),
    actions: actionsOf(priorities),
    nps: npsOf(layout, tally),
    levels: q.levels,
  };
}

/** The result for a whole sample. */
export function scoreSample(sample: Sample, opts: ScoreOptions = {}): ScoreResult {
  return scoreTally(sample.layout, sample.all, sample, opts, sample.single);
}

/** Scores answers already in memory (tests, the closing scorecard of `assess`). */
export function score(q: Questionnaire, respondents: readonly Answers[], opts: ScoreOptions = {}): ScoreResult {
  return scoreSample(sampleOfAnswers(q, respondents), opts);
}

/** Role groups in report order: executive, manager, frontline, others A–Z, unspecified. */
export function rolesInOrder<T>(byRole: ReadonlyMap<string, T>): [string, T][] {
  return [...byRole].sort(([a], [b]) => compareRoles(a, b));
}
