import type { RoleBreakdown } from '../../core/scoring/groups.js';
import type { RoleCounts } from '../../core/scoring/roleCounts.js';
import type { ScoreResult } from '../../core/scoring/score.js';
import type { ScoreTrend } from '../../core/scoring/scoreTrend.js';

/** Everything one questionnaire's report shows; `icare report` renders one per questionnaire. */
export interface ReportResult {
  readonly main: ScoreResult;
  /** The main result's respondents by role. */
  readonly roleCounts: RoleCounts;
  /** With `--by role`. */
  readonly byRole?: RoleBreakdown;
  /** With `--history DIR`: earlier rounds, oldest first, then the current one. */
  readonly trend?: ScoreTrend;
  /** Terminal format: list every action instead of the top 10. */
  readonly showAll: boolean;
}
