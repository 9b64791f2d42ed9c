// The compare renderers, one per `--format` choice of `icare compare`.
import type { RenderContext } from '../context.js';
import { csv } from './csv.js';
import { html } from './html.js';
import { json } from './json.js';
import { markdown } from './markdown.js';
import type { CompareFormat } from './formats.js';
import type { CompareReport } from './result.js';
import { terminal } from './terminal.js';

export const compareRenderers: Record<CompareFormat, (result: CompareReport, ctx: RenderContext) => string> = { terminal, markdown, json, html, csv };
