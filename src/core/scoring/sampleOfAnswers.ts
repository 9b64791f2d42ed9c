// Answers already in memory (built by a test, or the file `assess` is writing) as a sample;
// answers that do not fit their question are left out, as a file's would be.
import type { Remark } from '../checks/answersRules.js';
import type { AnswersRecord } from '../checks/checkFile.js';
import { compileLayout, newRow, type Layout } from '../model/layout.js';
import type { Answers, Questionnaire } from '../model/model.js';
import { addRecord, newSample, type Sample } from './sample.js';

function recordOfAnswers(layout: Layout, a: Answers): AnswersRecord {
  const row = newRow(layout);
  const notes: Remark[] = [];
  const comments: Remark[] = [];
  for (const [id, answer] of a.answers) {
    const slot = layout.byId.get(id);
    if (!slot) continue;
    if (answer.note !== undefined) notes.push({ question: slot.index, text: answer.note });
    const r = layout.codeOf(slot, answer.value);
    if (!r.ok) continue;
    row[slot.index] = r.code;
    if (r.meaning.kind === 'text') comments.push({ question: slot.index, text: r.meaning.text });
  }
  const { answers: _, file, ...head } = a;
  return { file, layout, head, row, notes, comments };
}

export function sampleOfAnswers(q: Questionnaire, respondents: readonly Answers[]): Sample {
  const layout = compileLayout(q);
  const sample = newSample(layout);
  respondents.forEach((a, index) => addRecord(sample, recordOfAnswers(layout, a), { index, line: 0 }));
  return sample;
}
