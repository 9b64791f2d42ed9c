// `validate` as a core step: classify each file, check questionnaires first, then answers against
// every questionnaire known (bundled, --questionnaires, and those among the files).
//
// Files are checked one at a time and their parsed data dropped at once: holding 500 parsed
// questionnaires until the end made the garbage collector copy them around and cost a quarter
// of the run. Only answers files (small, and needing the whole catalog) wait for phase two, and a
// questionnaire among the files is loaded again only if one of them refers to it.
import { compareFindings, type Finding } from './finding.js';
import { checkAnswers, checkQuestionnaire } from './checkFile.js';
import { idTaken, loadCatalog, shadowsBundled } from './loadCatalog.js';
import { mirrorClaim, mirrorRules, type FileClaim } from './mirrorRules.js';
import { classify, notA, parseFile, type ParsedFile, type ReadFile } from './parsedFile.js';
import { layoutsOf } from '../model/layout.js';
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

/** A valid questionnaire among the files: where to load it from if an answers file needs it. */
interface Found {
  readonly id: string;
  readonly path: string;
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
  const answerFiles: ParsedFile[] = [];
  const found: Found[] = [];
  // Mirror claims wait for every questionnaire to be known; of the others, only ids are kept
  // (copied: see detached.ts).
  const claims: FileClaim[] = [];
  const sectionIds = new Map<string, readonly string[]>();
  // Phase one: questionnaires are checked and join the catalog (by id) in file order.
  for (const path of given) {
    const outcome = parseFile(input.read(path));
    if (!outcome.ok) {
      findings.push(...outcome.findings);
      continue;
    }
    const p = outcome.parsed;
    const kind = classify(p.data);
    if (kind === 'answers') answerFiles.push(p);
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
      if (r.valid) addQuestionnaire({ id, path }, p, ownerOf, found, findings);
      if (r.valid && !sectionIds.has(id)) sectionIds.set(id, (p.data as { sections: { id: string }[] }).sections.map((x) => detached(x.id)));
    }
  }
  claims.push(...extra.mirrorClaims);
  function sectionsOf(id: string): readonly string[] | undefined {
    const q = sectionIds.get(id) ?? extra.catalog.get(id) ?? bundledCatalog().get(id);
    return q === undefined ? undefined : Array.isArray(q) ? q : (q as Questionnaire).sections.map((x) => x.id);
  }
  for (const { file, text, claim } of claims) findings.push(...locateFindings(text, file, mirrorRules(claim, sectionsOf)));
  // Phase two: answers against the catalog (bundled, then --questionnaires, then the files'
  // own questionnaires), loading only the questionnaires they name.
  if (answerFiles.length > 0) {
    const catalog = new Map([...bundledCatalog(), ...extra.catalog]);
    const named = new Set(answerFiles.map((p) => (p.data as { questionnaire?: unknown }).questionnaire));
    const known = [...new Set([...catalog.keys(), ...found.map((f) => f.id)])];
    for (const f of found) {
      if (!named.has(f.id)) continue;
      const q = reload(f.path, input.read);
      if (q) catalog.set(f.id, q);
    }
    const layouts = layoutsOf(catalog);
    for (const p of answerFiles) findings.push(...checkAnswers(p, layouts, known).findings);
  }
  return { findings: findings.sort(compareFindings), checked: given.length };
}

function addQuestionnaire(q: Found, p: ParsedFile, ownerOf: Map<string, string>, found: Found[], findings: Finding[]): void {
  const owner = ownerOf.get(q.id);
  if (owner !== undefined && owner !== p.file) {
    findings.push(...locateFindings(p.text, p.file, [idTaken(q.id, owner)]));
    return;
  }
  ownerOf.set(q.id, p.file);
  found.push(q);
}

/** A questionnaire that was valid in phase one, read again (undefined if it changed meanwhile). */
function reload(path: string, read: ReadFile): Questionnaire | undefined {
  const outcome = parseFile(read(path));
  return outcome.ok ? checkQuestionnaire(outcome.parsed).questionnaire : undefined;
}
