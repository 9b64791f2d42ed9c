// `icare assess` in a real pseudo-terminal (tmux): answer by keystrokes, Ctrl-C, check the saved
// file and the printed resume command, resume, finish, and check the file validates and reports.
// Runs the built bin (`node scripts/build.mjs`, which `npm test` does first).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { allQuestions } from '../../src/core/model/model.js';
import { BIN, ROOT, spawnCli } from '../helpers/cli.js';
import { icare } from '../helpers/icare.js';
import { Tmux, type Pane } from '../helpers/tmux.js';

// What Dana (frontline) is asked of the bundled ICARE questionnaire, in order: the questions
// with no audience or one that takes in frontline; the leaders' questions are not asked.
const ASKED = allQuestions(icare).filter((q) => q.audience === undefined || q.audience.includes('frontline'));
const TOTAL = ASKED.length;
const [FIRST, SECOND, THIRD, FOURTH] = ASKED as [(typeof ASKED)[number], (typeof ASKED)[number], (typeof ASKED)[number], (typeof ASKED)[number]];

let work: string;
let tmux: Tmux;
const panes: Pane[] = [];

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) throw new Error('build first: node scripts/build.mjs');
});

afterEach(() => {
  for (const p of panes.splice(0)) p.kill();
  tmux?.stop();
});

function setup(): void {
  work = mkdtempSync(join(tmpdir(), 'icare-pty-'));
  tmux = new Tmux(work);
}

/**
 * The command as the respondent's shell runs it: CI and colour variables from the test runner
 * are removed (tmux's server inherits our environment), `extra` is added.
 */
function shell(args: string, extra = ''): string {
  return `env -u CI -u FORCE_COLOR -u NO_COLOR ${extra} node ${BIN} ${args}`;
}

function start(args: string, opts: { width?: number; height?: number; env?: string } = {}): Pane {
  const pane = tmux.start(shell(args, opts.env), { cwd: work, width: opts.width ?? 100, height: opts.height ?? 40 });
  panes.push(pane);
  return pane;
}

/** The screen from question `n`'s header on, once its prompt is up. */
async function promptFor(pane: Pane, n: number): Promise<string> {
  const header = `Question ${n} of ${TOTAL} ·`;
  const s = await pane.waitFor((screen) => screen.includes(header) && screen.slice(screen.lastIndexOf(header)).includes('? Your answer'));
  return s.slice(s.lastIndexOf(header));
}

/** Answers question `n` with a plausible key for whatever kind of question it is; gives the key. */
async function answer(pane: Pane, n: number): Promise<string> {
  const s = await promptFor(pane, n);
  const key = s.includes('? Your answer (') ? `Comment ${n}` : s.includes('y) Yes') ? 'y' : '3';
  pane.type(key);
  pane.send('Enter');
  return key;
}

function answersFile(): string {
  const files = readdirSync(join(work, 'out')).filter((f) => f.endsWith('.yaml'));
  expect(files).toHaveLength(1);
  return join(work, 'out', files[0]!);
}

describe('icare assess in a terminal: an interrupt from outside', () => {
  it('an interrupt from outside (SIGINT) ends the prompt on screen, saves and prints the resume command', async () => {
    setup();
    const pane = start('assess icare --organisation "Acme Support" --name Dana --role frontline --out out-sigint');
    await answer(pane, 1);
    await answer(pane, 2);
    await promptFor(pane, 3);
    // The node process itself (its shell's command line does not start with "node").
    const pids = spawnSync('pgrep', ['-f', `^node ${BIN} assess icare .*--out out-sigint`], { encoding: 'utf8' }).stdout.trim().split('\n').filter(Boolean);
    expect(pids).toHaveLength(1);
    process.kill(Number(pids[0]), 'SIGINT');
    const s = await pane.waitFor('[exit 130]');
    expect(s).toContain('icare: interrupted; every answer given so far is saved');
    expect(s).toContain(`Saved 2 of ${TOTAL} answers to out-sigint/acme-support-icare-`);
    expect(s).toMatch(/^ {2}icare assess --resume out-sigint\/\S+$/m);
    const files = readdirSync(join(work, 'out-sigint'));
    expect(files).toHaveLength(1);
    expect(Object.keys(parse(readFileSync(join(work, 'out-sigint', files[0]!), 'utf8')).answers)).toHaveLength(2);
  });
});

