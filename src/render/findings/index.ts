// The validate formats: one pure function per `--format` choice.
import type { Finding } from '../../core/checks/finding.js';
import type { RenderContext } from '../context.js';
import { github } from './github.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { text } from './text.js';

export interface FindingsResult {
  readonly findings: readonly Finding[];
  readonly checked: number;
}

export const FINDINGS_FORMATS = ['text', 'json', 'github', 'sarif'] as const;
export type FindingsFormat = (typeof FINDINGS_FORMATS)[number];

export const findingsRenderers: Record<FindingsFormat, (result: FindingsResult, ctx: RenderContext) => string> = { text, json, github, sarif };
