// The promise of sanitised.ts, that nothing from a file reaches a terminal with its control
// sequences, checked across every terminal renderer as the commands drive them: a questionnaire,
// answers files, file names and folder names full of escapes and control characters go through
// validate, list, show, report (--all, --by role, --history) and compare, in colour on a terminal.
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { yamlLibrary } from '../../../src/core/yaml/yamlLibrary.js';
import { ROOT, runCli } from '../../helpers/cli.js';
import { expectNoRawControl, hostileText } from '../../helpers/hostile.js';

const root = mkdtempSync(join(tmpdir(), 'icare-terminal-fuzz-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const { parse, stringify } = yamlLibrary();

// The bundled ICARE questionnaire as data: every text a person reads is replaced by hostile text.
const ICARE = parse(readFileSync(join(ROOT, 'questionnaires', 'icare.yaml'), 'utf8')) as Record<string, unknown>;
const SHOWN = new Set(['title', 'description', 'source', 'name', 'text', 'help', 'recommendation', 'label', '1', '2', '3', '4', '5']);

/** `data` with every shown string replaced by one of `texts` (in turn), kept non-empty and unique by a number. */
function withTexts(data: unknown, texts: readonly string[]): unknown {
  let i = 0;
  const walk = (v: unknown, key: string): unknown => {
    if (typeof v === 'string') return SHOWN.has(key) ? `${texts[i % texts.length] ?? ''} ${i++}` : v;
    // Options get keys, which answers use: the labels they would otherwise name are sanitised on loading.
    if (Array.isArray(v)) return v.map((x, j) => (key === 'options' ? { ...(walk(x, key) as object), key: `option-${j}` } : walk(x, key)));
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    return v;
  };
  return walk(data, '');
}

interface Question {
  id: string;
  type?: string;
  options?: { key: string }[];
}

/** An answers file for the hostile questionnaire, with hostile organisation, name, role, notes and comments. */
function answersFile(questionnaire: { sections: { questions: Question[] }[] }, texts: readonly string[], n: number, knownRole: boolean): string {
  const t = (i: number): string => texts[(n * 7 + i) % texts.length] ?? '';
  const questions = questionnaire.sections.flatMap((s) => s.questions);
  const answers = Object.fromEntries(
    questions.map((q, i) => {
      const value = q.type === 'text' ? `${t(i)} .` : q.type === 'yesno' ? ((i + n) % 2 === 0 ? 'yes' : 'no') : q.type === 'choice' ? q.options?.[(i + n) % q.options.length]?.key : 1 + ((i + n) % 5);
      return [q.id, i % 4 === 0 ? { value, note: `${t(i + 1)} .` } : value];
    }),
  );
  return stringify({
    questionnaire: 'fuzzed',
    version: 1,
    organisation: `${t(0)} .`,
    respondent: { name: `${t(1)} .`, role: knownRole ? ['frontline', 'manager', 'executive'][n % 3] : `${t(2)} .` },
    date: `2026-11-${String(10 + n).padStart(2, '0')}`,
    status: 'complete',
    answers,
  });
}

/** A name the file system takes: no slash, no NUL, never "." or "..". */
const fileName = (s: string): string => `r ${s.replace(/[/\u0000]/g, '_')}`.slice(0, 120);

let run = 0;
function survey(texts: readonly string[], roles: boolean): { dir: string; q: string; now: string; history: string; before: string; broken: string } {
  const dir = join(root, String(run++));
  const q = join(dir, 'q');
  mkdirSync(q, { recursive: true });
  const questionnaire = { ...(withTexts(ICARE, texts) as { sections: { questions: Question[] }[] }), id: 'fuzzed' };
  writeFileSync(join(q, 'fuzzed.yaml'), stringify(questionnaire));
  const now = join(dir, fileName(texts[0] ?? 'now'));
  const history = join(dir, 'history');
  const before = join(history, fileName(texts[1] ?? 'before'));
  for (const [folder, count] of [[now, 3], [before, 2]] as const) {
    mkdirSync(folder, { recursive: true });
    for (let n = 0; n < count; n++) writeFileSync(join(folder, `${fileName(texts[n + 2] ?? '')} ${n}.yaml`), answersFile(questionnaire, texts, n, roles));
  }
  // Findings quote what they are about: an unknown key, a value of the wrong type, a bad date.
  const broken = join(dir, 'broken');
  mkdirSync(broken);
  writeFileSync(join(broken, `${fileName(texts[3] ?? '')}.yaml`), stringify({ questionnaire: 'fuzzed', date: texts[4], respondent: { role: 7 }, answers: { [`${texts[5] ?? ''}`]: texts[6], 'care-on-busy-days': texts[7] } }));
  return { dir, q, now, history, before, broken };
}

async function expectClean(argv: readonly string[]): Promise<void> {
  const r = await runCli(argv, { tty: true, columns: 100, env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
  const what = `icare ${argv.slice(0, 2).join(' ')}`;
  expect(r.stderr, what).not.toContain('internal error');
  expect([0, 1], `${what}: ${r.stderr.slice(0, 300)}`).toContain(r.code);
  expectNoRawControl(r.stdout, `${what} stdout`);
  expectNoRawControl(r.stderr, `${what} stderr`);
}

describe('terminal output of files full of escapes, fuzzed', () => {
  it('validate, list, show, report and compare print no raw control character, only colour', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostileText(4), { minLength: 12, maxLength: 12 }), fc.boolean(), async (texts, roles) => {
        const s = survey(texts, roles);
        await expectClean(['validate', s.q, s.now, s.broken]);
        await expectClean(['list', '--questionnaires', s.q]);
        await expectClean(['show', 'fuzzed', '--questionnaires', s.q]);
        await expectClean(['report', s.now, '--questionnaires', s.q, '--all', '--by', 'role', '--min-group', '1', '--names']);
        await expectClean(['report', s.now, '--questionnaires', s.q, '--history', s.history]);
        await expectClean(['compare', s.before, '--to', s.now, '--questionnaires', s.q]);
      }),
      { numRuns: 12 },
    );
  });
});
