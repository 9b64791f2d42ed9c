// Scoring, exactly as docs/scoring.md states it. Values are in [0, 1] while computing and
// percentages (0–100) in the result; null means "not assessed".
import { interpretAnswer } from '../model/interpretAnswer.js';
import type { Answers, Level, Question, Questionnaire } from '../model/model.js';

export interface Spread {
  /** Respondents with a value. */
  readonly respondents: number;
  readonly min: number;
  readonly max: number;
  /** Population standard deviation, in points. */
  readonly sd: number;
}

export interface NoteRef {
  readonly note: string;
  readonly respondent?: string;
  readonly role?: string;
}

export interface QuestionResult {
  readonly id: string;
  readonly text: string;
  readonly type: Question['type'];
  readonly weight: number;
  readonly scored: boolean;
  /** Mean over respondents with a value, in percent; null when nobody gave one. */
  readonly score: number | null;
  /** Respondents who gave a value (scored) or any answer (text, nps). */
  readonly answered: number;
  /** Respondents who said n/a. */
  readonly na: number;
  readonly spread: Spread | null;
  readonly recommendation?: string;
  readonly notes: readonly NoteRef[];
  /** Text answers, for text questions. */
  readonly comments: readonly NoteRef[];
}

export interface SectionResult {
  readonly id: string;
  readonly title: string;
  readonly weight: number;
  readonly score: number | null;
  readonly level: string | null;
  readonly target: number;
  readonly gap: number | null;
  readonly coverage: { readonly answered: number; readonly total: number };
  readonly lowConfidence: boolean;
  /** Spread of respondents' own section scores. */
  readonly spread: Spread | null;
  readonly disagreement: boolean;
  readonly questions: readonly QuestionResult[];
}

export interface Action {
  readonly section: string;
  readonly sectionTitle: string;
  readonly question: string;
  readonly text: string;
  readonly score: number;
  readonly target: number;
  /** target − question score, in points. */
  readonly gap: number;
  readonly weight: number;
  readonly recommendation: string;
  /** The respondents' notes on this question joined, or null. */
  readonly note: string | null;
  readonly notes: readonly NoteRef[];
}

export interface NpsMetric {
  readonly question: string;
  readonly text: string;
  readonly variant: 'classic' | 'binary';
  readonly respondents: number;
  /** Classic: % promoters − % detractors (−100…100). Binary: % yes (0…100). Null with no answers. */
  readonly value: number | null;
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
}

export interface ScoreResult {
  readonly questionnaire: { readonly id: string; readonly title: string; readonly version: number | string };
  readonly organisations: readonly string[];
  readonly respondents: readonly { readonly name?: string; readonly role?: string; readonly date?: string; readonly file: string }[];
  readonly dates: readonly string[];
  readonly score: number | null;
  readonly level: string | null;
  /** The overall target: the weighted mean of the section targets (all equal unless sections set their own). */
  readonly target: number;
  readonly gap: number | null;
  readonly coverage: { readonly answered: number; readonly total: number };
  readonly lowConfidence: boolean;
  readonly sections: readonly SectionResult[];
  readonly priorities: readonly string[];
  readonly actions: readonly Action[];
  readonly nps: readonly NpsMetric[];
  readonly levels: readonly Level[];
}

export interface ScoreOptions {
  /** Overrides every target (percent). */
  readonly target?: number;
}

export const DISAGREEMENT_POINTS = 40;

export function levelFor(levels: readonly Level[], score: number | null): string | null {
  if (score === null) return null;
  let name: string | null = null;
  for (const l of levels) if (l.min <= score + 1e-9) name = l.name;
  return name ?? levels[0]?.name ?? null;
}

/** Σ w·v / Σ w over the entries that have a value; undefined when none do. */
export function weightedMean(entries: readonly { weight: number; value: number | undefined | null }[]): number | undefined {
  let sum = 0;
  let weights = 0;
  for (const e of entries) {
    if (e.value === undefined || e.value === null) continue;
    sum += e.weight * e.value;
    weights += e.weight;
  }
  return weights > 0 ? sum / weights : undefined;
}

