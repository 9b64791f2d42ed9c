// Checking one parsed file: the schema (ajv, compiled at build time), then the rules a schema
// cannot express; findings are positioned here, at the boundary, and nowhere else.
import { validateAnswers, validateQuestionnaire } from '../../generated/validators.js';
import type { CodeRow, Layout, Layouts } from '../model/layout.js';
import { normaliseQuestionnaire, type AnswersFile, type AnswersHead, type Questionnaire, type QuestionnaireFile } from '../model/model.js';
import { locateFindings } from '../yaml/parseYaml.js';
import { answersRules, unknownQuestionnaire, type Remark } from './answersRules.js';
import type { Finding } from './finding.js';
import type { ParsedFile } from './parsedFile.js';
import { questionnaireRules } from './questionnaireRules.js';
import { schemaFindings } from './schemaFindings.js';

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

/** One respondent's file, checked and encoded (see layout.ts): what scoring folds in. */
export interface AnswersRecord {
  readonly file: string;
  readonly layout: Layout;
  readonly head: AnswersHead;
  readonly row: CodeRow;
  readonly notes: readonly Remark[];
  readonly comments: readonly Remark[];
}

export interface AnswersCheck {
  /** Present when the file has no errors. */
  readonly record?: AnswersRecord;
  /** The file as written, when it has no errors (for resuming it). */
  readonly raw?: AnswersFile;
  readonly findings: readonly Finding[];
}

/** `known`: the questionnaire ids to suggest when the one named is missing (default: all). */
export function checkAnswers(p: ParsedFile, layouts: Layouts, known: readonly string[] = layouts.ids()): AnswersCheck {
  if (!validateAnswers(p.data)) {
    return { findings: locateFindings(p.text, p.file, schemaFindings(validateAnswers.errors ?? [], p.data)) };
  }
  const raw = p.data as AnswersFile;
  const layout = layouts.get(raw.questionnaire);
  if (!layout) return { findings: locateFindings(p.text, p.file, [unknownQuestionnaire(raw.questionnaire, known)]) };
  const encoded = answersRules(raw, layout);
  const findings = encoded.findings.length === 0 ? NO_FINDINGS : locateFindings(p.text, p.file, encoded.findings);
  if (findings.some((f) => f.severity === 'error')) return { findings };
  const { answers: _, ...head } = raw;
  return { record: { file: p.file, layout, head, row: encoded.row, notes: encoded.notes, comments: encoded.comments }, raw, findings };
}
