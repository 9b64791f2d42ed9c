import type { HistoryPoint } from '../../core/scoring/history.js';
import type { RoleBreakdown } from '../../core/scoring/groups.js';
import type { ScoreResult } from '../../core/scoring/score.js';

/** Everything one questionnaire's report shows; `icare report` renders one per questionnaire. */
export interface ReportResult {
  readonly main: ScoreResult;
  /** With `--by role`. */
  readonly byRole?: RoleBreakdown;
  /** With `--history DIR`: earlier rounds, oldest first, then the current one. */
  readonly history?: readonly HistoryPoint[];
  /** Terminal format: list every action instead of the top 10. */
  readonly showAll: boolean;
}