/** Running min, max, mean and population standard deviation, without keeping the values. */
class Accumulator {
  n = 0;
  sum = 0;
  sumSq = 0;
  min = Infinity;
  max = -Infinity;
  add(v: number): void {
    this.n++;
    this.sum += v;
    this.sumSq += v * v;
    if (v < this.min) this.min = v;
    if (v > this.max) this.max = v;
  }
  mean(): number | undefined {
    return this.n ? this.sum / this.n : undefined;
  }
  /** In points, for values in [0, 1]. */
  spread(): Spread | null {
    if (this.n === 0) return null;
    const mean = this.sum / this.n;
    const variance = Math.max(0, this.sumSq / this.n - mean * mean);
    return { respondents: this.n, min: this.min * 100, max: this.max * 100, sd: Math.sqrt(variance) * 100 };
  }
}

const pct = (v: number | undefined): number | null => (v === undefined ? null : v * 100);

interface QuestionTally {
  readonly values: Accumulator;
  na: number;
  answered: number;
  readonly notes: NoteRef[];
  readonly comments: NoteRef[];
}

function noteRef(note: string, a: Answers): NoteRef {
  const { name, role } = a.respondent;
  // Same keys in the same order as ever (note, respondent?, role?), without spreading.
  if (name !== undefined) return role !== undefined ? { note, respondent: name, role } : { note, respondent: name };
  return role !== undefined ? { note, role } : { note };
}

type RespondentRef = ScoreResult['respondents'][number];

function respondentRef(a: Answers): RespondentRef {
  // The keys in their usual order (name?, role?, date?, file), built without spreading.
  const out: { name?: string; role?: string; date?: string; file?: string } = {};
  if (a.respondent.name !== undefined) out.name = a.respondent.name;
  if (a.respondent.role !== undefined) out.role = a.respondent.role;
  if (a.date !== undefined) out.date = a.date;
  out.file = a.file;
  return out as RespondentRef;
}

