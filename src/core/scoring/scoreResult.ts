// The result types of scoring: what every report format renders. Scores are percentages
// (0–100); null means "not assessed". How they are worked out: scoreTally.ts and docs/scoring.md.
import type { Level, Question } from '../model/model.js';
import type { AgreementBand } from './agreement.js';
import type { RoleCount } from './roleCounts.js';

/** A 95% interval, in the figure's own units (points for scores). */
export interface Interval {
  readonly low: number;
  readonly high: number;
}

export const VERDICTS = ['not-assessed', 'insufficient-data', 'on-target', 'below-target'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Whether a figure carries a verdict, and so a level, a gap and a colour. */
export function hasVerdict(v: Verdict): v is 'on-target' | 'below-target' {
  return v === 'on-target' || v === 'below-target';
}

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
  /** The respondent's name: only with --names. */
  readonly respondent?: string;
  /** The respondent's role: only when its group is large enough to hide a person in. */
  readonly role?: string;
  /** How many wrote exactly this text, when more than one (name and role only if all share them). */
  readonly count?: number;
}

/** One answer value and how many gave it: a scale point, yes or no, an option, n/a or don't know. */
export interface AnswerCount {
  /** As in answers files: the point, "yes"/"no", the option's key (else label), "n/a", "dont-know". */
  readonly value: number | string;
  /** As shown: "4 · Usually", "Yes", the option's label, "n/a", "don't know". */
  readonly label: string;
  readonly count: number;
}

export interface RawAnswers {
  /** The mean raw answer on the question's own scale; for yes/no the share answering yes (0–1). */
  readonly mean: number | null;
  /** Every answer value in the question's order, then n/a and don't know. */
  readonly distribution: readonly AnswerCount[];
  /** The most common answer with a value and its share of them ("mostly Usually", "70% yes"). */
  readonly typical: { readonly label: string; readonly share: number } | null;
}

export interface Coverage {
  /** Answers with a value from the respondents asked. */
  readonly answered: number;
  /** Respondents asked (the question's audience), minus those who said n/a. */
  readonly total: number;
}

export interface QuestionResult {
  readonly id: string;
  readonly text: string;
  readonly type: Question['type'];
  readonly weight: number;
  readonly scored: boolean;
  readonly reverse: boolean;
  readonly audience?: readonly string[];
  /** Mean over respondents with a value, in percent; null when nobody gave one. */
  readonly score: number | null;
  /** Respondents who gave a value (scored) or any answer (text, nps, rating). */
  readonly answered: number;
  readonly na: number;
  readonly dontKnow: number;
  readonly coverage: Coverage;
  /** At least 30% of the respondents asked said "don't know": the practice is not visible to them. */
  readonly notVisible: boolean;
  readonly spread: Spread | null;
  readonly answers: RawAnswers;
  readonly recommendation?: string;
  readonly notes: readonly NoteRef[];
  /** Notes counted but not listed: past KEPT_TEXTS different texts (see remarks.ts). */
  readonly notesNotListed: number;
  /** Text answers, for text questions. */
  readonly comments: readonly NoteRef[];
  readonly commentsNotListed: number;
}

export interface Agreement {
  readonly rwg: number;
  readonly band: AgreementBand;
}

/** A score with what it rests on: its 95% interval, standard error and respondents. */
export interface Estimate {
  readonly score: number | null;
  /** Null with fewer than 2 respondents with a value. */
  readonly interval: Interval | null;
  readonly se: number | null;
  /** Respondents who gave it a value. */
  readonly n: number;
}

/** What a section or the whole organisation is judged by (docs/scoring.md, "Verdicts and levels"). */
export interface Judged {
  readonly verdict: Verdict;
  /** Null unless the verdict is on-target or below-target. */
  readonly level: string | null;
  /** A section's target; overall, the weighted mean of the section targets. */
  readonly target: number;
  readonly gap: number | null;
  readonly coverage: Coverage;
  /** Coverage under half: the verdict is insufficient-data. */
  readonly lowConfidence: boolean;
}

