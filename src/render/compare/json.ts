import type { CompareResult } from '../../core/scoring/compare.js';
import { scoreJson } from '../report/json.js';

export function json(r: CompareResult): string {
  return (
    JSON.stringify(
      {
        questionnaire: r.questionnaire,
        overall: r.overall,
        sections: r.sections,
        questions: r.questions,
        before: scoreJson(r.before),
        after: scoreJson(r.after),
      },
      null,
      2,
    ) + '\n'
  );
}
