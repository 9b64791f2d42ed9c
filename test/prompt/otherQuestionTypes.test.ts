// Yes/no, choice, text and NPS questions in the terminal asker.
import { screen } from '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
import { question, setup, view } from '../helpers/terminalAsker.js';

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
