// The words every format uses to say how sure a figure is (docs/scoring.md): intervals beside
// scores, verdicts only where the data carries one, which way a reverse-scored question reads, and
// whether a change is beyond the noise. One place, so terminal, markdown, HTML and CSV agree.
import type { AgreementBand } from '../../core/scoring/agreement.js';
import type { AtTarget, CustomerView, GapVerdict } from '../../core/scoring/deliveryGap.js';
import type { ChangeDirection, NoNoiseReason } from '../../core/scoring/noise.js';
import { hasVerdict, type Interval, type RawAnswers, type Verdict } from '../../core/scoring/scoreResult.js';
import { fixed, isScore, NOT_ASSESSED } from './format.js';

/** Marks a reverse-scored question wherever its score is shown. */
export const REVERSE_MARK = '↺';
export const REVERSE_LEGEND = `${REVERSE_MARK} reverse-scored: agreeing means a gap`;

/** "58.0–66.8"; null → "". */
export function intervalText(i: Interval | null): string {
  return i ? `${fixed(i.low)}–${fixed(i.high)}` : '';
}

/** "62.4 (58.0–66.8)", "62.4 (1 respondent: no interval)", "not assessed". */
export function scoreWithInterval(score: number | null, interval: Interval | null, n: number): string {
  if (!isScore(score)) return NOT_ASSESSED;
  if (interval) return `${fixed(score)} (${intervalText(interval)})`;
  return `${fixed(score)} (${n === 1 ? '1 respondent' : `${n} respondents`}: no interval)`;
}

export const VERDICT_WORDS: Readonly<Record<Verdict, string>> = {
  'on-target': 'on target',
  'below-target': 'below target',
  'insufficient-data': 'needs more answers',
  'not-assessed': NOT_ASSESSED,
};

export const BAND_WORDS: Readonly<Record<AgreementBand, string>> = {
  agreement: 'agreement',
  moderate: 'moderate agreement',
  'no-consensus': 'no consensus',
};

/** "rwg 0.82 · agreement"; null → "" (fewer than 3 respondents). */
export function agreementText(a: { readonly rwg: number; readonly band: AgreementBand } | null): string {
  return a ? `rwg ${a.rwg.toFixed(2)} · ${BAND_WORDS[a.band]}` : '';
}

/** "mostly Usually" (62%), "70% yes"; "" with no answers. */
export function typicalText(a: { readonly typical: RawAnswers['typical'] }, withShare = false): string {
  const t = a.typical;
  if (!t) return '';
  if (t.label === 'yes') return `${Math.round(t.share * 100)}% yes`;
  return `mostly ${t.label}${withShare ? ` (${Math.round(t.share * 100)}%)` : ''}`;
}

export const DIRECTION_WORDS: Readonly<Record<ChangeDirection, string>> = {
  improved: 'improved',
  regressed: 'regressed',
  'within-noise': 'within the noise',
  unchanged: 'unchanged',
  'not-comparable': 'not comparable',
};

/** ▲ ▼ ≈ = · : the arrow carries the direction without colour. */
export const DIRECTION_ARROWS: Readonly<Record<ChangeDirection, string>> = {
  improved: '▲',
  regressed: '▼',
  'within-noise': '≈',
  unchanged: '=',
  'not-comparable': '·',
};

const NO_NOISE_WORDS: Record<NoNoiseReason, string> = {
  'one-respondent': 'no noise estimate (a side has one respondent)',
  'no-spread': 'no noise estimate (every answer the same on both sides)',
};

/** What a change rests on: "noise ±4.1" or why there is no noise estimate. */
export function noiseText(c: { readonly noise: number | null; readonly noNoise?: NoNoiseReason }): string {
  return c.noise === null ? NO_NOISE_WORDS[c.noNoise ?? 'one-respondent'] : `noise ±${fixed(c.noise)}`;
}

/** The header lines about privacy: names, and which groups are hidden. */
export function privacyLines(p: { readonly names: boolean; readonly minGroup: number }): string[] {
  return [
    p.names ? 'Names are shown (--names).' : 'Anonymous: no names are shown (add --names to show them).',
    p.minGroup > 1 ? `Groups of fewer than ${p.minGroup} respondents are hidden.` : 'Small groups are shown (--min-group 1).',
  ];
}

/** "fewer than 5 respondents: results hidden". */
export function hiddenGroupText(minGroup: number): string {
  return `fewer than ${minGroup} respondents: results hidden`;
}

/** "14 respondents, 2 still in progress". */
export function respondentsText(respondents: number, inProgress: number): string {
  const all = `${respondents} ${respondents === 1 ? 'respondent' : 'respondents'}`;
  return inProgress > 0 ? `${all}, ${inProgress} still in progress` : all;
}

/** The level and verdict where a verdict is given ("Developing · below target"), else what stands in for them. */
export function verdictText(s: { readonly verdict: Verdict; readonly level: string | null }): string {
  if (hasVerdict(s.verdict)) return [s.level, VERDICT_WORDS[s.verdict]].filter(Boolean).join(' · ');
  return VERDICT_WORDS[s.verdict];
}

/** "3 of 10 answers". */
export function coverageText(c: { readonly answered: number; readonly total: number }): string {
  return `${c.answered} of ${c.total} ${c.total === 1 ? 'answer' : 'answers'}`;
}

/** Files named in a warning: at most `max`, then "and N more". */
export function filesText(files: readonly string[], max = 5): string {
  const shown = files.slice(0, max).join(', ');
  return files.length > max ? `${shown} and ${files.length - max} more` : shown;
}

