import { groupByRole } from '../../core/scoring/groups.js';
import type { ScoreResult } from '../../core/scoring/score.js';

/** "Dana (frontline)" for one respondent, "10 respondents (2 executive, 5 frontline)" for many. */
export function respondentSummary(r: ScoreResult): string {
  if (r.respondents.length === 1) {
    const one = r.respondents[0]!;
    const who = one.name ?? 'one respondent';
    return one.role ? `${who} (${one.role})` : who;
  }
  const roles = [...groupByRole(r.respondents, (x) => x.role)].map(([role, list]) => `${list.length} ${role}`);
  return `${r.respondents.length} respondents${roles.length ? ` (${roles.join(', ')})` : ''}`;
}
