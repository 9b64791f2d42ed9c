import type { RenderContext } from '../context.js';
import type { QuestionnaireSummary } from '../../core/model/questionnaireSummary.js';
import { jsonText } from '../json/jsonText.js';

/** An array of summaries; text is left as it is (JSON escaping makes it safe). */
export function json(items: readonly QuestionnaireSummary[], _ctx: RenderContext): string {
  return jsonText(items);
}
