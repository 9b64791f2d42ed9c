// The list renderers, one per `--format` choice.
import type { QuestionnaireSummary } from '../../core/model/questionnaireSummary.js';
import type { RenderContext } from '../context.js';
import type { ListFormat } from './formats.js';
import { json } from './json.js';
import { table } from './table.js';

export type ListRenderer = (items: readonly QuestionnaireSummary[], ctx: RenderContext) => string;

export const listRenderers: Record<ListFormat, ListRenderer> = { table, json };
