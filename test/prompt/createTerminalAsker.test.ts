// The terminal asker driven by keystrokes through @inquirer/testing's mocked prompts: what the
// respondent types, what the command gets back, and what stays on screen.
import { screen, wrapPrompt } from '@inquirer/testing/vitest';
import { Chalk } from 'chalk';
import { PassThrough } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { type Question, type QuestionFile } from '../../src/core/model/model.js';
import { normaliseQuestionnaire } from '../../src/core/model/normaliseQuestionnaire.js';
import type { QuestionView } from '../../src/prompt/asker.js';
import { createTerminalAsker } from '../../src/prompt/createTerminalAsker.js';

// icare's own prompt, on the same mocked screen as inquirer's.
vi.mock('../../src/prompt/terminal/keyList.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/prompt/terminal/keyList.js')>();
  return { ...actual, keyList: wrapPrompt(actual.keyList) };
});

function question(q: Partial<QuestionFile> & { id?: string } = {}): Question {
  const file = normaliseQuestionnaire({
    id: 'demo',
    title: 'Demo',
    version: 1,
    sections: [{ id: 's', title: 'S', questions: [{ id: 'q1', text: 'Managers praise good service in front of the team.', ...q }] }],
  });
  return file.sections[0]!.questions[0]!;
}

function setup(columns = 80) {
  const out = Object.assign(new PassThrough(), { columns });
  let printed = '';
  out.on('data', (d: Buffer) => (printed += d.toString()));
  const asker = createTerminalAsker({ input: screen.input, output: out, chalk: new Chalk({ level: 0 }) });
  return { asker, printed: () => printed };
}

const view = (q: Question, extra: Partial<QuestionView> = {}): QuestionView => ({ question: q, number: 9, total: 30, canGoBack: true, ...extra });

