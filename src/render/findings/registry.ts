// The validate renderers, one per `--format` choice.
import type { RenderContext } from '../context.js';
import type { FindingsFormat } from './formats.js';
import { github } from './github.js';
import { json } from './json.js';
import type { FindingsResult } from './result.js';
import { sarif } from './sarif.js';
import { text } from './text.js';

export const findingsRenderers: Record<FindingsFormat, (result: FindingsResult, ctx: RenderContext) => string> = { text, json, github, sarif };
