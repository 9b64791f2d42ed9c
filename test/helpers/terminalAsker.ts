// The terminal asker on @inquirer/testing's mocked screen, icare's own prompt (keyList) included:
// a question to ask, the view of it, and an asker whose printed lines can be read back.
import { screen, wrapPrompt } from '@inquirer/testing/vitest';
import { Chalk } from 'chalk';
import { PassThrough } from 'node:stream';
import { vi } from 'vitest';
import { type Question, type QuestionFile } from '../../src/core/model/model.js';
import { normaliseQuestionnaire } from '../../src/core/model/normaliseQuestionnaire.js';
import type { QuestionView } from '../../src/prompt/asker.js';
import { createTerminalAsker } from '../../src/prompt/createTerminalAsker.js';

// icare's own prompt, on the same mocked screen as inquirer's.
vi.mock('../../src/prompt/terminal/keyList.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/prompt/terminal/keyList.js')>();
  return { ...actual, keyList: wrapPrompt(actual.keyList) };
});

export function question(q: Partial<QuestionFile> & { id?: string } = {}): Question {
  const file = normaliseQuestionnaire({
    id: 'demo',
    title: 'Demo',
    version: 1,
    sections: [{ id: 's', title: 'S', questions: [{ id: 'q1', text: 'Managers praise good service in front of the team.', ...q }] }],
  });
  return file.sections[0]!.questions[0]!;
}

export function setup(columns = 80) {
  const out = Object.assign(new PassThrough(), { columns });
  let printed = '';
  out.on('data', (d: Buffer) => (printed += d.toString()));
  const asker = createTerminalAsker({ input: screen.input, output: out, chalk: new Chalk({ level: 0 }) });
  return { asker, printed: () => printed };
}

export const view = (q: Question, extra: Partial<QuestionView> = {}): QuestionView => ({ question: q, number: 9, total: 30, canGoBack: true, ...extra });
