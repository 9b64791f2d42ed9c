// `validate` as a core step: classify each file, check questionnaires first, then answers against
// every questionnaire known (bundled, --questionnaires, and those among the files).
//
// Files are checked one at a time and their parsed data dropped at once: holding 500 parsed
// questionnaires until the end made the garbage collector copy them around and cost a quarter
// of the run. Answers files are checked as they are met too (see answerChecks.ts), and a
// questionnaire among the files is loaded again only if one of them refers to it.
import { compareFindings, type Finding } from './finding.js';
import { answerChecks } from './answerChecks.js';
import { checkQuestionnaire } from './checkFile.js';
import { idTaken, loadCatalog, shadowsBundled } from './loadCatalog.js';
import { mirrorClaim, mirrorRules, type FileClaim } from './mirrorRules.js';
import { classify, notA, parseFile, type ParsedFile, type ReadFile } from './parsedFile.js';
import type { Catalog, Questionnaire } from '../model/model.js';
import { detached } from '../yaml/detached.js';
import { locateFindings } from '../yaml/parseYaml.js';

export interface ValidateInput {
  readonly files: readonly string[];
  readonly bundled: readonly string[];
  readonly questionnaireDirsFiles: readonly string[];
  /** The shell's reader. */
  readonly read: ReadFile;
  /** The bundled questionnaires, loaded the shell's quickest way; by default read from `bundled`. */
  readonly bundledCatalog?: () => Catalog;
}

export interface ValidateResult {
  readonly findings: readonly Finding[];
  readonly checked: number;
}

export function validateFiles(input: ValidateInput): ValidateResult {
  // --questionnaires files are checked up front (their ids are taken); the bundled ones are only
  // loaded if a questionnaire's id might be theirs, or an answers file needs them.
  let bundled: Catalog | undefined;
  const bundledCatalog = (): Catalog => (bundled ??= input.bundledCatalog?.() ?? loadCatalog(input.bundled, [], input.read).catalog);
  const bundledFileOf = (id: string): string | undefined => bundledCatalog().get(id)?.file;
  const extra = loadCatalog([], input.questionnaireDirsFiles, input.read, undefined, bundledFileOf);
  const findings: Finding[] = [...extra.findings];
  const ownerOf = new Map<string, string>();
  for (const q of extra.catalog.values()) ownerOf.set(q.id, q.file);

  const given = input.files.filter((f) => !input.questionnaireDirsFiles.includes(f));
  // Answers against bundled, then --questionnaires, then the files' own questionnaires.
  let catalog: Catalog | undefined;
  const answers = answerChecks(() => (catalog ??= new Map([...bundledCatalog(), ...extra.catalog])), input.read);
  // Mirror claims wait for every questionnaire to be known; of the others, only ids are kept
  // (copied: see detached.ts).
  const claims: FileClaim[] = [];
  const sectionIds = new Map<string, readonly string[]>();
  // In file order: questionnaires are checked and take their ids; answers files are checked as met.
  for (const path of given) {
    const outcome = parseFile(input.read(path));
    if (!outcome.ok) {
      findings.push(...outcome.findings);
      continue;
    }
    const p = outcome.parsed;
    const kind = classify(p.data);
    if (kind === 'answers') answers.answers(p, path);
    else if (kind === undefined) findings.push(notA('questionnaire or answers', p));
    else {
      const r = checkQuestionnaire(p, { normalise: false });
      findings.push(...r.findings);
      const claim = mirrorClaim(p.data);
      if (claim) claims.push({ file: p.file, text: p.text, claim });
      const written = (p.data as { id?: unknown }).id;
      if (typeof written !== 'string' || written === '') continue;
      const id = detached(written);
      // A bundled questionnaire's id is flagged even when the file has errors; only a valid
      // questionnaire takes its id from the others (a broken copy is not "the other one").
      const bundledFile = bundledFileOf(id);
      if (bundledFile !== undefined && bundledFile !== p.file) findings.push(...locateFindings(p.text, p.file, [shadowsBundled(id)]));
      if (r.valid && takesId(id, p, ownerOf, findings)) answers.questionnaireFile(id, path);
      if (r.valid && !sectionIds.has(id)) sectionIds.set(id, (p.data as { sections: { id: string }[] }).sections.map((x) => detached(x.id)));
    }
  }
  claims.push(...extra.mirrorClaims);
  function sectionsOf(id: string): readonly string[] | undefined {
    const q = sectionIds.get(id) ?? extra.catalog.get(id) ?? bundledCatalog().get(id);
    return q === undefined ? undefined : Array.isArray(q) ? q : (q as Questionnaire).sections.map((x) => x.id);
  }
  for (const { file, text, claim } of claims) findings.push(...locateFindings(text, file, mirrorRules(claim, sectionsOf)));
  findings.push(...answers.finish());
  return { findings: findings.sort(compareFindings), checked: given.length };
}

/** Whether a valid questionnaire takes its id, which another file may already have (a finding). */
function takesId(id: string, p: ParsedFile, ownerOf: Map<string, string>, findings: Finding[]): boolean {
  const owner = ownerOf.get(id);
  if (owner !== undefined && owner !== p.file) {
    findings.push(...locateFindings(p.text, p.file, [idTaken(id, owner)]));
    return false;
  }
  ownerOf.set(id, p.file);
  return true;
}
