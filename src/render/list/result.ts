import type { QuestionnaireSummary } from '../../core/model/questionnaireSummary.js';

/** What `icare list` renders: the questionnaires, and the --questionnaires folders they came from. */
export interface ListResult {
  readonly items: readonly QuestionnaireSummary[];
  /** The folders as given, for the commands the list prints. */
  readonly questionnaires: readonly string[];
}
