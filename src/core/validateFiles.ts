// `validate` as a pure-ish core step: classify each file, check questionnaires first, then answers
// against every questionnaire known (bundled, --questionnaires, and those among the files).
import { resolve } from 'node:path';
import { compareFindings, type Finding } from './finding.js';
import { checkAnswers, checkQuestionnaire, classify, loadCatalog, notA, readParsed, type ParsedFile } from './load.js';
import type { Questionnaire } from './model.js';
import { locateFindings } from './parseYaml.js';

export interface ValidateInput {
  readonly files: readonly string[];
  readonly bundled: readonly string[];
  readonly questionnaireDirsFiles: readonly string[];
  readonly cwd: string;
}

export interface ValidateResult {
  readonly findings: readonly Finding[];
  readonly checked: number;
}

export function validateFiles(input: ValidateInput): ValidateResult {
  const base = loadCatalog(input.bundled, input.questionnaireDirsFiles, input.cwd);
  const catalog = new Map(base.catalog);
  const findings: Finding[] = [...base.findings.filter((f) => !input.bundled.some((b) => resolve(input.cwd, f.file) === b))];
  const ownerOf = new Map<string, string>();
  for (const q of base.catalog.values()) if (!input.bundled.includes(resolve(input.cwd, q.file))) ownerOf.set(q.id, q.file);

  const answerFiles: ParsedFile[] = [];
  const given = input.files.filter((f) => !input.questionnaireDirsFiles.includes(f));
  for (const path of given) {
    const read = readParsed(path, input.cwd);
    if (!read.ok) {
      findings.push(...read.findings);
      continue;
    }
    const kind = classify(read.parsed.data);
    if (kind === 'answers') {
      answerFiles.push(read.parsed);
      continue;
    }
    if (kind === undefined) {
      findings.push(notA('questionnaire or answers', read.parsed));
      continue;
    }
    const r = checkQuestionnaire(read.parsed);
    findings.push(...r.findings);
    if (r.questionnaire) addQuestionnaire(r.questionnaire, read.parsed, catalog, ownerOf, findings);
  }
  for (const p of answerFiles) findings.push(...checkAnswers(p, catalog).findings);
  return { findings: findings.sort(compareFindings), checked: given.length };
}

function addQuestionnaire(q: Questionnaire, p: ParsedFile, catalog: Map<string, Questionnaire>, ownerOf: Map<string, string>, findings: Finding[]): void {
  const owner = ownerOf.get(q.id);
  if (owner !== undefined && owner !== p.file) {
    findings.push(
      ...locateFindings(p.text, p.file, [
        { path: ['id'], severity: 'error', rule: 'unique-questionnaire-id', message: `questionnaire id "${q.id}" is also used by ${owner}` },
      ]),
    );
    return;
  }
  ownerOf.set(q.id, p.file);
  catalog.set(q.id, q);
}
