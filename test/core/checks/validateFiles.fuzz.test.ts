// The questionnaire and answers checks under damaged files: `validate`'s core step gives findings
// that point inside the file they are about, and never throws, whatever the files hold.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import type { FileBytes } from '../../../src/core/checks/parsedFile.js';
import { validateFiles } from '../../../src/core/checks/validateFiles.js';
import { decodeFile } from '../../../src/core/yaml/parseYaml.js';
import { yamlLibrary } from '../../../src/core/yaml/yamlLibrary.js';
import { ROOT } from '../../helpers/cli.js';
import { expectPositioned, hostileText, mutatedBytes } from '../../helpers/hostile.js';

const BUNDLED_DIR = join(ROOT, 'questionnaires');
const BUNDLED = new Map(readdirSync(BUNDLED_DIR).map((f) => [join(BUNDLED_DIR, f), readFileSync(join(BUNDLED_DIR, f))]));
const { parse, stringify } = yamlLibrary();

// A questionnaire of every question type, under an id of its own, and a complete answers file for it.
const QUESTIONNAIRE = readFileSync(join(BUNDLED_DIR, 'icare.yaml'), 'utf8').replace(/^id: icare$/m, 'id: fuzzed');
interface Question {
  id: string;
  type?: string;
  options?: { label: string }[];
}
const questions = (parse(QUESTIONNAIRE) as { sections: { questions: Question[] }[] }).sections.flatMap((s) => s.questions);
const ANSWERS_DATA = {
  questionnaire: 'fuzzed',
  version: 1,
  organisation: 'Acme',
  respondent: { name: 'Dana', role: 'frontline' },
  date: '2026-11-16',
  status: 'complete',
  answers: Object.fromEntries(
    questions.map((q, i) => [q.id, q.type === 'text' ? 'More staff' : q.type === 'yesno' ? 'yes' : q.type === 'choice' ? q.options?.[0]?.label : i % 3 === 0 ? { value: 3, note: 'a note' } : 4]),
  ),
};
const ANSWERS = stringify(ANSWERS_DATA);

/** The answers data with one value somewhere replaced by any JSON value (or a hostile string), written as YAML or as JSON. */
const structurallyMutated = fc
  .tuple(fc.nat(), fc.oneof(fc.jsonValue({ maxDepth: 3 }), hostileText()), fc.boolean())
  .map(([pick, value, asJson]) => {
    const data = structuredClone(ANSWERS_DATA) as Record<string, unknown>;
    const holders: [Record<string, unknown>, string][] = [];
    const walk = (o: unknown): void => {
      if (o === null || typeof o !== 'object') return;
      for (const k of Object.keys(o)) {
        holders.push([o as Record<string, unknown>, k]);
        walk((o as Record<string, unknown>)[k]);
      }
    };
    walk(data);
    const [holder, key] = holders[pick % holders.length] as [Record<string, unknown>, string];
    holder[key] = value;
    return new TextEncoder().encode(asJson ? JSON.stringify(data) : stringify(data));
  });

function check(files: ReadonlyMap<string, Uint8Array>): void {
  const all = new Map<string, Uint8Array>([...BUNDLED, ...files]);
  const read = (path: string): FileBytes => {
    const bytes = all.get(path);
    return bytes ? { ok: true, file: path, bytes } : { ok: false, findings: [{ file: path, line: 1, column: 1, severity: 'error', rule: 'no-file', message: 'no such file' }] };
  };
  const { findings } = validateFiles({ files: [...files.keys()], bundled: [...BUNDLED.keys()], questionnaireDirsFiles: [], read });
  expectPositioned(findings, (file) => {
    const bytes = all.get(file);
    if (!bytes) return undefined;
    const decoded = decodeFile(bytes, file);
    return decoded.ok ? decoded.text : '';
  });
}

describe('validateFiles, fuzzed', () => {
  it('checks a damaged answers file against its questionnaire: findings inside the file, no exception', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedBytes(ANSWERS), structurallyMutated), (answers) => {
        check(new Map([['q.yaml', new TextEncoder().encode(QUESTIONNAIRE)], ['a.yaml', answers]]));
      }),
      { numRuns: 120 },
    );
  });

  it('checks a damaged questionnaire and the answers that name it: findings inside the files, no exception', () => {
    fc.assert(
      fc.property(mutatedBytes(QUESTIONNAIRE), (questionnaire) => {
        check(new Map([['q.yaml', questionnaire], ['a.yaml', new TextEncoder().encode(ANSWERS)]]));
      }),
      { numRuns: 60 },
    );
  });
});