export interface SectionResult extends Estimate, Judged {
  readonly id: string;
  readonly title: string;
  readonly weight: number;
  /** Whether the section has scored questions at all (a comments section has none). */
  readonly scored: boolean;
  /** Spread of respondents' own section scores. */
  readonly spread: Spread | null;
  /** rwg(J) with at least 3 respondents; null otherwise. */
  readonly agreement: Agreement | null;
  /** The agreement band is no-consensus: the mean hides a split. */
  readonly disagreement: boolean;
  /** Where there is no consensus: the most divided questions (ids), most divided first. */
  readonly divided: readonly string[];
  readonly mirrors?: string;
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
  readonly reverse: boolean;
  readonly typical: RawAnswers['typical'];
  readonly recommendation: string;
  /** The respondents' notes on this question joined, or null. */
  readonly note: string | null;
  readonly notes: readonly NoteRef[];
  /** Notes counted but not listed (see QuestionResult). */
  readonly notesNotListed: number;
}

export interface NpsMetric {
  readonly question: string;
  readonly text: string;
  readonly variant: 'classic' | 'binary';
  readonly respondents: number;
  /** Classic: % promoters − % detractors (−100…100). Binary: % yes (0…100). Null with no answers. */
  readonly value: number | null;
  /** 95% adjusted-Wald interval; null with no answers. */
  readonly interval: Interval | null;
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
}

/** A rating (satisfaction): a customer metric on its own scale, never part of the maturity score. */
export interface RatingMetric {
  readonly question: string;
  readonly text: string;
  readonly respondents: number;
  readonly min: number;
  readonly max: number;
  /** Mean on the rating's own scale; null with no answers. */
  readonly mean: number | null;
  /** 95% t interval of the mean; null with fewer than 2 answers. */
  readonly interval: Interval | null;
  readonly distribution: readonly AnswerCount[];
}

export interface ScoreResult extends Estimate, Judged {
  readonly questionnaire: { readonly id: string; readonly title: string; readonly version: number | string; readonly mirrors?: string };
  readonly organisations: readonly string[];
  /** Respondents counted (duplicates left out). */
  readonly respondents: number;
  /** Of those, files still `status: in-progress`. */
  readonly inProgress: number;
  /** Respondents per role (normalised), in the order roles first appear. */
  readonly roles: readonly RoleCount[];
  /** With exactly one respondent: its name (only with --names) and role as written. */
  readonly single?: { readonly name?: string; readonly role?: string };
  readonly dates: readonly string[];
  readonly sections: readonly SectionResult[];
  /** Sections below target, largest gap × weight first. */
  readonly priorities: readonly string[];
  /** Sections whose coverage is under half: no verdict, not a priority. */
  readonly needsMoreAnswers: readonly string[];
  readonly actions: readonly Action[];
  readonly nps: readonly NpsMetric[];
  readonly ratings: readonly RatingMetric[];
  readonly levels: readonly Level[];
  /** How many people were asked (--population), or null. */
  readonly population: number | null;
}

export interface ScoreOptions {
  /** Overrides every target (percent). */
  readonly target?: number;
  /** How many people were asked: scales the standard errors (finite population). */
  readonly population?: number;
  /** Show respondents' names (--names); off by default. */
  readonly names?: boolean;
  /** Groups smaller than this are hidden (--min-group); default 5. */
  readonly minGroup?: number;
}

export const DEFAULT_MIN_GROUP = 5;

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

/** The verdict a score can carry, given its coverage: see docs/scoring.md, "Verdicts". */
export function verdictFor(score: number | null, coverage: Coverage, target: number): Verdict {
  if (score === null) return 'not-assessed';
  if (coverage.total === 0 || coverage.answered / coverage.total < 0.5) return 'insufficient-data';
  return score >= target - 1e-9 ? 'on-target' : 'below-target';
}

/** The text questions that have comments (listed, or only counted past the bound), in order. */
export function commentedQuestions(m: { readonly sections: readonly { readonly questions: readonly QuestionResult[] }[] }): QuestionResult[] {
  return m.sections.flatMap((s) => s.questions.filter((q) => q.type === 'text' && q.comments.length + q.commentsNotListed > 0));
}
