// Checks an answers file against its questionnaire.
import type { PathFinding } from './finding.js';
import { interpretAnswer } from './interpretAnswer.js';
import { isAnswerEntry, type AnswersFile, type Question, type Questionnaire } from './model.js';

export function answersRules(a: AnswersFile, q: Questionnaire): PathFinding[] {
  const out: PathFinding[] = [];
  if (a.version !== undefined && String(a.version) !== String(q.version)) {
    out.push({
      path: ['version'],
      severity: 'warning',
      rule: 'version-mismatch',
      message: `answers are for version ${String(a.version)} of "${q.id}" but the questionnaire is version ${String(q.version)}`,
    });
  }
  const byId = new Map<string, Question>();
  for (const s of q.sections) for (const question of s.questions) byId.set(question.id, question);
  for (const [id, entry] of Object.entries(a.answers)) {
    const question = byId.get(id);
    if (!question) {
      out.push({ path: ['answers', id], atKey: true, severity: 'error', rule: 'unknown-question', message: `"${q.id}" has no question ${JSON.stringify(id)}` });
      continue;
    }
    const value = isAnswerEntry(entry) ? entry.value : entry;
    const meaning = interpretAnswer(question, value);
    if (!meaning.ok) {
      out.push({ path: isAnswerEntry(entry) ? ['answers', id, 'value'] : ['answers', id], severity: 'error', rule: meaning.rule, message: meaning.message });
    }
  }
  return out;
}

export function unknownQuestionnaire(id: string, known: readonly string[]): PathFinding {
  return {
    path: ['questionnaire'],
    severity: 'error',
    rule: 'unknown-questionnaire',
    message: `no questionnaire with id ${JSON.stringify(id)} was found${known.length ? ` (known: ${known.join(', ')})` : ''}; pass its folder with --questionnaires`,
  };
}