describe('scale questions', () => {
  it('lists every labelled point with its number, n/a and the actions, and takes a number', async () => {
    const { asker, printed } = setup();
    const answer = asker.askQuestion(view(question()));
    const s = screen.getScreen();
    for (const line of ['1) Never', '2) Rarely', '3) Sometimes', '4) Usually', '5) Always', 'x) Does not apply here', "d) Don't know", 'a) Add a note…', 'b) ← Back to previous question', 'q) Save and quit']) {
      expect(s).toContain(line);
    }
    expect(s).not.toContain('h) Show help');
    expect(printed()).toContain('Question 9 of 30 · 30%');
    expect(printed()).toContain('Managers praise good service in front of the team.');
    screen.type('4');
    expect(screen.getScreen()).toContain('❯ 4) Usually');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 4 });
    expect(printed()).toContain('✔ 4 · Usually');
  });

  it('uses arrow keys too', async () => {
    const { asker } = setup();
    const answer = asker.askQuestion(view(question()));
    screen.keypress('down');
    screen.keypress('down');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 2 });
  });

  it('records "not applicable" as n/a', async () => {
    const { asker } = setup();
    const answer = asker.askQuestion(view(question()));
    screen.type('x');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 'n/a' });
  });

  it('refuses Enter with nothing chosen rather than guessing', async () => {
    const { asker } = setup();
    const answer = asker.askQuestion(view(question()));
    screen.keypress('enter');
    // The prompt re-renders synchronously with its error.
    expect(screen.getScreen()).toContain('Type one of the keys shown (or use ↑ ↓), then press Enter.');
    screen.type('3');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 3 });
  });

  it('does not let a number outside the scale pick an entry by position', async () => {
    const { asker } = setup();
    const answer = asker.askQuestion(view(question()));
    screen.type('6'); // rawlist would take this as "the 6th entry": n/a
    screen.keypress('enter');
    expect(screen.getScreen()).toContain('"6" is not one of the keys shown; please choose again.');
    expect(screen.getScreen()).toContain('1) Never');
    screen.keypress('backspace');
    screen.type('5');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 5 });
  });

  it('one wording for any unknown key, a letter or a word', async () => {
    const { asker } = setup();
    const answer = asker.askQuestion(view(question()));
    screen.type('z');
    screen.keypress('enter');
    expect(screen.getScreen()).toContain('"z" is not one of the keys shown; please choose again.');
    screen.keypress('backspace');
    screen.type('10');
    screen.keypress('enter');
    expect(screen.getScreen()).toContain('"10" is not one of the keys shown; please choose again.');
    screen.keypress({ name: 'u', ctrl: true });
    screen.type('3');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 3 });
  });

  it('edits the typed line as readline does: Ctrl-U clears it, Ctrl-W deletes the last word, Backspace one character', async () => {
    const { asker } = setup();
    const yes = asker.askQuestion(view(question({ type: 'yesno' })));
    screen.type('9');
    screen.keypress({ name: 'u', ctrl: true });
    expect(screen.getScreen()).toMatch(/^\? Your answer\s*$/m);
    screen.type('y');
    expect(screen.getScreen()).toContain('❯ y) Yes');
    screen.keypress('enter');
    await expect(yes).resolves.toEqual({ kind: 'answer', value: 'yes' });

    const word = asker.askQuestion(view(question()));
    screen.type('4 oops');
    screen.keypress({ name: 'w', ctrl: true });
    screen.keypress({ name: 'w', ctrl: true });
    expect(screen.getScreen()).toMatch(/^\? Your answer\s*$/m);
    screen.type('12');
    screen.keypress('backspace');
    expect(screen.getScreen()).toContain('❯ 1) Never');
    screen.keypress('enter');
    await expect(word).resolves.toEqual({ kind: 'answer', value: 1 });
  });

  it('offers the earlier answer as the default, so Enter keeps it', async () => {
    const { asker } = setup();
    const answer = asker.askQuestion(view(question(), { current: { value: 2, note: 'Only on Mondays' } }));
    expect(screen.getScreen()).toContain('Your answer 2');
    expect(screen.getScreen()).toContain('a) Edit the note…');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 2, note: 'Only on Mondays' });
  });

  it('adds a note, comes back to the same question with the note shown, then takes the answer', async () => {
    const { asker, printed } = setup();
    const answer = asker.askQuestion(view(question()));
    screen.type('a');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Note (Esc cancels)');
    screen.type('Busy days are different');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('a) Edit the note…');
    expect(printed()).toContain('Note: Busy days are different');
    screen.type('2');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 2, note: 'Busy days are different' });
  });

  it('removes a note with "-"', async () => {
    const { asker } = setup();
    const answer = asker.askQuestion(view(question(), { current: { value: 4, note: 'Old note' } }));
    screen.type('a');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Old note');
    for (let i = 0; i < 'Old note'.length; i++) screen.keypress('backspace');
    screen.type('-');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('a) Add a note…');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 4 });
  });

  it('shows help without leaving the question', async () => {
    const { asker, printed } = setup();
    const answer = asker.askQuestion(view(question({ help: 'Count the last ten team meetings.' })));
    expect(screen.getScreen()).toContain('h) Show help');
    screen.type('h');
    screen.keypress('enter');
    await screen.next();
    expect(printed()).toContain('Count the last ten team meetings.');
    expect(screen.getScreen()).toContain('1) Never');
    screen.type('5');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 5 });
  });

  it('goes back, and offers no way back on the first question', async () => {
    const { asker } = setup();
    const answer = asker.askQuestion(view(question()));
    screen.type('b');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'back' });

    const first = asker.askQuestion(view(question(), { number: 1, canGoBack: false }));
    expect(screen.getScreen()).not.toContain('Back to previous question');
    screen.type('q');
    screen.keypress('enter');
    await expect(first).resolves.toEqual({ kind: 'quit' });
  });

  it('quits on Esc and on Ctrl-C; only Ctrl-C counts as an interrupt, and ends every later prompt too', async () => {
    const { asker } = setup();
    const b = asker.askQuestion(view(question()));
    screen.keypress('escape');
    await expect(b).resolves.toEqual({ kind: 'quit' });
    expect(asker.interrupted?.()).toBe(false);
    const a = asker.askQuestion(view(question()));
    screen.keypress({ name: 'c', ctrl: true });
    await expect(a).resolves.toEqual({ kind: 'quit' });
    expect(asker.interrupted?.()).toBe(true);
    await expect(asker.askQuestion(view(question()))).resolves.toEqual({ kind: 'quit' });
  });

  it('numbers a 0–10 scale from 0', async () => {
    const { asker } = setup();
    const answer = asker.askQuestion(view(question({ scale: { min: 0, max: 10 } })));
    // The ends of an unlabelled scale are named (issue 17, item 12).
    expect(screen.getScreen()).toMatch(/^ {2}0\) lowest$/m);
    expect(screen.getScreen()).toMatch(/^ {2}5\)$/m);
    expect(screen.getScreen()).toMatch(/^ {2}10\) highest$/m);
    screen.type('0');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 0 });
  });
});

