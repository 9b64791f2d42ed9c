// Checking one parsed file: the schema (ajv, compiled at build time), then the rules a schema
// cannot express; findings are positioned here, at the boundary, and nowhere else.
import { validateAnswers, validateQuestionnaire } from '../../generated/validators.js';
import { normaliseAnswers, normaliseQuestionnaire, type Answer, type Answers, type AnswersFile, type Questionnaire, type QuestionnaireFile } from '../model/model.js';
import { locateFindings } from '../yaml/parseYaml.js';
import { answersRules, unknownQuestionnaire } from './answersRules.js';
import type { Finding, PathFinding } from './finding.js';
import type { ParsedFile } from './parsedFile.js';
import { questionnaireRules } from './questionnaireRules.js';
import { schemaFindings } from './schemaFindings.js';

/** Questionnaires by id. */
export type Catalog = ReadonlyMap<string, Questionnaire>;

export interface QuestionnaireCheck {
  /** No errors (warnings allowed). */
  readonly valid: boolean;
  /** The normalised questionnaire, when valid and asked for. */
  readonly questionnaire?: Questionnaire;
  readonly findings: readonly Finding[];
}

/** `normalise: false` only checks: `validate` over many files has no use for the model. */
export function checkQuestionnaire(p: ParsedFile, opts: { readonly normalise?: boolean } = {}): QuestionnaireCheck {
  if (!validateQuestionnaire(p.data)) {
    return { valid: false, findings: locateFindings(p.text, p.file, schemaFindings(validateQuestionnaire.errors ?? [], p.data)) };
  }
  const raw = p.data as QuestionnaireFile;
  const findings = locateFindings(p.text, p.file, questionnaireRules(raw));
  const valid = !findings.some((f) => f.severity === 'error');
  return { valid, ...(valid && opts.normalise !== false && { questionnaire: normaliseQuestionnaire(raw, p.file) }), findings };
}

const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

export interface AnswersCheck {
  readonly answers?: Answers;
  readonly findings: readonly Finding[];
}

/** `known`: the questionnaire ids to suggest when the one named is missing (default: the catalog's). */
export function checkAnswers(p: ParsedFile, catalog: Catalog, known: readonly string[] = [...catalog.keys()]): AnswersCheck {
  if (!validateAnswers(p.data)) {
    return { findings: locateFindings(p.text, p.file, schemaFindings(validateAnswers.errors ?? [], p.data)) };
  }
  const raw = p.data as AnswersFile;
  const q = catalog.get(raw.questionnaire);
  const answers = new Map<string, Answer>();
  const found: PathFinding[] = q ? answersRules(raw, q, answers) : [unknownQuestionnaire(raw.questionnaire, known)];
  if (found.length === 0) return { answers: normaliseAnswers(raw, p.file, answers), findings: NO_FINDINGS };
  const findings = locateFindings(p.text, p.file, found);
  const ok = !findings.some((f) => f.severity === 'error');
  return { ...(ok && { answers: normaliseAnswers(raw, p.file, answers) }), findings };
}

