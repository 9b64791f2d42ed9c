import type { CompareReport } from './result.js';
import { scoreJson } from '../report/json.js';

export function json(r: CompareReport): string {
  return (
    JSON.stringify(
      {
        questionnaire: r.questionnaire,
        overall: r.overall,
        sections: r.sections,
        questions: r.questions,
        before: scoreJson(r.before, r.roleCounts.before),
        after: scoreJson(r.after, r.roleCounts.after),
      },
      null,
      2,
    ) + '\n'
  );
}
