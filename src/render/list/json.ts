import type { RenderContext } from '../context.js';
import { jsonText } from '../json/jsonText.js';
import type { ListResult } from './result.js';

/** An array of summaries; text is left as it is (JSON escaping makes it safe). */
export function json(list: ListResult, _ctx: RenderContext): string {
  return jsonText(list.items);
}
