// Typing answers in a real terminal (tmux): the line-editing keys do to the answer what they do
// on screen, and an unknown key is always told the same way; x (n/a) and d (don't know); a role
// is asked only its audience's questions; --anonymous stores no name. Runs the built bin.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AssessTerminal, answerWith, promptFor } from '../helpers/assessPane.js';
import { FIXTURES, ROOT, spawnCli } from '../helpers/cli.js';
import { printedCommands, runPrinted } from '../helpers/printedCommands.js';

const LITTLE = join(FIXTURES, 'assess', 'questionnaires');
const AUDIENCE = join(FIXTURES, 'assess', 'audience');
let terminal: AssessTerminal;

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) throw new Error('build first: node scripts/build.mjs');
});

afterEach(() => terminal?.stop());

/** The one answers file the run saved: its name and what it holds. */
function saved(folder = 'assessments'): { name: string; path: string; data: { respondent?: unknown; status?: string; answers: Record<string, unknown> }; text: string } {
  const dir = join(terminal.work, folder);
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
  expect(files).toHaveLength(1);
  const path = join(dir, files[0]!);
  const text = readFileSync(path, 'utf8');
  return { name: files[0]!, path, data: parse(text) as ReturnType<typeof saved>['data'], text };
}

describe('line editing in assess', () => {
  it('Ctrl-U clears the typed text, Ctrl-W deletes the last word, Backspace one character; one wording for an unknown key', async () => {
    terminal = new AssessTerminal();
    const pane = terminal.start(`icare assess little --questionnaires ${LITTLE} --organisation Acme --name '' --role frontline`);

    // Q1, a 1–5 scale: "9", Ctrl-U, "4" is 4.
    await promptFor(pane, 1, 6);
    pane.type('9');
    await pane.waitFor(/\? Your answer 9$/m);
    pane.send('C-u');
    await pane.waitFor(/^\? Your answer$/m);
    pane.type('4');
    await pane.waitFor('❯ 4) Usually');
    pane.send('Enter');
    await pane.waitFor('✔ 4 · Usually');

    // Q2, yes/no: the case, "9", Ctrl-U, "y" is yes.
    await promptFor(pane, 2, 6);
    pane.type('9');
    pane.send('C-u');
    pane.type('y');
    pane.send('Enter');
    await pane.waitFor('✔ Yes');

    // Q3, a choice: an unknown key is told so, and the prompt stays; Ctrl-W and Backspace edit.
    await promptFor(pane, 3, 6);
    pane.type('z');
    pane.send('Enter');
    await pane.waitFor('"z" is not one of the keys shown; please choose again.');
    pane.send('BSpace');
    pane.type('7');
    pane.send('Enter');
    await pane.waitFor('"7" is not one of the keys shown; please choose again.');
    pane.send('BSpace');
    pane.type('3 and more');
    pane.send('C-w');
    pane.send('C-w');
    await pane.waitFor(/^\? Your answer 3$/m);
    pane.send('Enter');
    await pane.waitFor('✔ Lived and reviewed');

    await promptFor(pane, 4, 6);
    pane.send('Escape');
    const s = await pane.waitFor('[exit 0]');
    expect(s).not.toContain('is not one of the keys shown; please choose again.\n✔');
    expect(saved().data.answers).toEqual({ greet: 4, written: 'yes', stage: 'Lived and reviewed' });
  });
});

describe('audiences, n/a and don\'t know, --anonymous', () => {
  it('frontline is asked its three questions; x is n/a, d is don\'t know; no name is asked or stored', async () => {
    terminal = new AssessTerminal();
    const pane = terminal.start(`icare assess audience --questionnaires ${AUDIENCE} --organisation Acme --role frontline --anonymous`);
    let s = await answerWith(pane, 1, 3, 'x');
    expect(s).toContain('Customers are greeted within a minute.');
    await pane.waitFor('✔ n/a');
    s = await answerWith(pane, 2, 3, 'd');
    expect(s).toContain('Someone looks after the queue at busy times.');
    await pane.waitFor("✔ don't know");
    s = await answerWith(pane, 3, 3, 'y');
    expect(s).toContain('My manager asked me for an idea');
    const screen = await pane.waitFor('[exit 0]');
    expect(screen).toContain('Section 1 of 2 · Everyone · 1 question');
    expect(screen).toContain('Section 2 of 2 · On the floor · 2 questions');
    expect(screen).not.toMatch(/budget|board|revised/);
    expect(screen).not.toContain('Your name');

    const file = saved();
    expect(file.name).toMatch(/^acme-audience-frontline-[0-9a-f]{6}\.yaml$/);
    expect(file.data).toMatchObject({ status: 'complete', respondent: { role: 'frontline' }, answers: { greet: 'n/a', 'queue-managed': 'dont-know', 'asked-for-ideas': 'yes' } });
    expect(file.text).not.toContain('name');
    const [report] = printedCommands(screen.slice(0, screen.indexOf('[exit 0]')));
    expect(report).toBe(`icare report assessments/${file.name} --questionnaires ${AUDIENCE}`);
    expect(runPrinted(report!, terminal.work).code).toBe(0);
    expect(spawnCli(['validate', file.path, '-q', AUDIENCE, '--max-warnings', '0']).code).toBe(0);
  });

  it('a role chosen at the prompt decides the questions too: a manager gets the leaders\' ones', async () => {
    terminal = new AssessTerminal();
    const pane = terminal.start(`icare assess audience --questionnaires ${AUDIENCE} --organisation Acme --anonymous --out out`);
    await pane.waitFor('Your role');
    pane.send('Down');
    await pane.waitFor('❯ manager');
    pane.send('Enter');
    for (const [n, key] of [[1, 'd'], [2, 'x'], [3, 'y'], [4, 'n']] as const) await answerWith(pane, n, 4, key);
    await pane.waitFor('[exit 0]');
    const file = saved('out');
    expect(file.name).toMatch(/^acme-audience-manager-[0-9a-f]{6}\.yaml$/);
    expect(file.data.answers).toEqual({ greet: 'dont-know', 'standards-revised': 'n/a', 'budget-set': 'yes', 'asked-for-ideas': 'no' });
  });
});
