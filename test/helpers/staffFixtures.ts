// Small answers files for the HTML page tests, written to a temporary folder: one hostile
// in-progress file with a single answer, and a staff of three roles where two groups must be
// hidden (one too small, one so that the small one cannot be worked out from the total).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Questionnaire } from '../../src/core/model/model.js';
import { allQuestions } from '../../src/core/model/model.js';

export const HOSTILE_NOTE = `<script>alert(1)</script> | pipe \u001b[31mred\u001b[0m & "quoted" 'single'`;
export const HOSTILE_ORG = 'Acme <b>Bold</b> & "Co" | Ltd';
export const HOSTILE_NAME = '<img src=x onerror=alert(1)>';
/** A role too small to show: it must appear only where hidden groups are named and in the header's role split. */
export const SMALL_ROLE = 'nightwatch';
/** The question every second respondent cannot judge. */
export const UNSEEN_QUESTION = 'customer-profiles';

/** One in-progress respondent who answered a single question, with markup and escapes in every free text. */
export function writeHostile(dir: string, q: Questionnaire): string {
  const file = join(dir, 'hostile-frontline.yaml');
  writeFileSync(
    file,
    [
      'questionnaire: icare',
      `version: ${q.version}`,
      `organisation: ${JSON.stringify(HOSTILE_ORG)}`,
      `respondent: {name: ${JSON.stringify(HOSTILE_NAME)}, role: frontline}`,
      'date: 2026-12-01',
      'status: in-progress',
      'answers:',
      `  wait-apology: {value: 5, note: ${JSON.stringify(HOSTILE_NOTE)}}`,
      '',
    ].join('\n'),
  );
  return file;
}

/** Every question answered by a pattern; every respondent leaves a note naming their role. */
function answersFor(q: Questionnaire, i: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  allQuestions(q).forEach((question, k) => {
    if (question.type === 'text' || question.type === 'nps' || question.type === 'rating') return;
    if (question.id === UNSEEN_QUESTION && i % 2 === 0) out[question.id] = 'dont-know';
    else if (question.type === 'yesno') out[question.id] = (i + k) % 3 !== 0;
    else if (question.type === 'choice') out[question.id] = question.options[(i + k) % question.options.length]!.label;
    else out[question.id] = question.scale.min + ((i * 3 + k) % (question.scale.max - question.scale.min + 1));
  });
  return out;
}

/** 6 frontline, 5 managers and 2 of SMALL_ROLE: SMALL_ROLE is hidden, and managers with it. */
export function writeRoles(dir: string, q: Questionnaire): string {
  const folder = join(dir, 'roles');
  mkdirSync(folder, { recursive: true });
  const roles = [...Array(6).fill('frontline'), ...Array(5).fill('manager'), SMALL_ROLE, SMALL_ROLE] as string[];
  roles.forEach((role, i) => {
    const answers = answersFor(q, i);
    const first = allQuestions(q).find((x) => x.type === 'scale')!.id;
    answers[first] = { value: answers[first], note: `Note number ${i + 1}: the rota changes too often.` };
    const file = { questionnaire: q.id, version: q.version, organisation: 'Roles Ltd', respondent: { name: `Person ${i + 1}`, role }, date: '2026-11-16', status: 'complete', answers };
    writeFileSync(join(folder, `person-${String(i + 1).padStart(2, '0')}.yaml`), JSON.stringify(file, null, 2));
  });
  return folder;
}
