import type { RenderContext } from '../context.js';
import { jsonText } from '../json/jsonText.js';
import type { ImportResult } from './result.js';

/** The summary with every problem and note, as one document. */
export function json(result: ImportResult, _ctx: RenderContext): string {
  return jsonText(result.summary);
}
