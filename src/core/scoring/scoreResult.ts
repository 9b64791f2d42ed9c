// The result types of scoring: what every report format renders. Values are percentages
// (0–100); null means "not assessed". How they are worked out: scoreTally.ts.
import type { Level, Question } from '../model/model.js';
import type { RoleCount } from './roleCounts.js';

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
  /** Respondents counted. */
  readonly respondents: number;
  /** Respondents per role (normalised), in the order roles first appear. */
  readonly roles: readonly RoleCount[];
  /** With exactly one respondent: its name and role as written. */
  readonly single?: { readonly name?: string; readonly role?: string };
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