describe('other question types', () => {
  it('yesno: y, n and x', async () => {
    const { asker } = setup();
    const q = question({ type: 'yesno' });
    for (const [key, value] of [['y', 'yes'], ['n', 'no'], ['x', 'n/a']] as const) {
      const answer = asker.askQuestion(view(q));
      expect(screen.getScreen()).toContain('y) Yes');
      expect(screen.getScreen()).toContain('n) No');
      screen.type(key);
      screen.keypress('enter');
      await expect(answer).resolves.toEqual({ kind: 'answer', value });
    }
  });

  it('yesno: an earlier true is the default "y"', async () => {
    const { asker } = setup();
    const answer = asker.askQuestion(view(question({ type: 'yesno' }), { current: { value: true } }));
    expect(screen.getScreen()).toContain('Your answer y');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 'yes' });
  });

  it('choice: numbered options, answered with the label', async () => {
    const { asker, printed } = setup();
    const q = question({
      type: 'choice',
      options: [
        { label: 'Not defined', score: 0 },
        { label: 'Written and posted', score: 1 },
      ],
    });
    const answer = asker.askQuestion(view(q));
    expect(screen.getScreen()).toContain('1) Not defined');
    expect(screen.getScreen()).toContain('2) Written and posted');
    screen.type('2');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 'Written and posted' });
    expect(printed()).toContain('✔ Written and posted');
  });

  it('text: typed text, Enter alone skips, < goes back', async () => {
    const { asker } = setup();
    const q = question({ type: 'text' });
    const a = asker.askQuestion(view(q));
    expect(screen.getScreen()).toContain('Your answer (Enter alone skips, < goes back)');
    screen.type('Chat concurrency');
    screen.keypress('enter');
    await expect(a).resolves.toEqual({ kind: 'answer', value: 'Chat concurrency' });

    const b = asker.askQuestion(view(q));
    screen.keypress('enter');
    await expect(b).resolves.toEqual({ kind: 'skip' });

    const c = asker.askQuestion(view(q));
    screen.type('<');
    screen.keypress('enter');
    await expect(c).resolves.toEqual({ kind: 'back' });
  });

  it('text: an earlier answer is kept by Enter and removed by "-"', async () => {
    const { asker } = setup();
    const q = question({ type: 'text' });
    const a = asker.askQuestion(view(q, { current: { value: 'Old text' } }));
    expect(screen.getScreen()).toContain('Old text');
    screen.keypress('enter');
    await expect(a).resolves.toEqual({ kind: 'answer', value: 'Old text' });

    const b = asker.askQuestion(view(q, { current: { value: 'Old text' } }));
    for (let i = 0; i < 'Old text'.length; i++) screen.keypress('backspace');
    screen.type('-');
    screen.keypress('enter');
    await expect(b).resolves.toEqual({ kind: 'skip' });
  });

  it('nps classic: 0–10', async () => {
    const { asker } = setup();
    const answer = asker.askQuestion(view(question({ type: 'nps' })));
    const s = screen.getScreen();
    expect(s).toContain('0) Not at all likely');
    expect(s).toContain('10) Extremely likely');
    screen.type('10');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 10 });
  });

  it('nps binary: yes/no', async () => {
    const { asker } = setup();
    const answer = asker.askQuestion(view(question({ type: 'nps', variant: 'binary' })));
    expect(screen.getScreen()).not.toContain('10)');
    screen.type('n');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 'no' });
  });
});

