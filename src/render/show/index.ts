// `icare show`: one questionnaire in one of three formats.
import type { Questionnaire } from '../../core/model/model.js';
import type { RenderContext } from '../context.js';
import { json } from './json.js';
import { markdown } from './markdown.js';
import { terminal } from './terminal.js';

export const SHOW_FORMATS = ['terminal', 'markdown', 'json'] as const;
export type ShowFormat = (typeof SHOW_FORMATS)[number];
export type ShowRenderer = (q: Questionnaire, ctx: RenderContext) => string;

export const showRenderers: Record<ShowFormat, ShowRenderer> = { terminal, markdown, json };
