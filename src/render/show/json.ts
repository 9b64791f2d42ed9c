import type { Questionnaire } from '../../core/model/model.js';
import type { RenderContext } from '../context.js';

/** The normalised questionnaire (defaults applied), as scripts and other tools should read it. */
export function json(q: Questionnaire, _ctx: RenderContext): string {
  return JSON.stringify(q, null, 2) + '\n';
}