describe('icare assess in a terminal: answering by keys, Ctrl-C and resuming to the end', () => {
  it('answers by keys, saves on Ctrl-C (exit 130), resumes where it stopped and finishes', async () => {
    setup();
    const pane = start('assess icare --organisation "Acme Support" --name Dana --role frontline --out out');

    // The leaders' questions are left out of the count, and of the questions asked.
    expect(TOTAL).toBeLessThan(allQuestions(icare).length);
    // Q1 is a choice: 2 is its second option.
    expect(FIRST.type).toBe('choice');
    let s = await promptFor(pane, 1);
    expect(s).toContain(`2) ${FIRST.options[1]!.label}`);
    expect(s).not.toContain('Back to previous question');
    pane.type('2');
    pane.send('Enter');

    // Q2, a scale with help: show the help, then answer 4.
    expect(SECOND).toMatchObject({ type: 'scale', help: expect.any(String) as unknown });
    const help = SECOND.help!.split(' ').slice(0, 3).join(' ');
    s = await promptFor(pane, 2);
    expect(s).toContain(`4) ${SECOND.scale.labels[4]}`);
    expect(s).toContain('h) Show help');
    pane.type('h');
    pane.send('Enter');
    await pane.waitFor(help);
    await pane.waitFor((x) => x.slice(x.indexOf(help)).includes('? Your answer'));
    pane.type('4');
    pane.send('Enter');

    // Q3: a note, then the answer.
    await promptFor(pane, 3);
    pane.type('a');
    pane.send('Enter');
    await pane.waitFor('Note (Esc cancels)');
    pane.type('Busy on Saturdays');
    pane.send('Enter');
    await pane.waitFor((x) => x.includes('Note: Busy on Saturdays') && x.slice(x.lastIndexOf('Note: Busy on Saturdays')).includes('? Your answer'));
    pane.type('3');
    pane.send('Enter');

    // Q4: answer, then go back from Q5 (the earlier answer is offered again) and change it to n/a.
    const fourth = await answer(pane, 4);
    await promptFor(pane, 5);
    pane.type('b');
    pane.send('Enter');
    await pane.waitFor((x) => x.includes('↩ back') && x.slice(x.lastIndexOf('↩ back')).includes(`? Your answer ${fourth}`));
    pane.type('x');
    pane.send('Enter');
    await promptFor(pane, 5);

    expect(pane.screen({ escapes: true })).toMatch(/\u001b\[/); // colours by default
    pane.send('C-c');
    s = await pane.waitFor('[exit 130]');
    expect(s).toContain(`Saved 4 of ${TOTAL} answers to out/acme-support-icare-`);
    const command = /^ {2}(icare assess --resume \S+)$/m.exec(s)?.[1];
    expect(command).toBeDefined();

    const path = answersFile();
    const saved = parse(readFileSync(path, 'utf8'));
    expect(saved).toMatchObject({
      questionnaire: 'icare',
      organisation: 'Acme Support',
      respondent: { name: 'Dana', role: 'frontline' },
      status: 'in-progress',
      answers: {
        [FIRST.id]: FIRST.options[1]!.key, // answers files store an option's key
        [SECOND.id]: 4,
        [THIRD.id]: { value: 3, note: 'Busy on Saturdays' },
        [FOURTH.id]: 'n/a',
      },
    });
    expect(Object.keys(saved.answers)).toHaveLength(4);
    expect(command).toBe(`icare assess --resume out/${path.split('/').pop()}`);

    // The printed command, run as printed (with the built bin for `icare`).
    const resumed = start(command!.replace(/^icare /, ''));
    s = await promptFor(resumed, 5);
    expect(s).not.toContain('Question 4 of');
    for (let n = 5; n <= TOTAL; n++) await answer(resumed, n);
    s = await resumed.waitFor('[exit 0]', 15_000);
    expect(s).toContain('Your scorecard · ICARE: Legendary Service');
    expect(s).toMatch(/Overall \d+\.\d \(1 respondent: no interval\) · \w+/);
    expect(s).toContain(`icare report out/${path.split('/').pop()}`);

    const done = parse(readFileSync(path, 'utf8'));
    expect(done.status).toBe('complete');
    expect(Object.keys(done.answers).sort()).toEqual(ASKED.map((q) => q.id).sort());
    expect(done.answers[THIRD.id]).toEqual({ value: 3, note: 'Busy on Saturdays' });
    expect(done.answers[ASKED.at(-1)!.id]).toBe(`Comment ${TOTAL}`);

    const valid = spawnCli(['validate', path]);
    expect(valid.stdout + valid.stderr).toContain('0 errors');
    expect(valid.code).toBe(0);
    const report = spawnCli(['report', path]);
    if (!/not built yet/.test(report.stderr)) {
      expect(report.code).toBe(0);
      expect(report.stdout).toContain('ICARE');
    }
  });
});

describe('icare assess in a terminal: NO_COLOR, 60 columns and Esc', () => {
  it('NO_COLOR gives no escape codes, 60 columns stay readable, Esc saves and quits (exit 0)', async () => {
    setup();
    const pane = start('assess icare --organisation "Acme Support" --name Dana --role frontline --out out', { width: 60, env: 'NO_COLOR=1' });
    await promptFor(pane, 1);
    pane.type('1');
    pane.send('Enter');
    await promptFor(pane, 2);
    pane.type('2');
    await pane.waitFor(`❯ 2) ${SECOND.scale.labels[2]}`); // the picked line is marked without colour
    pane.send('Enter');
    await promptFor(pane, 3);
    pane.send('Escape'); // Esc quits like Ctrl-C
    await pane.waitFor('[exit 0]');

    // Escape codes would show in an -e capture; -J joins lines the terminal had to wrap, so any
    // line we did not wrap ourselves would come out wider than the pane.
    const raw = pane.screen({ escapes: true, join: true });
    expect(raw).not.toMatch(/\u001b/);
    const lines = pane.screen({ join: true }).split('\n');
    expect(lines.filter((l) => [...l.trimEnd()].length > 60)).toEqual([]);
    // The question text is wrapped at a space, not cut inside a word.
    const text = FIRST.text;
    const at = lines.findIndex((l) => l.startsWith(text.split(' ').slice(0, 3).join(' ')));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(`${lines[at]!.trimEnd()} ${lines[at + 1]!.trimEnd()}`).toBe(text);
    // The resume command still pastes as one command.
    const joined = pane.screen({ join: true });
    expect(joined).toMatch(/ {2}icare assess --resume \\\n {4}out\/acme-support-icare-\d{4}-\d\d-\d\d\.yaml/);
    expect(parse(readFileSync(answersFile(), 'utf8')).answers).toEqual({ [FIRST.id]: FIRST.options[0]!.key, [SECOND.id]: 2 });
  });
});
