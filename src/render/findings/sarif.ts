import type { RenderContext } from '../context.js';
import type { FindingsResult } from './result.js';
import { jsonText } from '../json/jsonText.js';

/** SARIF 2.1.0, one run, one rule per rule id seen, results with 1-based regions. */
export function sarif(result: FindingsResult, ctx: RenderContext): string {
  const ruleIds = [...new Set(result.findings.map((f) => f.rule))].sort();
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'icare',
            version: ctx.version,
            rules: ruleIds.map((id) => ({ id, name: id, shortDescription: { text: id.replace(/-/g, ' ') } })),
          },
        },
        results: result.findings.map((f) => ({
          ruleId: f.rule,
          ruleIndex: ruleIds.indexOf(f.rule),
          level: f.severity === 'error' ? 'error' : 'warning',
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: f.file.split(/[\\/]/).map(encodeURIComponent).join('/') },
                region: { startLine: f.line, startColumn: f.column },
              },
            },
          ],
        })),
      },
    ],
  };
  return jsonText(log);
}
