// Keeps the JSON Schemas, the TypeScript types and the bundled questionnaires in agreement:
// the key lists below must name exactly the keys of each type (tsc checks that through
// `satisfies`), and this test checks they are exactly the schema's properties.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateAnswers, validateQuestionnaire } from '../src/generated/validators.js';
import { expandPaths, readFileBytes } from '../src/shell/files.js';
import { parseFile } from '../src/core/checks/parsedFile.js';
import {
  ANSWER_STATUSES,
  NPS_VARIANTS,
  QUESTION_TYPES,
  type AnswerEntryFile,
  type AnswersFile,
  type LevelFile,
  type OptionFile,
  type QuestionFile,
  type QuestionnaireFile,
  type Respondent,
  type ScaleFile,
  type SectionFile,
} from '../src/core/model/model.js';
import { ROOT } from './helpers/cli.js';

type Keys<T> = Record<keyof T, true>;
const questionnaireKeys = { id: true, title: true, version: true, description: true, source: true, target: true, mirrors: true, scale: true, levels: true, sections: true } satisfies Keys<QuestionnaireFile>;
const sectionKeys = { id: true, title: true, description: true, weight: true, target: true, audience: true, mirrors: true, questions: true } satisfies Keys<SectionFile>;
const questionKeys = {
  id: true,
  text: true,
  help: true,
  type: true,
  variant: true,
  weight: true,
  reverse: true,
  audience: true,
  scale: true,
  options: true,
  recommendation: true,
} satisfies Keys<QuestionFile>;
const scaleKeys = { min: true, max: true, labels: true } satisfies Keys<ScaleFile>;
const levelKeys = { min: true, name: true, description: true } satisfies Keys<LevelFile>;
const optionKeys = { key: true, label: true, score: true } satisfies Keys<OptionFile>;
const answersKeys = { questionnaire: true, version: true, organisation: true, respondent: true, date: true, status: true, answers: true } satisfies Keys<AnswersFile>;
const respondentKeys = { id: true, name: true, role: true } satisfies Keys<Respondent>;
const entryKeys = { value: true, note: true } satisfies Keys<AnswerEntryFile>;

const schema = (name: string) => JSON.parse(readFileSync(join(ROOT, 'schema', name), 'utf8'));
const q = schema('questionnaire.schema.json');
const a = schema('answers.schema.json');
const props = (s: { properties: Record<string, unknown> }) => Object.keys(s.properties).sort();
const keys = (k: Record<string, true>) => Object.keys(k).sort();

describe('schemas ⇔ types', () => {
  it('questionnaire objects have the same keys in schema and types', () => {
    expect(props(q)).toEqual(keys(questionnaireKeys));
    expect(props(q.$defs.section)).toEqual(keys(sectionKeys));
    expect(props(q.$defs.question)).toEqual(keys(questionKeys));
    expect(props(q.$defs.scale)).toEqual(keys(scaleKeys));
    expect(props(q.properties.levels.items)).toEqual(keys(levelKeys));
    expect(props(q.$defs.question.properties.options.items)).toEqual(keys(optionKeys));
  });

  it('answers objects have the same keys in schema and types', () => {
    expect(props(a)).toEqual(keys(answersKeys));
    expect(props(a.properties.respondent)).toEqual(keys(respondentKeys));
    expect(props(a.properties.answers.additionalProperties.anyOf[1])).toEqual(keys(entryKeys));
  });

  it('enums match the as-const unions', () => {
    expect(q.$defs.question.properties.type.enum).toEqual([...QUESTION_TYPES]);
    expect(q.$defs.question.properties.variant.enum).toEqual([...NPS_VARIANTS]);
    expect(a.properties.status.enum).toEqual([...ANSWER_STATUSES]);
  });

  it('every schema forbids unknown keys on every object', () => {
    for (const s of [q, q.$defs.section, q.$defs.question, q.$defs.scale, q.properties.levels.items, q.$defs.question.properties.options.items, a, a.properties.respondent]) {
      expect(s.additionalProperties).toBe(false);
    }
  });
});

describe('schemas ⇔ bundled files', () => {
  it('the compiled validators accept every bundled questionnaire and example', async () => {
    for (const f of await expandPaths(['questionnaires'], ROOT)) {
      const r = parseFile(readFileBytes(f, ROOT));
      expect(r.ok && validateQuestionnaire(r.parsed.data), f).toBe(true);
      expect(readFileSync(f, 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/questionnaire.schema.json');
    }
    for (const f of await expandPaths(['examples'], ROOT)) {
      const r = parseFile(readFileBytes(f, ROOT));
      expect(r.ok && validateAnswers(r.parsed.data), f).toBe(true);
    }
  });
});
