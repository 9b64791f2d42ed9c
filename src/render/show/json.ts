import type { RenderContext } from '../context.js';
import { jsonText } from '../json/jsonText.js';
import type { ShowResult } from './result.js';

/** The normalised questionnaire (defaults applied), as scripts and other tools should read it. */
export function json({ questionnaire: q }: ShowResult, _ctx: RenderContext): string {
  return jsonText(q);
}
