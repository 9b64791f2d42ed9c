// Checks an answers file against its questionnaire.
import type { PathFinding } from './finding.js';
import { interpretAnswer, type Interpretation } from './interpretAnswer.js';
import { isAnswerEntry, type AnswersFile, type Question, type Questionnaire } from './model.js';

/** Findings for an answers file; `meanings`, when given, receives each valid answer's meaning. */
export function answersRules(a: AnswersFile, q: Questionnaire, meanings?: Map<string, Interpretation>): PathFinding[] {
  const out: PathFinding[] = [];
  if (a.version !== undefined && String(a.version) !== String(q.version)) {
    out.push({
      path: ['version'],
      severity: 'warning',
      rule: 'version-mismatch',
      message: `answers are for version ${String(a.version)} of "${q.id}" but the questionnaire is version ${String(q.version)}`,
    });
  }
  const byId = questionIndex(q);
  for (const [id, entry] of Object.entries(a.answers)) {
    const question = byId.get(id);
    if (!question) {
      out.push({ path: ['answers', id], atKey: true, severity: 'error', rule: 'unknown-question', message: `"${q.id}" has no question ${JSON.stringify(id)}` });
      continue;
    }
    const value = isAnswerEntry(entry) ? entry.value : entry;
    const meaning = interpretAnswer(question, value);
    if (meaning.ok) meanings?.set(id, meaning);
    else {
      out.push({ path: isAnswerEntry(entry) ? ['answers', id, 'value'] : ['answers', id], severity: 'error', rule: meaning.rule, message: meaning.message });
    }
  }
  return out;
}

const indexes = new WeakMap<Questionnaire, ReadonlyMap<string, Question>>();

/** Questions by id, built once per questionnaire (bulk loads check thousands of files against one). */
export function questionIndex(q: Questionnaire): ReadonlyMap<string, Question> {
  let index = indexes.get(q);
  if (!index) {
    index = new Map(q.sections.flatMap((s) => s.questions.map((x) => [x.id, x] as const)));
    indexes.set(q, index);
  }
  return index;
}

export function unknownQuestionnaire(id: string, known: readonly string[]): PathFinding {
  return {
    path: ['questionnaire'],
    severity: 'error',
    rule: 'unknown-questionnaire',
    message: `no questionnaire with id ${JSON.stringify(id)} was found${known.length ? ` (known: ${known.join(', ')})` : ''}; pass its folder with --questionnaires`,
  };
}
