import type { RenderContext } from '../context.js';
import type { QuestionnaireSummary } from '../../core/model/questionnaireSummary.js';

/** An array of summaries; text is left as it is (JSON escaping makes it safe). */
export function json(items: readonly QuestionnaireSummary[], _ctx: RenderContext): string {
  return JSON.stringify(items, null, 2) + '\n';
}
