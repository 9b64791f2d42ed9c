// Checking one parsed file: the schema (ajv, compiled at build time), then the rules a schema
// cannot express; findings are positioned here, at the boundary, and nowhere else.
import { validateAnswers, validateQuestionnaire } from '../../generated/validators.js';
import type { CodeRow, Layout, Layouts } from '../model/layout.js';
import { type AnswersFile, type AnswersHead, type Questionnaire, type QuestionnaireFile } from '../model/model.js';
import { normaliseQuestionnaire } from '../model/normaliseQuestionnaire.js';
import { locateFindings } from '../yaml/parseYaml.js';
import { answersRules, unknownQuestionnaire, type Remark } from './answersRules.js';
import { controlCharacters, mayHoldControls } from './controlCharacters.js';
import type { Finding, PathFinding } from './finding.js';
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
  // The rules run on schema-invalid data too, so that one run lists every finding.
  const schemaValid = validateQuestionnaire(p.data);
  const schema = schemaValid ? [] : schemaFindings(validateQuestionnaire.errors ?? [], p.data);
  const findings = locateFindings(p.text, p.file, [...withoutRepeats(schema, questionnaireRules(p.data)), ...textControls(p)]);
  const valid = schemaValid && !findings.some((f) => f.severity === 'error');
  if (!valid || opts.normalise === false) return { valid, findings };
  return { valid, questionnaire: normaliseQuestionnaire(p.data as QuestionnaireFile, p.file), findings };
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
    // The rules run too, on what they can read, so that one run lists every finding.
    const schema = schemaFindings(validateAnswers.errors ?? [], p.data);
    const data = p.data as Partial<Record<keyof AnswersFile, unknown>>;
    const id = typeof data.questionnaire === 'string' && data.questionnaire !== '' ? data.questionnaire : undefined;
    const layout = id === undefined ? undefined : layouts.get(id);
    const rules = id === undefined ? [] : layout ? answersRules(p.data as AnswersFile, layout).findings : [unknownQuestionnaire(id, known)];
    return { findings: locateFindings(p.text, p.file, [...withoutRepeats(schema, rules), ...textControls(p)]) };
  }
  const raw = p.data as AnswersFile;
  const layout = layouts.get(raw.questionnaire);
  if (!layout) return { findings: locateFindings(p.text, p.file, [unknownQuestionnaire(raw.questionnaire, known)]) };
  const encoded = answersRules(raw, layout);
  const rules = [...encoded.findings, ...textControls(p)];
  const findings = rules.length === 0 ? NO_FINDINGS : locateFindings(p.text, p.file, rules);
  if (findings.some((f) => f.severity === 'error')) return { findings };
  const { answers: _, ...head } = raw;
  return { record: { file: p.file, layout, head, row: encoded.row, notes: encoded.notes, comments: encoded.comments }, raw, findings };
}

function textControls(p: ParsedFile): PathFinding[] {
  return !p.controlFree && mayHoldControls(p.text) ? controlCharacters(p.data) : [];
}

/** The schema's findings, then the rules' except where the schema already found fault with the same value. */
function withoutRepeats(schema: readonly PathFinding[], rules: readonly PathFinding[]): PathFinding[] {
  if (schema.length === 0) return [...rules];
  const faulted = new Set(schema.map((f) => JSON.stringify(f.path)));
  return [...schema, ...rules.filter((f) => !faulted.has(JSON.stringify(f.path)))];
}
