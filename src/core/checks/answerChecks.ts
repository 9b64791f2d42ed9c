// `validate`'s answers files, checked as they are met so that none is held in memory: each
// against the questionnaire its id names as far as is known then (bundled, --questionnaires, or
// a valid questionnaire met earlier among the files). Holding 100,000 parsed answers files for a
// second pass took half a gigabyte, and made V8 put later files' data straight into the old
// generation. An answers file whose questionnaire is not known yet waits by path, and one checked
// against a bundled or --questionnaires questionnaire that a later file replaces is read and
// checked again: the findings are those of checking every answers file after every questionnaire.
import { compileLayout, layoutsOf, type Layout, type Layouts } from '../model/layout.js';
import type { Catalog, Questionnaire } from '../model/model.js';
import { checkAnswers, checkQuestionnaire } from './checkFile.js';
import type { Finding } from './finding.js';
import { parseFile, type ParsedFile, type ReadFile } from './parsedFile.js';
import { detached } from '../yaml/detached.js';

export interface AnswerChecks {
  /** A valid questionnaire among the files has taken this id (the first such file keeps it). */
  questionnaireFile(id: string, path: string): void;
  /** An answers file, as it is met. */
  answers(p: ParsedFile, path: string): void;
  /** Once every file is met: the findings on every answers file. */
  finish(): Finding[];
}

/** A file checked against the catalog's questionnaire, which a questionnaire among the files may still replace. */
interface Provisional {
  readonly path: string;
  readonly findings: readonly Finding[];
}

/** `catalog`: the bundled and --questionnaires questionnaires, loaded when first needed. */
export function answerChecks(catalog: () => Catalog, read: ReadFile): AnswerChecks {
  const findings: Finding[] = [];
  const fromFiles = new Map<string, string>();
  const fileLayouts = new Map<string, Layout | undefined>();
  let catalogLayouts: Layouts | undefined;
  const provisional = new Map<string, Provisional[]>();
  const waiting: string[] = [];

  /** The questionnaire among the files with this id, loaded again (undefined if it no longer loads). */
  const fileLayout = (id: string): Layout | undefined => {
    const path = fromFiles.get(id);
    if (path === undefined) return undefined;
    if (!fileLayouts.has(id)) {
      const q = reload(path, read);
      fileLayouts.set(id, q && compileLayout(q));
    }
    return fileLayouts.get(id);
  };
  const layoutOf = (id: string): Layout | undefined => fileLayout(id) ?? (catalogLayouts ??= layoutsOf(catalog())).get(id);
  const known = (): string[] => [...new Set([...catalog().keys(), ...fromFiles.keys()])];
  const layouts: Layouts = { get: layoutOf, ids: known };
  const checkAgain = (path: string, ids: readonly string[]): void => {
    const outcome = parseFile(read(path));
    findings.push(...(outcome.ok ? checkAnswers(outcome.parsed, layouts, ids).findings : outcome.findings));
  };

  return {
    questionnaireFile(id, path) {
      fromFiles.set(id, path);
    },
    answers(p, path) {
      const id = (p.data as { questionnaire?: unknown }).questionnaire;
      const named = typeof id === 'string' && id !== '' ? id : undefined;
      if (named !== undefined && layoutOf(named) === undefined) {
        waiting.push(path);
        return;
      }
      // A questionnaire that is known is not looked up among the others: `known` goes unused.
      const checked = checkAnswers(p, layouts, []).findings;
      if (named === undefined || fileLayout(named) !== undefined) findings.push(...checked);
      else {
        const list = provisional.get(named) ?? [];
        if (list.length === 0) provisional.set(detached(named), list);
        list.push({ path, findings: checked });
      }
    },
    finish() {
      const ids = known();
      for (const [id, list] of provisional) {
        const replaced = fileLayout(id) !== undefined;
        for (const f of list) {
          if (replaced) checkAgain(f.path, ids);
          else findings.push(...f.findings);
        }
      }
      for (const path of waiting) checkAgain(path, ids);
      return findings;
    },
  };
}

/** A questionnaire that was valid when first met, read again (undefined if it changed meanwhile). */
function reload(path: string, read: ReadFile): Questionnaire | undefined {
  const outcome = parseFile(read(path));
  return outcome.ok ? checkQuestionnaire(outcome.parsed).questionnaire : undefined;
}
