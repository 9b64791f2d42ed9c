import type { FindingsResult } from './result.js';
import { jsonText } from '../json/jsonText.js';

/** An array of findings: file, line, column (1-based), severity, rule, message. */
export function json(result: FindingsResult): string {
  return jsonText(result.findings);
}
