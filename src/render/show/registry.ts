// The show renderers, one per `--format` choice of `icare show`.
import type { RenderContext } from '../context.js';
import { answers } from './answers.js';
import type { ShowFormat } from './formats.js';
import { json } from './json.js';
import { markdown } from './markdown.js';
import type { ShowResult } from './result.js';
import { terminal } from './terminal.js';

export type ShowRenderer = (r: ShowResult, ctx: RenderContext) => string;

export const showRenderers: Record<ShowFormat, ShowRenderer> = { terminal, markdown, json, answers };
