import type { FindingsResult } from './result.js';

/** An array of findings: file, line, column (1-based), severity, rule, message. */
export function json(result: FindingsResult): string {
  return JSON.stringify(result.findings, null, 2) + '\n';
}
