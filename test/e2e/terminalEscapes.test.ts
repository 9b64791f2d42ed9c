// Issue 16, item 1: no terminal escape from a file reaches the terminal. Every terminal output is
// rendered from a questionnaire and answers whose every text field, id, label, role,
// organisation, note and folder name holds CSI, OSC (0, 8, 52), DCS, C1 and bidi controls; only
// newlines, tabs and icare's own colour codes (under FORCE_COLOR) may come out.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exitCodeFor } from '../../src/cli.js';
import { assess } from '../../src/commands/assess/index.js';
import type { Asker } from '../../src/prompt/asker.js';
import { makeContext } from '../../src/shell/context.js';
import { ROOT, runCli } from '../helpers/cli.js';

/** Every kind of control sequence, as a YAML double-quoted string body. */
const HOSTILE_YAML = String.raw`\e[2J\e[31m\e]0;pwned\a\e]8;;http://evil.example\e\\link\e]8;;\e\\\e]52;c;ZXZpbA==\a\eP1$qm\e\\\x9b2J\x9d0;t\x9c\x85\u202e\u2066`;
/** The same in a file name (no slash, no NUL). */
// (Terminated by BEL or the C1 string terminator: a backslash would read as a path separator.)
const HOSTILE_NAME = '\u001b[2J\u001b]0;pwned\u0007\u001b]8;;https:evil.example\u009clink\u001b]52;c;ZXZpbA==\u0007\u001bP1$qm\u009c\u009b2J\u009d0;t\u009c\u202e\u2066';

const h = (tag: string): string => `"${tag} ${HOSTILE_YAML}"`;

// Any control character but newline and tab, and the bidi controls.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const ICARE_SGR = /\u001b\[[0-9;]*m/g;

const QUESTIONNAIRE = `id: hostile
title: ${h('Title')}
version: 1
description: ${h('Description')}
source: ${h('Source')}
levels:
  - {min: 0, name: ${h('Low')}, description: ${h('Low means')}}
  - {min: 50, name: ${h('High')}}
sections:
  - id: one
    title: ${h('Section one')}
    description: ${h('About one')}
    questions:
      - {id: a, text: ${h('Question a')}, help: ${h('Help a')}, recommendation: ${h('Do a')}, scale: {min: 1, max: 5, labels: {1: ${h('Never')}, 5: ${h('Always')}}}}
      - {id: b, text: ${h('Question b')}, type: yesno, reverse: true, recommendation: ${h('Do b')}}
      - {id: c, text: ${h('Question c')}, type: choice, recommendation: ${h('Do c')}, options: [{key: lo, label: ${h('Option lo')}, score: 0}, {key: hi, label: ${h('Option hi')}, score: 1}]}
  - id: two
    title: ${h('Section two')}
    audience: [frontline]
    questions:
      - {id: d, text: ${h('Question d')}, recommendation: ${h('Do d')}}
      - {id: e, text: ${h('Question e')}, type: text}
      - {id: f, text: ${h('Question f')}, type: nps}
`;

function answers(i: number, role: string, date?: string): string {
  return `questionnaire: hostile
version: 1
organisation: ${h('Org')}
respondent: {id: ${h(`Id ${i}`)}, name: ${h(`Name ${i}`)}, role: ${role}}
${date ? `date: ${date}\n` : ''}answers:
  a: {value: ${1 + (i % 5)}, note: ${h(`Note a${i}`)}}
  b: {value: ${i % 2 ? 'yes' : 'no'}, note: ${h(`Note b${i}`)}}
  c: {value: ${i % 3 ? 'lo' : 'hi'}, note: ${h(`Note c${i}`)}}
  d: {value: ${1 + ((i * 3) % 5)}, note: ${h(`Note d${i}`)}}
  e: ${h(`Comment ${i}`)}
  f: ${i % 11}
`;
}

/** A questionnaire folder and two rounds in hostile folder names; roles hostile too. */
function hostileTree(): { root: string; qDir: string; rounds: string[] } {
  const root = mkdtempSync(join(tmpdir(), 'icare-escapes-'));
  const qDir = join(root, 'questionnaires');
  mkdirSync(qDir);
  writeFileSync(join(qDir, 'hostile.yaml'), QUESTIONNAIRE);
  const history = join(root, 'history');
  const rounds = [join(history, `2026-01 ${HOSTILE_NAME}`), join(history, `2026-06 ${HOSTILE_NAME}`)];
  rounds.forEach((dir, r) => {
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < 12; i++) {
      const role = i < 6 ? 'frontline' : i < 11 ? h('Role') : 'manager';
      writeFileSync(join(dir, `${HOSTILE_NAME}-${i}.yaml`), answers(i + r, role));
    }
  });
  return { root, qDir, rounds };
}

/** A questionnaire whose ids and keys are hostile too: invalid, for validate and the findings others print. */
function hostileIds(root: string): string {
  const dir = join(root, `bad ${HOSTILE_NAME}`);
  mkdirSync(dir);
  writeFileSync(join(dir, `${HOSTILE_NAME}.yaml`), QUESTIONNAIRE.replace('id: hostile', `id: ${h('id')}`).replace('id: one', `id: ${h('section-id')}`).replace('{id: a,', `{id: ${h('question-id')},`).replace('key: lo', `key: ${h('key')}`));
  writeFileSync(join(dir, `answers ${HOSTILE_NAME}.yaml`), answers(1, h('Role')).replace('questionnaire: hostile', `questionnaire: ${h('unknown')}`).replace('  a: {', `  ${h('unknown-answer')}: {`));
  return dir;
}

