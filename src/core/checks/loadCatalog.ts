// The catalog of questionnaires a command can use: the bundled ones first, then those from
// --questionnaires folders, which may replace a bundled one but not repeat one another's ids.
import type { Catalog, Questionnaire } from '../model/model.js';
import { locateFindings } from '../yaml/parseYaml.js';
import { checkQuestionnaire } from './checkFile.js';
import { compareFindings, type Finding } from './finding.js';
import { classify, parseFile, type ReadFile } from './parsedFile.js';

export interface CatalogLoad {
  readonly catalog: Catalog;
  readonly findings: readonly Finding[];
  /** Files that were questionnaires, valid or not. */
  readonly files: readonly string[];
}

/**
 * `preloaded`: bundled files already known to be valid (the build's snapshot, by path), used
 * instead of reading and checking them again.
 */
export function loadCatalog(bundled: readonly string[], extra: readonly string[], read: ReadFile, preloaded: ReadonlyMap<string, Questionnaire> = new Map()): CatalogLoad {
  const catalog = new Map<string, Questionnaire>();
  const origin = new Map<string, 'bundled' | string>();
  const findings: Finding[] = [];
  const files: string[] = [];
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
      const { questionnaire, findings: f } = checkQuestionnaire(parsed);
      findings.push(...f);
      if (!questionnaire) continue;
      const before = origin.get(questionnaire.id);
      if (before !== undefined && before !== 'bundled' && !isBundled) {
        findings.push(
          ...locateFindings(parsed.text, parsed.file, [
            { path: ['id'], severity: 'error', rule: 'unique-questionnaire-id', message: `questionnaire id "${questionnaire.id}" is also used by ${before}` },
          ]),
        );
        continue;
      }
      catalog.set(questionnaire.id, questionnaire);
      origin.set(questionnaire.id, isBundled ? 'bundled' : parsed.file);
    }
  };
  add(bundled, true);
  add(extra, false);
  return { catalog, findings: findings.sort(compareFindings), files };
}
