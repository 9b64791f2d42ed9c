import type { RoleBreakdown } from '../../core/scoring/groups.js';
import type { DeliveryGap } from '../../core/scoring/deliveryGap.js';
import type { ResponseWarning } from '../../core/scoring/hygiene.js';
import type { RoleCounts } from '../../core/scoring/roleCounts.js';
import type { ScoreResult } from '../../core/scoring/scoreResult.js';
import type { ScoreTrend } from '../../core/scoring/scoreTrend.js';

/** What may be said of the respondents: names only with --names; groups under minGroup hidden. */
export interface Privacy {
  readonly names: boolean;
  /** --min-group; 1 shows every group. */
  readonly minGroup: number;
}

/** Everything one questionnaire's report shows; `icare report` renders one per questionnaire. */
export interface ReportResult {
  readonly main: ScoreResult;
  /** The main result's respondents by role. */
  readonly roleCounts: RoleCounts;
  /** Duplicates left out, mixed rounds, files in progress, straight-lining. */
  readonly warnings: readonly ResponseWarning[];
  readonly privacy: Privacy;
  /** CSV rows left out with --skip-invalid. */
  readonly skipped: number;
  /** With `--by role`. */
  readonly byRole?: RoleBreakdown;
  /** With `--history DIR`: earlier rounds, oldest first, then the current one. */
  readonly trend?: ScoreTrend;
  /** With `--customers`: the customers' view beside the self-assessment. */
  readonly deliveryGap?: DeliveryGap;
  /** Terminal format: list every action instead of the top 10. */
  readonly showAll: boolean;
}
