// The catalog of questionnaires a command can use: the bundled ones first, then those from
// --questionnaires folders, which may replace a bundled one (with a warning, shadows-bundled) but
// not repeat one another's ids.
import type { Catalog, Questionnaire } from '../model/model.js';
import { locateFindings } from '../yaml/parseYaml.js';
import { checkQuestionnaire } from './checkFile.js';
import { compareFindings, type Finding, type PathFinding } from './finding.js';
import { mirrorClaim, type FileClaim } from './mirrorRules.js';
import { classify, parseFile, type ReadFile } from './parsedFile.js';

export interface CatalogLoad {
  readonly catalog: Catalog;
  readonly findings: readonly Finding[];
  /** Files that were questionnaires, valid or not. */
  readonly files: readonly string[];
  /** The ids whose bundled questionnaire a --questionnaires file replaces. */
  readonly shadowed: ReadonlySet<string>;
  /** The files that claim to mirror another questionnaire, for `validate` to check across files. */
  readonly mirrorClaims: readonly FileClaim[];
}

/** A questionnaire id that another loaded file (`owner`) already has. */
export function idTaken(id: string, owner: string): PathFinding {
  return { path: ['id'], severity: 'error', rule: 'unique-questionnaire-id', message: `questionnaire id "${id}" is also used by ${owner}` };
}

/** The warning on a questionnaire whose id is a bundled questionnaire's. */
export function shadowsBundled(id: string): PathFinding {
  return {
    path: ['id'],
    severity: 'warning',
    rule: 'shadows-bundled',
    message: `questionnaire id "${id}" is also a bundled questionnaire's: wherever this file is loaded, it is used and the bundled one is not (give it another id to keep both)`,
  };
}

/**
 * `preloaded`: bundled files already known to be valid (the build's snapshot, by path), used
 * instead of reading and checking them again. `bundledFileOf`: where the bundled questionnaire
 * with an id is, for a caller that does not load the bundled files here (validate).
 */
export function loadCatalog(
  bundled: readonly string[],
  extra: readonly string[],
  read: ReadFile,
  preloaded: ReadonlyMap<string, Questionnaire> = new Map(),
  bundledFileOf: (id: string) => string | undefined = () => undefined,
): CatalogLoad {
  const catalog = new Map<string, Questionnaire>();
  const origin = new Map<string, 'bundled' | string>();
  const findings: Finding[] = [];
  const files: string[] = [];
  const shadowed = new Set<string>();
  const mirrorClaims: FileClaim[] = [];
  const add = (paths: readonly string[], isBundled: boolean): void => {
    for (const path of paths) {
      const known = isBundled ? preloaded.get(path) : undefined;
      if (known) {
        files.push(known.file);
        catalog.set(known.id, known);
        origin.set(known.id, 'bundled');
        continue;
      }
      const bytes = read(path);
      const outcome = parseFile(bytes);
      if (!outcome.ok) {
        findings.push(...outcome.findings);
        if (bytes.ok) files.push(bytes.file);
        else if (outcome.findings[0]) files.push(outcome.findings[0].file);
        continue;
      }
      const parsed = outcome.parsed;
      if (classify(parsed.data) !== 'questionnaire') continue;
      files.push(parsed.file);
      const claim = isBundled ? undefined : mirrorClaim(parsed.data);
      if (claim) mirrorClaims.push({ file: parsed.file, text: parsed.text, claim });
      const { questionnaire, findings: f } = checkQuestionnaire(parsed);
      findings.push(...f);
      if (!questionnaire) continue;
      const before = origin.get(questionnaire.id);
      if (before !== undefined && before !== 'bundled' && !isBundled) {
        findings.push(...locateFindings(parsed.text, parsed.file, [idTaken(questionnaire.id, before)]));
        continue;
      }
      const replaced = isBundled ? undefined : before === 'bundled' ? catalog.get(questionnaire.id)?.file : before === undefined ? bundledFileOf(questionnaire.id) : undefined;
      // The bundled file itself, passed again with --questionnaires, replaces nothing.
      if (replaced === questionnaire.file) continue;
      if (replaced !== undefined) {
        findings.push(...locateFindings(parsed.text, parsed.file, [shadowsBundled(questionnaire.id)]));
        shadowed.add(questionnaire.id);
      }
      catalog.set(questionnaire.id, questionnaire);
      origin.set(questionnaire.id, isBundled ? 'bundled' : parsed.file);
    }
  };
  add(bundled, true);
  add(extra, false);
  return { catalog, findings: findings.sort(compareFindings), files, shadowed, mirrorClaims };
}