/** A reverse-scored question's mark after its score or text: " ↺", or "". */
export function reverseMark(reverse: boolean): string {
  return reverse ? ` ${REVERSE_MARK}` : '';
}

/** "not visible to the people asked (40% don't know)". */
export function notVisibleText(q: { readonly dontKnow: number; readonly coverage: { readonly total: number }; readonly na: number }): string {
  const asked = q.coverage.total + q.na;
  return `not visible to the people asked (${asked > 0 ? Math.round((q.dontKnow / asked) * 100) : 0}% don't know)`;
}

/** What leaders and frontline answered, so a reverse-scored question cannot be read backwards. */
export function leadersFrontlineText(g: { readonly leadersAnswers: RawAnswers; readonly frontlineAnswers: RawAnswers; readonly diff: number }): string {
  const said = (a: RawAnswers): string => typicalText(a) || 'no answers';
  const side = g.diff >= 0 ? 'leaders' : 'frontline';
  return `leaders say ${said(g.leadersAnswers)}; frontline ${said(g.frontlineAnswers)} · ${side} score it ${fixed(Math.abs(g.diff))} points higher`;
}

/** A score and its interval when it has one: "40.1 (31.0–49.2)", "40.1", "not assessed". */
export function estimateText(e: { readonly score: number | null; readonly interval: Interval | null }): string {
  if (!isScore(e.score)) return NOT_ASSESSED;
  return e.interval ? `${fixed(e.score)} (${intervalText(e.interval)})` : fixed(e.score);
}

/** Why there are no priorities, saying only what is true. */
export function noPrioritiesText(m: { readonly sections: readonly { readonly scored: boolean; readonly verdict: Verdict }[] }): string {
  const scored = m.sections.filter((s) => s.scored);
  const judged = scored.filter((s) => hasVerdict(s.verdict)).length;
  const few = scored.filter((s) => s.verdict === 'insufficient-data').length;
  if (judged === 0) return few > 0 ? 'None yet: no section has enough answers for a verdict.' : 'None: nothing was assessed.';
  if (few > 0) return `Every section with enough answers meets its target; ${few === 1 ? '1 section needs' : `${few} sections need`} more answers.`;
  return 'Every assessed section meets its target.';
}

/** Said once above the sections where respondents do not agree. */
export const SPLIT_TEXT = 'Respondents do not agree here: the mean hides a split. Talk these questions through in a calibration conversation before acting on the average.';

/** What the pooled group holds: "pools executive, manager". */
export function pooledText(roles: readonly string[]): string {
  return `pools ${roles.join(', ')}`;
}

/** "3 CSV rows were skipped (--skip-invalid)". */
export function skippedText(skipped: number): string {
  return `${skipped} CSV ${skipped === 1 ? 'row was' : 'rows were'} skipped (--skip-invalid): their answers are not counted.`;
}

/** A customer metric's value with its interval: "+12.0 (−4.3 to +27.1)", "62.5% yes (41.2–79.9)", "no answers". */
export function npsWithInterval(x: { readonly variant: 'classic' | 'binary'; readonly value: number | null; readonly interval: Interval | null }): string {
  if (!isScore(x.value)) return 'no answers';
  if (x.variant === 'binary') return `${fixed(x.value)}% yes${x.interval ? ` (${intervalText(x.interval)})` : ''}`;
  const s = (v: number): string => (v > 0 ? `+${fixed(v)}` : fixed(v).replace('-', '\u2212'));
  return `${s(x.value)}${x.interval ? ` (${s(x.interval.low)} to ${s(x.interval.high)})` : ''}`;
}

/** A rating's mean on its own scale with its interval: "4.2 of 5 (3.9–4.5)". */
export function ratingWithInterval(r: { readonly mean: number | null; readonly max: number; readonly interval: Interval | null; readonly respondents: number }): string {
  if (!isScore(r.mean)) return 'no answers';
  const i = r.interval ? ` (${r.interval.low.toFixed(1)}–${r.interval.high.toFixed(1)})` : ` (${r.respondents === 1 ? '1 respondent' : `${r.respondents} respondents`}: no interval)`;
  return `${r.mean.toFixed(1)} of ${r.max}${i}`;
}

/** How the customers' view compares with the staff's, per mirrored section (deliveryGap.ts). */
export const GAP_VERDICT_WORDS: Readonly<Record<GapVerdict, string>> = {
  'delivery-gap': 'delivery gap: staff rate it higher',
  'customers-rate-higher': 'customers rate it higher',
  'within-noise': 'within the noise',
  'not-comparable': 'not comparable',
};

/** What customers say of a staff priority (the delivery gap). */
export const CUSTOMER_VIEW_WORDS: Readonly<Record<CustomerView, string>> = {
  confirmed: 'customers also rate it below target',
  'not-confirmed': 'customers rate it on target',
};

/** A mirrored section staff rate on target but customers rate below it. */
export const SEEN_BY_CUSTOMERS_ONLY = 'seen by customers only';

/** "30% of staff rate the organisation at or above target; 8% of customers do". */
export function atTargetText(staff: AtTarget, customers: AtTarget): string {
  const share = (a: AtTarget): string => (a.share === null ? 'none' : `${Math.round(a.share)}%`);
  return `${share(staff)} of staff (${staff.count} of ${staff.of}) rate the organisation at or above target; ${share(customers)} of customers (${customers.count} of ${customers.of}) do`;
}
