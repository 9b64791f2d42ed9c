// The list renderers, one per `--format` choice.
import type { RenderContext } from '../context.js';
import type { ListFormat } from './formats.js';
import type { ListResult } from './result.js';
import { json } from './json.js';
import { table } from './table.js';

export type ListRenderer = (list: ListResult, ctx: RenderContext) => string;

export const listRenderers: Record<ListFormat, ListRenderer> = { table, json };
