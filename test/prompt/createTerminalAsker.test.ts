// The terminal asker driven by keystrokes through @inquirer/testing's mocked prompts: what the
// respondent types, what the command gets back, and what stays on screen.
import { screen } from '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
import { question, setup, view } from '../helpers/terminalAsker.js';

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
