// One answers file's bytes → its record (checked and encoded), or the findings that keep it out.
import { checkAnswers, type AnswersRecord } from '../checks/checkFile.js';
import type { Finding } from '../checks/finding.js';
import { classify, notA, parseFile, type FileBytes } from '../checks/parsedFile.js';
import type { Layouts } from '../model/layout.js';

export function readRecord(bytes: FileBytes, layouts: Layouts): { readonly findings: readonly Finding[]; readonly record?: AnswersRecord } {
  const outcome = parseFile(bytes);
  if (!outcome.ok) return outcome;
  if (classify(outcome.parsed.data) !== 'answers') return { findings: [notA('answers', outcome.parsed)] };
  return checkAnswers(outcome.parsed, layouts);
}