export function score(q: Questionnaire, respondents: readonly Answers[], opts: ScoreOptions = {}): ScoreResult {
  // One pass over each respondent's own answers (not over every question × respondent): with
  // 10,000 respondents this loop is the report's hot path.
  const flat: Question[] = [];
  const sectionOf: number[] = [];
  q.sections.forEach((s, si) => s.questions.forEach((x) => (flat.push(x), sectionOf.push(si))));
  // Looked up by id in each respondent's answers; were an id repeated, only its last question counts.
  const lastOf = new Map(flat.map((x, i) => [x.id, i]));
  const ids = flat.map((x, i) => (lastOf.get(x.id) === i ? x.id : undefined));
  const tallies: QuestionTally[] = flat.map(() => ({ values: new Accumulator(), na: 0, answered: 0, notes: [], comments: [] }));
  const sectionSpread = q.sections.map(() => new Accumulator());
  const values = new Float64Array(flat.length);
  const weightOf = Float64Array.from(flat, (x) => x.weight);
  const sums = new Float64Array(q.sections.length);
  const weights = new Float64Array(q.sections.length);
  for (const a of respondents) {
    values.fill(NaN);
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i];
      const answer = id === undefined ? undefined : a.answers.get(id);
      if (answer === undefined) continue;
      const t = tallies[i]!;
      if (answer.note !== undefined) t.notes.push(noteRef(answer.note, a));
      const m = answer.meaning ?? interpretAnswer(flat[i]!, answer.value);
      if (!m.ok) continue;
      if (m.kind === 'scored') {
        values[i] = m.score;
        t.values.add(m.score);
        t.answered++;
      } else if (m.kind === 'na') t.na++;
      else {
        t.answered++;
        if (m.kind === 'text') t.comments.push(noteRef(m.text, a));
      }
    }
    // This respondent's own section scores, for the spread.
    sums.fill(0);
    weights.fill(0);
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      if (v !== v) continue; // NaN: no value
      const w = weightOf[i]!;
      const si = sectionOf[i]!;
      sums[si]! += w * v;
      weights[si]! += w;
    }
    for (let si = 0; si < sums.length; si++) if (weights[si]! > 0) sectionSpread[si]!.add(sums[si]! / weights[si]!);
  }

  let answeredAll = 0;
  let totalAll = 0;
  let offset = 0;
  const sections: SectionResult[] = q.sections.map((s, si) => {
    const target = opts.target ?? s.target;
    const questions: QuestionResult[] = s.questions.map((question, qi) => {
      const t = tallies[offset + qi]!;
      return {
        id: question.id,
        text: question.text,
        type: question.type,
        weight: question.weight,
        scored: question.scored,
        score: question.scored ? pct(t.values.mean()) : null,
        answered: t.answered,
        na: t.na,
        spread: question.scored ? t.values.spread() : null,
        ...(question.recommendation !== undefined && { recommendation: question.recommendation }),
        notes: t.notes,
        comments: t.comments,
      };
    });
    offset += s.questions.length;
    const scored = questions.filter((x) => x.scored);
    const value = weightedMean(scored.map((x) => ({ weight: x.weight, value: x.score === null ? undefined : x.score / 100 })));
    const answered = scored.reduce((n, x) => n + x.answered, 0);
    const total = scored.length * respondents.length;
    answeredAll += answered;
    totalAll += total;
    const spread = sectionSpread[si]!.spread();
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

  const assessed = sections.filter((s) => s.score !== null);
  // Section scores are already percentages.
  const overall = weightedMean(assessed.map((s) => ({ weight: s.weight, value: s.score })));
  const overallTarget = weightedMean(sections.map((s) => ({ weight: s.weight, value: s.target }))) ?? opts.target ?? q.target;

  const priorities = sections
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.gap !== null && s.gap > 0)
    .sort((a, b) => (b.s.gap ?? 0) * b.s.weight - (a.s.gap ?? 0) * a.s.weight || a.i - b.i)
    .map(({ s }) => s);

  const actions: Action[] = priorities.flatMap((s) =>
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

  const nps = q.sections.flatMap((s) => s.questions.filter((x) => x.type === 'nps')).map((x) => npsFor(x, respondents));
  const dateSet = new Set<string>();
  const organisationSet = new Set<string>();
  for (const a of respondents) {
    if (a.date !== undefined) dateSet.add(a.date);
    if (a.organisation !== undefined) organisationSet.add(a.organisation);
  }
  const dates = [...dateSet].sort();
  const organisations = [...organisationSet];
  const sc = overall ?? null;
  return {
    questionnaire: { id: q.id, title: q.title, version: q.version },
    organisations,
    respondents: respondents.map(respondentRef),
    dates,
    score: sc,
    level: levelFor(q.levels, sc),
    target: overallTarget,
    gap: sc === null ? null : Math.max(0, overallTarget - sc),
    coverage: { answered: answeredAll, total: totalAll },
    lowConfidence: totalAll === 0 || answeredAll / totalAll < 0.5,
    sections,
    priorities: priorities.map((s) => s.id),
    actions,
    nps,
    levels: q.levels,
  };
}

export function npsFor(q: Question, respondents: readonly Answers[]): NpsMetric {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (const a of respondents) {
    const answer = a.answers.get(q.id);
    if (!answer) continue;
    const m = answer.meaning ?? interpretAnswer(q, answer.value);
    if (!m.ok || m.kind !== 'nps') continue;
    if (typeof m.nps === 'boolean') {
      if (m.nps) promoters++;
      else detractors++;
    } else if (m.nps >= 9) promoters++;
    else if (m.nps >= 7) passives++;
    else detractors++;
  }
  const n = promoters + passives + detractors;
  const value = n === 0 ? null : q.variant === 'binary' ? (promoters / n) * 100 : ((promoters - detractors) / n) * 100;
  return { question: q.id, text: q.text, variant: q.variant, respondents: n, value, promoters, passives, detractors };
}
