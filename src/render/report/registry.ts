// The report renderers, one per `--format` choice of `icare report`.
import type { RenderContext } from '../context.js';
import { csv } from './csv.js';
import { html } from './html/index.js';
import { json } from './json.js';
import { markdown } from './markdown/index.js';
import type { ReportFormat } from './formats.js';
import type { ReportResult } from './result.js';
import { terminal } from './terminal/index.js';

export type ReportRenderer = (results: readonly ReportResult[], ctx: RenderContext) => string;

export const reportRenderers: Record<ReportFormat, ReportRenderer> = { terminal, markdown, json, html, csv };
