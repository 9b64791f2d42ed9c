// `icare compare --format json`: the changes, each with its noise, and each side as a report.
import { jsonText } from '../json/jsonText.js';
import { scoreJson } from '../report/json.js';
import type { CompareReport } from './result.js';

export function json(r: CompareReport): string {
  return jsonText({
    questionnaire: r.questionnaire,
    overall: r.overall,
    sections: r.sections,
    questions: r.questions,
    before: { ...scoreJson(r.before, r.roleCounts.before), warnings: r.warnings.before },
    after: { ...scoreJson(r.after, r.roleCounts.after), warnings: r.warnings.after },
  });
}
