// `icare show ID --format answers`: a blank answers file that validates as it is, and validates
// (and reports) once every blank is filled in from the values its comments list.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli, spawnCli } from '../../helpers/cli.js';
import { runPrinted, printedCommands } from '../../helpers/printedCommands.js';

const BUNDLED = ['fanatical-support', 'five-ideas', 'icare', 'service-foundations', 'service-truths'];
const LITTLE = join(FIXTURES, 'assess', 'questionnaires');

interface JsonFinding {
  severity: string;
  rule: string;
  message: string;
}

async function blank(id: string, extra: string[] = []): Promise<{ dir: string; file: string; text: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'icare-blank-'));
  const file = join(dir, `${id}-answers.yaml`);
  const r = await runCli(['show', id, '--format', 'answers', '--out', file, ...extra]);
  expect(r.code, r.stderr).toBe(0);
  return { dir, file, text: readFileSync(file, 'utf8') };
}

async function findings(file: string, extra: string[] = []): Promise<JsonFinding[]> {
  const r = await runCli(['validate', file, '--format', 'json', ...extra]);
  return JSON.parse(r.stdout) as JsonFinding[];
}

/** Fills every blank with the first value the comments above it list (`pick` can choose another), and the respondent. */
function fillIn(text: string, pick: (values: string[]) => string = (v) => v[0]!): string {
  const lines = text.split('\n');
  return lines
    .map((line, i) => {
      const m = /^ {2}(\S+):$/.exec(line);
      if (!m) return line.replace(/^# (organisation|respondent|date): .*$/, (_, k: string) => (k === 'organisation' ? 'organisation: Acme' : k === 'respondent' ? 'respondent: {role: manager}' : 'date: 2026-11-23'));
      let j = i - 1;
      while (lines[j - 1]?.startsWith('  #')) j--;
      const notes = lines.slice(j, i).map((l) => l.replace(/^ {2}# ?/, ''));
      return `  ${m[1]}: ${pick(valuesIn(notes))}`;
    })
    .join('\n');
}

/** The values a question's comments list, as they are written. */
function valuesIn(notes: string[]): string[] {
  const at = notes.length - 1 - [...notes].reverse().findIndex((l) => /^(yes · |-?\d+[ ·]|a whole number from |One of:|Any text)/.test(l));
  const [first, ...rest] = notes.slice(at);
  if (first!.startsWith('Any text')) return ['"Filled in: by hand"'];
  if (first === 'One of:') return rest.flatMap((l) => l.trim().replace(/ {2}\(means ".*"\)$/, '').split(' · '));
  const all = [first, ...rest].join(' ');
  const range = /^a whole number from (-?\d+) to (-?\d+)/.exec(all);
  return range ? [range[1]!, range[2]!, 'n/a', 'dont-know'] : all.split(' · ').map((t) => t.split(' ')[0]!);
}

describe('icare show ID --format answers', () => {
  for (const id of BUNDLED) {
    it(`${id}: every question id left blank, with its text and values; valid as it is and once filled in`, async () => {
      const { dir, file, text } = await blank(id);
      const q = JSON.parse((await runCli(['show', id, '--format', 'json'])).stdout) as { sections: { questions: { id: string; text: string }[] }[] };
      const questions = q.sections.flatMap((s) => s.questions);
      const data = parse(text) as { questionnaire: string; status: string; answers: Record<string, unknown> };
      expect(data.questionnaire).toBe(id);
      expect(data.status).toBe('in-progress');
      expect(Object.keys(data.answers)).toEqual(questions.map((x) => x.id));
      expect(Object.values(data.answers).every((v) => v === null)).toBe(true);
      for (const x of questions) expect(text.replace(/\n {2}# /g, ' ')).toContain(x.text.split(/\s+/).slice(0, 6).join(' '));

      expect(await findings(file)).toEqual([]);

      for (const pick of [(v: string[]) => v[0]!, (v: string[]) => v[v.length - 1]!, (v: string[]) => v[Math.floor(v.length / 2)]!]) {
        const filled = join(dir, 'filled.yaml');
        writeFileSync(filled, fillIn(text, pick).replace('status: in-progress', 'status: complete'));
        expect(await findings(filled)).toEqual([]);
        const answered = parse(readFileSync(filled, 'utf8')) as { answers: Record<string, unknown> };
        expect(Object.values(answered.answers).filter((v) => v === null)).toEqual([]);
      }
      const report = spawnCli(['report', join(dir, 'filled.yaml')]);
      expect(report.code, report.stderr).toBe(0);
    });
  }

  it('shows option keys as the values to write, with their labels, and who a question is for', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'icare-blank-'));
    writeFileSync(
      join(dir, 'keyed.yaml'),
      [
        'id: keyed',
        'title: Keyed',
        'version: 1.2.0',
        'sections:',
        '  - id: s',
        '    title: "S: first"',
        '    audience: [executive, manager]',
        '    questions:',
        '      - id: stage',
        '        text: "How far: so far?"',
        '        type: choice',
        '        options:',
        '          - {key: none, label: "Nothing: yet", score: 0}',
        '          - {key: all, label: All of it, score: 1}',
        '        recommendation: Go on.',
        '      - id: "yes"',
        '        text: A question whose id is a YAML word.',
        '        type: yesno',
        '        audience: [frontline]',
        '        recommendation: Go on.',
        '',
      ].join('\n'),
    );
    const { file, text } = await blank('keyed', ['-q', dir]);
    expect(text).toContain('version: 1.2.0\n');
    expect(text).toContain('  # One of:\n  #   none  (means "Nothing: yet")\n  #   all  (means "All of it")\n  #   n/a · dont-know\n  stage:\n');
    expect(text).toContain('  # Asked of: executive, manager (anyone else leaves it blank)\n');
    expect(text).toContain('  # Asked of: frontline (anyone else leaves it blank)\n');
    expect(text).toMatch(/^ {2}"?yes"?:$/m);
    expect(await findings(file, ['-q', dir])).toEqual([]);
    writeFileSync(file, fillIn(text));
    expect(await findings(file, ['-q', dir])).toEqual([]);
    expect((parse(readFileSync(file, 'utf8')) as { answers: unknown }).answers).toEqual({ stage: 'none', yes: 'yes' });
  });

  it('keeps control characters and line breaks of questionnaire text out of the file', async () => {
    const { text } = await blank('hostile-text', ['-q', join(FIXTURES, 'show', 'hostile-text.yaml')]);
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    for (const line of text.split('\n')) expect(line === '' || /^( {2})?(#|[\w"'-]+:)/.test(line), line).toBe(true);
  });

  it('assess without a terminal points to it: the commands it prints make and check the blank file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'icare-blank-'));
    const r = await runCli(['assess', 'little', '--questionnaires', LITTLE], { cwd: dir });
    expect(r.code).toBe(2);
    const commands = printedCommands(r.stderr);
    expect(commands.slice(0, 2)).toEqual([`icare show little --format answers --questionnaires ${LITTLE} --out little-answers.yaml`, `icare validate little-answers.yaml --questionnaires ${LITTLE}`]);
    for (const command of commands.slice(0, 2)) expect(runPrinted(command, dir).code, command).toBe(0);
    expect(readFileSync(join(dir, 'little-answers.yaml'), 'utf8')).toContain('  greet:\n');
  });
});
