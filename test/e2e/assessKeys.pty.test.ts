// Typing answers in a real terminal (tmux): the line-editing keys do to the answer what they do
// on screen, and an unknown key is always told the same way. Runs the built bin.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AssessTerminal, promptFor } from '../helpers/assessPane.js';
import { FIXTURES, ROOT } from '../helpers/cli.js';

const LITTLE = join(FIXTURES, 'assess', 'questionnaires');
let terminal: AssessTerminal;

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) throw new Error('build first: node scripts/build.mjs');
});

afterEach(() => terminal?.stop());

function savedAnswers(): Record<string, unknown> {
  const dir = join(terminal.work, 'assessments');
  const [file] = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
  return (parse(readFileSync(join(dir, file!), 'utf8')) as { answers: Record<string, unknown> }).answers;
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
    expect(savedAnswers()).toEqual({ greet: 4, written: 'yes', stage: 'Lived and reviewed' });
  });
});
