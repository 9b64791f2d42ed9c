// Answers files checked against a catalog; the reader is the shell's.
import type { Answers } from '../model/model.js';
import { checkAnswers, type Catalog } from './checkFile.js';
import type { Finding } from './finding.js';
import { classify, notA, parseFile, type ReadFile } from './parsedFile.js';

/** Loads answers files against a catalog; files that fail keep their findings and are left out. */
export function loadAnswers(paths: readonly string[], catalog: Catalog, read: ReadFile): { answers: Answers[]; findings: Finding[] } {
  const answers: Answers[] = [];
  const findings: Finding[] = [];
  for (const path of paths) {
    const outcome = parseFile(read(path));
    if (!outcome.ok) {
      findings.push(...outcome.findings);
      continue;
    }
    if (classify(outcome.parsed.data) !== 'answers') {
      findings.push(notA('answers', outcome.parsed));
      continue;
    }
    const r = checkAnswers(outcome.parsed, catalog);
    findings.push(...r.findings);
    if (r.answers) answers.push(r.answers);
  }
  return { answers, findings };
}
