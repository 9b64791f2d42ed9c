// Number and label formatting shared by the text formats, so every format says the same thing.
import { compareRoles } from '../../core/model/roles.js';
import type { ScoreResult } from '../../core/scoring/score.js';

export const NOT_ASSESSED = 'not assessed';

/** 62.25 → "62.3%"; null → "not assessed". */
export function percent(v: number | null): string {
  return v === null ? NOT_ASSESSED : `${v.toFixed(1)}%`;
}

/** One decimal, no unit; null → "–". */
export function num(v: number | null): string {
  return v === null ? '–' : v.toFixed(1);
}

/** Signed change in points: "+4.2", "−3.0", "0.0". */
export function signed(v: number | null): string {
  if (v === null) return '–';
  const r = Math.round(v * 10) / 10;
  return r > 0 ? `+${r.toFixed(1)}` : r < 0 ? `−${Math.abs(r).toFixed(1)}` : '0.0';
}

/** A text bar of `width` cells for a 0–100 score. */
export function bar(v: number | null, width: number): string {
  if (v === null) return '·'.repeat(width);
  const full = Math.round((Math.max(0, Math.min(100, v)) / 100) * width);
  return '█'.repeat(full) + '░'.repeat(width - full);
}

export function range(s: { min: number; max: number } | null): string {
  return s ? `${Math.round(s.min)}–${Math.round(s.max)}` : '–';
}

/** "Dana (frontline)" for one respondent, "10 respondents (2 executive, 5 frontline)" for many. */
export function respondentSummary(r: ScoreResult): string {
  if (r.respondents === 1) {
    const one = r.single ?? {};
    const who = one.name ?? 'one respondent';
    return one.role ? `${who} (${one.role})` : who;
  }
  const roles = [...r.roles].sort((a, b) => compareRoles(a.role, b.role)).map((g) => `${g.respondents} ${g.role}`);
  return `${r.respondents} respondents${roles.length ? ` (${roles.join(', ')})` : ''}`;
}

export function dateSummary(r: ScoreResult): string {
  if (r.dates.length === 0) return 'undated';
  return r.dates.length === 1 ? r.dates[0]! : `${r.dates[0]} to ${r.dates[r.dates.length - 1]}`;
}
