import type { Questionnaire } from '../../core/model/model.js';
import type { RenderContext } from '../context.js';
import { jsonText } from '../json/jsonText.js';

/** The normalised questionnaire (defaults applied), as scripts and other tools should read it. */
export function json(q: Questionnaire, _ctx: RenderContext): string {
  return jsonText(q);
}