describe('openings and details', () => {
  it('prints the section opening with where the respondent is', () => {
    const { asker, printed } = setup();
    asker.startSection({ number: 2, count: 5, title: 'Culture', description: 'How the team lives its values.', questions: 6 });
    expect(printed()).toContain('Section 2 of 5 · Culture · 6 questions');
    expect(printed()).toContain('How the team lives its values.');
  });

  it('strips terminal escapes from questionnaire text', async () => {
    const { asker, printed } = setup();
    const answer = asker.askQuestion(view(question({ text: 'Evil \u001b]0;pwned\u0007text\u001b[2J here' })));
    expect(printed()).toContain('Evil text here');
    expect(printed()).not.toContain('\u001b');
    screen.keypress({ name: 'c', ctrl: true });
    await answer;
  });

  it('wraps question text to a narrow terminal at word boundaries', async () => {
    const { asker, printed } = setup(40);
    const answer = asker.askQuestion(view(question({ text: 'Staff follow a customer problem through to the end, even when it falls outside their own job.' })));
    const lines = printed().split('\n');
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(40);
    expect(lines).toContain('Staff follow a customer problem through');
    screen.keypress({ name: 'c', ctrl: true });
    await answer;
  });

  it('chooses questionnaires with a checkbox, ICARE pre-selected', async () => {
    const { asker } = setup();
    const chosen = asker.chooseQuestionnaires(
      [
        { id: 'icare', title: 'ICARE', questions: 39 },
        { id: 'five-ideas', title: 'Five ideas', questions: 27 },
      ],
      ['icare'],
    );
    expect(screen.getScreen()).toMatch(/◉ ICARE · 39 questions/);
    expect(screen.getScreen()).toMatch(/◯ Five ideas · 27 questions/);
    screen.keypress('down');
    screen.keypress('space');
    screen.keypress('enter');
    await expect(chosen).resolves.toEqual(['icare', 'five-ideas']);
  });

  it('asks only for the details not given, with a typed role for "other"', async () => {
    const { asker } = setup();
    const details = asker.respondentDetails({ organisation: 'Acme Support' });
    expect(screen.getScreen()).toContain('Your name');
    screen.type('Dana');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('executive');
    for (let i = 0; i < 3; i++) screen.keypress('down');
    screen.keypress('enter');
    await screen.next();
    screen.type('Team lead');
    screen.keypress('enter');
    await expect(details).resolves.toEqual({ organisation: 'Acme Support', name: 'Dana', role: 'Team lead' });
  });

  it('requires an organisation, and returns null when the respondent quits', async () => {
    const { asker } = setup();
    const details = asker.respondentDetails({});
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Please type the organisation');
    screen.keypress({ name: 'c', ctrl: true });
    await expect(details).resolves.toBeNull();
  });
});

describe('interrupt', () => {
  it('ends the prompt on screen as a quit, and any later prompt at once', async () => {
    const { asker } = setup();
    const pending = asker.askQuestion(view(question()));
    expect(screen.getScreen()).toContain('3) Sometimes');
    asker.interrupt!();
    await expect(pending).resolves.toEqual({ kind: 'quit' });
    await expect(asker.askQuestion(view(question()))).resolves.toEqual({ kind: 'quit' });
  });
});