function expectClean(text: string, what: string): void {
  const bad = CONTROL.exec(text);
  expect(bad, `${what}: U+${bad?.[0].codePointAt(0)?.toString(16).padStart(4, '0')} near ${JSON.stringify(text.slice(Math.max(0, (bad?.index ?? 0) - 30), (bad?.index ?? 0) + 10))}`).toBeNull();
}

/** Runs the CLI plain and coloured; nothing but newline, tab and icare's own SGR may come out. */
async function expectNoEscapes(argv: readonly string[], cwd: string): Promise<void> {
  for (const env of [{}, { NO_COLOR: undefined, FORCE_COLOR: '1' }]) {
    const r = await runCli(argv, { cwd, env, columns: 100 });
    expect(r.stdout.length + r.stderr.length, argv.join(' ')).toBeGreaterThan(0);
    expectClean(r.stdout.replace(ICARE_SGR, ''), `stdout of ${argv.join(' ')}`);
    expectClean(r.stderr.replace(ICARE_SGR, ''), `stderr of ${argv.join(' ')}`);
  }
}

describe('no terminal escape from a file reaches the terminal', () => {
  const { root, qDir, rounds } = hostileTree();
  const q = ['-q', qDir];
  const latest = rounds[1]!;

  it('the hostile files are what they claim: valid, with the controls in them', async () => {
    const r = await runCli(['report', latest, ...q, '--format', 'json'], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    const title = (parse(QUESTIONNAIRE) as { title: string }).title;
    for (const c of ['\u001b[2J', '\u001b]0;', '\u001b]8;;', '\u001b]52;', '\u001bP', '\u009b', '\u009d', '\u202e', '\u2066']) expect(title).toContain(c);
    // And the outputs below do show those fields (with the controls taken out).
    const term = (await runCli(['report', latest, ...q, '--all', '--history', dirname(latest), '--by', 'role', '--min-group', '1'], { cwd: root, columns: 200 })).stdout;
    for (const shown of ['Title', 'Section one', 'Question a', 'Note a', 'Do a', 'Org', 'Role']) expect(term).toContain(shown);
    const trend = term.slice(term.indexOf('Trend'));
    for (const round of ['2026-01', '2026-06']) expect(trend).toContain(round);
  });

  it('report in the terminal: plain, --by role, --history with hostile round labels, --all, --names', async () => {
    await expectNoEscapes(['report', latest, ...q, '--all'], root);
    await expectNoEscapes(['report', latest, ...q, '--by', 'role', '--min-group', '1', '--names'], root);
    await expectNoEscapes(['report', latest, ...q, '--by', 'role', '--min-group', '5'], root);
    await expectNoEscapes(['report', latest, ...q, '--history', dirname(latest)], root);
  });

  it('compare, list and show in the terminal', async () => {
    await expectNoEscapes(['compare', rounds[0]!, '--to', latest, ...q], root);
    await expectNoEscapes(['list', ...q], root);
    await expectNoEscapes(['show', 'hostile', ...q], root);
  });

  it('validate findings in the text and github formats, and the findings other commands print', async () => {
    const bad = hostileIds(root);
    for (const format of ['text', 'github']) await expectNoEscapes(['validate', bad, ...q, '--format', format], root);
    await expectNoEscapes(['validate', latest, ...q], root);
    await expectNoEscapes(['report', bad, ...q], root);
    await expectNoEscapes(['list', '-q', bad], root);
  });

  it('the closing scorecard of assess', async () => {
    for (const env of [{ NO_COLOR: '1' }, { FORCE_COLOR: '1' }]) {
      const out = join(root, `assess-${Object.keys(env)[0]}`);
      mkdirSync(out);
      let stdout = '';
      let stderr = '';
      const io = {
        stdout: { write: (s: string) => ((stdout += s), true), isTTY: true, columns: 80 },
        stderr: { write: (s: string) => ((stderr += s), true), isTTY: true },
        stdin: Object.assign(new PassThrough(), { isTTY: true }),
        env,
        cwd: root,
      };
      const answerFor = (type: string): string | number => (type === 'yesno' ? 'yes' : type === 'choice' ? 'lo' : type === 'text' ? 'x' : type === 'nps' ? 7 : 2);
      const asker: Asker = {
        chooseQuestionnaires: async (_c, pre) => [...pre],
        respondentDetails: async (known) => ({ organisation: 'Org', ...known }),
        startQuestionnaire: () => {},
        startSection: () => {},
        askQuestion: async (view) => ({ kind: 'answer', value: answerFor(view.question.type) }),
      };
      const ctx = await makeContext(io, ROOT);
      const code = await assess({ ids: ['hostile'], questionnaires: [qDir], organisation: 'Org', name: 'Dana', role: 'frontline', out }, ctx, { asker, today: '2026-11-23' }).catch((e: unknown) => exitCodeFor(e, ctx));
      expect(code, stderr).toBe(0);
      expect(stdout).toContain('Your scorecard');
      expectClean(stdout.replace(ICARE_SGR, ''), 'assess stdout');
      expectClean(stderr.replace(ICARE_SGR, ''), 'assess stderr');
    }
  });
});
