// Scale questions in the terminal asker: keys, typing and editing, notes, help, back and quit.
import { screen } from '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
import { question, setup, view } from '../helpers/terminalAsker.js';

describe('scale questions: choosing a point by number, arrow or n/a', () => {
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

describe('scale questions: unknown keys and editing the typed line', () => {
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
});

describe('scale questions: earlier answers, notes, help, back and quit', () => {
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
});
