// A question with answers to pick (scale, yes/no, choice, NPS): a list of the answers, each
// with its key, then the actions (note, help, back, save and quit) as letters in the same list.
import { Separator } from '@inquirer/core';
import { wrapText } from '../../render/text/wrapText.js';
import { answerChoices, choiceFor, type AnswerChoice } from '../answerChoices.js';
import type { AskResult, QuestionView } from '../asker.js';
import { askNote } from './askNote.js';
import { keyList, type KeyChoice } from './keyList.js';
import { CANCEL, QUIT } from './promptRunner.js';
import type { Terminal } from './terminal.js';

type Action = { readonly kind: 'answer'; readonly choice: AnswerChoice } | { readonly kind: 'note' | 'help' | 'back' | 'quit' };
type Choice = KeyChoice<Action> | Separator;

const NOTE: Action = { kind: 'note' };
const HELP: Action = { kind: 'help' };
const BACK: Action = { kind: 'back' };
const QUIT_ACTION: Action = { kind: 'quit' };

export async function askChoice(t: Terminal, view: QuestionView, earlierNote: string | undefined): Promise<AskResult> {
  const q = view.question;
  let note = earlierNote;
  const answers = answerChoices(q);
  const actions = new Map<string, Action>(answers.map((choice) => [choice.key, { kind: 'answer', choice }]));
  const currentChoice = view.current ? choiceFor(q, view.current.value) : undefined;
  const byDefault = currentChoice && actions.get(currentChoice.key);
  for (;;) {
    const choices: Choice[] = [
      ...answers.map((c) => ({ value: actions.get(c.key)!, key: c.key, name: choiceName(t, c.key, c.name), short: c.short })),
      new Separator(t.chalk.dim('─'.repeat(Math.min(30, t.width() - 4)))),
      { value: NOTE, key: 'a', name: note ? 'Edit the note…' : 'Add a note…' },
      ...(q.help ? [{ value: HELP, key: 'h', name: 'Show help' }] : []),
      ...(view.canGoBack ? [{ value: BACK, key: 'b', name: '← Back to previous question' }] : []),
      { value: QUIT_ACTION, key: 'q', name: 'Save and quit' },
    ];
    const r = await t.prompts.ask((ctx) => keyList<Action>({ message: 'Your answer', choices, ...(byDefault && { default: byDefault }), theme: t.theme }, ctx));
    if (r === QUIT || r === CANCEL) return { kind: 'quit' };
    switch (r.kind) {
      case 'answer':
        t.record(r.choice.short, note);
        return { kind: 'answer', value: r.choice.value, ...(note && { note }) };
      case 'note': {
        const edited = await askNote(t, note);
        if (edited === QUIT) return { kind: 'quit' };
        note = edited.note;
        break;
      }
      case 'help':
        for (const l of t.paragraphs(q.help ?? '', '  ')) t.say(t.chalk.dim(l));
        break;
      case 'back':
        t.say(t.chalk.dim('↩ back'));
        return { kind: 'back' };
      case 'quit':
        return { kind: 'quit' };
    }
  }
}

/** A choice's label wrapped so continuation lines sit under the label, not under the key. */
function choiceName(t: Terminal, key: string, name: string): string {
  const indent = ' '.repeat(key.length + 4);
  return wrapText(name, t.width() - 1 - indent.length).join('\n' + indent);
}
