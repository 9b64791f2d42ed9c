import type { Questionnaire } from '../../core/model/model.js';

/** What `icare show` renders: the questionnaire, and the --questionnaires folders the commands it prints need. */
export interface ShowResult {
  readonly questionnaire: Questionnaire;
  readonly questionnaires: readonly string[];
}
