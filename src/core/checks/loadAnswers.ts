// Answers files checked against a catalog, as the values and notes they hold (for resuming an
// assessment and for tests); the reader is the shell's. Reports fold records instead (scoring/).
import { layoutsOf } from '../model/layout.js';
import { normaliseAnswers, type Answers, type Catalog } from '../model/model.js';
import { checkAnswers } from './checkFile.js';
import type { Finding } from './finding.js';
import { classify, notA, parseFile, type ReadFile } from './parsedFile.js';

/** Files that fail keep their findings and are left out. */
export function loadAnswers(paths: readonly string[], catalog: Catalog, read: ReadFile): { answers: Answers[]; findings: Finding[] } {
  const layouts = layoutsOf(catalog);
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
    const r = checkAnswers(outcome.parsed, layouts);
    findings.push(...r.findings);
    if (r.raw) answers.push(normaliseAnswers(r.raw, outcome.parsed.file));
  }
  return { answers, findings };
}
