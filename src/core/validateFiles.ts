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

/** What one file turned out to be, checked as far as it can be on its own. */
export type FileCheck =
  | { readonly kind: 'failed'; readonly findings: readonly Finding[] }
  | { readonly kind: 'questionnaire'; readonly parsed: ParsedFile; readonly findings: readonly Finding[]; readonly questionnaire?: Questionnaire }
  | { readonly kind: 'answers'; readonly parsed: ParsedFile };

/** Phase one, independent per file (and so run on worker threads for large inputs). */
export function checkFile(path: string, cwd: string): FileCheck {
  const read = readParsed(path, cwd);
  if (!read.ok) return { kind: 'failed', findings: read.findings };
  const kind = classify(read.parsed.data);
  if (kind === 'answers') return { kind: 'answers', parsed: read.parsed };
  if (kind === undefined) return { kind: 'failed', findings: [notA('questionnaire or answers', read.parsed)] };
  const r = checkQuestionnaire(read.parsed);
  return { kind: 'questionnaire', parsed: read.parsed, findings: r.findings, ...(r.questionnaire && { questionnaire: r.questionnaire }) };
}

/** The files to check in phase one: the paths given, less the --questionnaires files. */
export function filesToCheck(input: Pick<ValidateInput, 'files' | 'questionnaireDirsFiles'>): string[] {
  return input.files.filter((f) => !input.questionnaireDirsFiles.includes(f));
}

export function validateFiles(input: ValidateInput, checks?: readonly FileCheck[]): ValidateResult {
  const base = loadCatalog(input.bundled, input.questionnaireDirsFiles, input.cwd);
  const catalog = new Map(base.catalog);
  const findings: Finding[] = [...base.findings.filter((f) => !input.bundled.some((b) => resolve(input.cwd, f.file) === b))];
  const ownerOf = new Map<string, string>();
  for (const q of base.catalog.values()) if (!input.bundled.includes(resolve(input.cwd, q.file))) ownerOf.set(q.id, q.file);

  const given = filesToCheck(input);
  const answerFiles: ParsedFile[] = [];
  // Phase two: questionnaires join the catalog in file order, then answers are checked against it.
  for (const c of checks ?? given.map((path) => checkFile(path, input.cwd))) {
    if (c.kind === 'failed') findings.push(...c.findings);
    else if (c.kind === 'answers') answerFiles.push(c.parsed);
    else {
      findings.push(...c.findings);
      if (c.questionnaire) addQuestionnaire(c.questionnaire, c.parsed, catalog, ownerOf, findings);
    }
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
