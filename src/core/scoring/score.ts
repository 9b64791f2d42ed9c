// Scoring a whole sample: its tally with the jackknife's intervals, notes attributed only as far
// as confidentiality allows (see suppression.ts).
import type { Answers, Questionnaire } from '../model/model.js';
import { compareRoles } from '../model/roles.js';
import { jackknife } from './jackknife.js';
import { remarksOf, tallies, type Sample } from './sample.js';
import { sampleOfAnswers } from './sampleOfAnswers.js';
import { DEFAULT_MIN_GROUP, type ScoreOptions, type ScoreResult } from './scoreResult.js';
import type { Attribution } from './remarks.js';
import { scoreTally } from './scoreTally.js';
import { attributableRoles, planGroups } from './suppression.js';

/** The roles of a sample in report order: executive, manager, frontline, others A–Z, unspecified. */
export function rolesInOrder<T>(byRole: ReadonlyMap<string, T>): [string, T][] {
  return [...byRole].sort(([a], [b]) => compareRoles(a, b));
}

/** Which roles a note may name, given the sample's role groups and --min-group. */
export function attributionFor(sample: Sample, opts: ScoreOptions): Attribution {
  const sizes = new Map(rolesInOrder(tallies(sample).byRole).map(([role, t]) => [role, t.respondents] as const));
  return { names: opts.names === true, roles: attributableRoles(planGroups(sizes, opts.minGroup ?? DEFAULT_MIN_GROUP)) };
}

/** The result for a whole sample, with intervals. */
export function scoreSample(sample: Sample, opts: ScoreOptions = {}): ScoreResult {
  const attribution = attributionFor(sample, opts);
  return scoreTally(
    {
      layout: sample.layout,
      tally: tallies(sample).all,
      remarks: remarksOf(sample, attribution),
      uncertainty: jackknife(sample, tallies(sample).all, () => true, opts.population),
      attribution,
      ...(sample.single !== undefined && { single: sample.single }),
    },
    opts,
  );
}

/** Scores answers already in memory (tests, the closing scorecard of `assess`). */
export function score(q: Questionnaire, respondents: readonly Answers[], opts: ScoreOptions = {}): ScoreResult {
  return scoreSample(sampleOfAnswers(q, respondents), opts);
}
