// The terminal Asker, on @inquirer/prompts. A question is a rawlist: every answer has a key
// (numbers for scale points, y/n, x for n/a) that is typed and confirmed with Enter, or picked
// with ↑↓; the actions (note, help, back, save and quit) are letters in the same list.
// Ctrl-C and Esc quit (the command saves and prints how to resume); the prompts clear themselves
// when done and a one-line record of the answer stays, so the scrollback reads as a transcript.
import { checkbox, input, rawlist, select, Separator } from '@inquirer/prompts';
import type { ChalkInstance } from 'chalk';
import { KNOWN_ROLES } from '../core/model/model.js';
import { oneLine, stripControl } from '../render/text/sanitize.js';
import { wrap, wrapParagraphs, wrapText } from '../render/text/wrapText.js';
import { answerChoices, choiceFor, type AnswerChoice } from './answerChoices.js';
import type { Asker, AskResult, QuestionnaireChoice, QuestionnaireView, QuestionView, RespondentDetails, SectionView } from './asker.js';
import { promptTheme } from './promptTheme.js';

export interface TerminalAskerOptions {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream & { readonly columns?: number };
  readonly chalk: ChalkInstance;
}

/** Typed in a text question's box to go back instead of answering. */
export const TEXT_BACK = '<';
/**
 * Typed alone to remove an earlier text answer or note. Clearing a prefilled box is not enough:
 * inquirer's input falls back to its default when the box is left empty.
 */
export const REMOVE = '-';

const QUIT = Symbol('quit');
const CANCEL = Symbol('cancel');

type Action = { readonly kind: 'answer'; readonly choice: AnswerChoice } | { readonly kind: 'note' | 'help' | 'back' | 'quit' };

interface PromptContext {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  clearPromptOnDone: boolean;
  signal: AbortSignal;
}

export function createTerminalAsker(opts: TerminalAskerOptions): Asker {
  const { chalk } = opts;
  const theme = promptTheme(chalk);
  let hinted = false;
  // The prompt on screen, and whether an interrupt asked to end it (and any prompt after it).
  let current: AbortController | undefined;
  let interrupted = false;

  const width = (): number => {
    const cols = opts.output.columns;
    return Math.max(30, Math.min(typeof cols === 'number' && cols > 0 ? cols : 80, 100));
  };
  const say = (text = ''): void => {
    opts.output.write(text + '\n');
  };
  const paragraphs = (text: string, indent = ''): string[] => wrapParagraphs(stripControl(text), width() - 1, indent);

  /**
   * Runs one prompt; Ctrl-C gives QUIT, Esc gives `onEscape`. inquirer's readline emits
   * keypress events on the input stream, which is where Esc is seen (a lone ESC, after
   * readline's short wait for an escape sequence).
   */
  async function ask<T>(start: (ctx: PromptContext) => Promise<T>, onEscape: typeof QUIT | typeof CANCEL = QUIT): Promise<T | typeof QUIT | typeof CANCEL> {
    if (interrupted) return QUIT;
    const controller = new AbortController();
    current = controller;
    const onKey = (_: unknown, key?: { name?: string }): void => {
      if (key?.name === 'escape') controller.abort();
    };
    const pending = start({ input: opts.input, output: opts.output, clearPromptOnDone: true, signal: controller.signal });
    opts.input.on('keypress', onKey);
    try {
      return await pending;
    } catch (e) {
      const name = (e as Error).name;
      if (name === 'AbortPromptError') return interrupted ? QUIT : onEscape;
      if (name === 'ExitPromptError') return QUIT;
      throw e;
    } finally {
      opts.input.off('keypress', onKey);
      current = undefined;
    }
  }

  async function chooseQuestionnaires(choices: readonly QuestionnaireChoice[], preselected: readonly string[]): Promise<string[] | null> {
    const r = await ask((ctx) =>
      checkbox(
        {
          message: 'Which questionnaires?',
          choices: choices.map((c) => ({
            value: c.id,
            name: fit(`${oneLine(c.title)} · ${c.questions} questions`, width() - 4),
            short: oneLine(c.title),
            checked: preselected.includes(c.id),
          })),
          pageSize: Math.min(Math.max(choices.length, 3), 12),
          required: true,
          theme,
        },
        ctx,
      ),
    );
    if (r === QUIT || r === CANCEL) return null;
    say(`${theme.prefix.done} Questionnaires: ${r.map((id) => oneLine(choices.find((c) => c.id === id)?.title ?? id)).join(', ')}`);
    return r;
  }

  async function respondentDetails(known: Partial<RespondentDetails>): Promise<RespondentDetails | null> {
    let organisation = known.organisation;
    if (organisation === undefined) {
      const r = await ask((ctx) =>
        input({ message: 'Organisation', validate: (v) => (oneLine(v).trim() ? true : 'Please type the organisation’s name'), theme }, ctx),
      );
      if (r === QUIT || r === CANCEL) return null;
      organisation = oneLine(r).trim();
      say(`${theme.prefix.done} Organisation: ${organisation}`);
    }
    let name = known.name;
    if (name === undefined) {
      const r = await ask((ctx) => input({ message: 'Your name (optional, Enter to skip)', theme }, ctx));
      if (r === QUIT || r === CANCEL) return null;
      name = oneLine(r).trim() || undefined;
      say(`${theme.prefix.done} Name: ${name ?? chalk.dim('(not given)')}`);
    }
    let role = known.role;
    if (role === undefined) {
      const r = await ask((ctx) =>
        select(
          {
            message: 'Your role',
            choices: [
              ...KNOWN_ROLES.map((k) => ({ value: k as string, name: k })),
              { value: '', name: 'other (type it)' },
            ],
            theme,
          },
          ctx,
        ),
      );
      if (r === QUIT || r === CANCEL) return null;
      role = r;
      if (role === '') {
        const typed = await ask((ctx) => input({ message: 'Your role', validate: (v) => (oneLine(v).trim() ? true : 'Please type your role'), theme }, ctx));
        if (typed === QUIT || typed === CANCEL) return null;
        role = oneLine(typed).trim();
      }
      say(`${theme.prefix.done} Role: ${role}`);
    }
    return { organisation, ...(name !== undefined && { name }), ...(role !== undefined && { role }) };
  }

  function startQuestionnaire(view: QuestionnaireView): void {
    say();
    for (const l of paragraphs(view.title)) say(chalk.bold(l));
    say(chalk.dim(wrap(`${view.questions} questions · every answer is saved at once to ${oneLine(view.file)}`, width() - 1, '  ')));
  }

  function startSection(view: SectionView): void {
    say();
    const head = `Section ${view.number} of ${view.count} · ${oneLine(view.title)} · ${view.questions} ${view.questions === 1 ? 'question' : 'questions'}`;
    for (const l of wrapText(head, width() - 1)) say(chalk.bold.underline(l));
    if (view.description) for (const l of paragraphs(view.description)) say(chalk.dim(l));
  }

  function questionHeader(view: QuestionView, note: string | undefined): void {
    say();
    say(chalk.dim(`Question ${view.number} of ${view.total} · ${Math.round((view.number / view.total) * 100)}%`));
    for (const l of paragraphs(view.question.text)) say(chalk.bold(l));
    if (note) showNote(note);
    if (!hinted) {
      hinted = true;
      const how =
        view.question.type === 'text'
          ? `Type your answer and press Enter; Enter alone skips, ${TEXT_BACK} goes back, Ctrl-C saves and quits.`
          : 'Type the number or letter and press Enter, or use ↑ ↓ and Enter. Ctrl-C or q saves and quits.';
      for (const l of wrapText(how, width() - 1)) say(chalk.dim(l));
    }
  }

  function showNote(note: string): void {
    for (const l of wrapText(`Note: ${oneLine(note)}`, width() - 1, '  ')) say(chalk.italic(l));
  }

  /** What stays on screen once a prompt has cleared itself: the answer given. */
  function record(short: string, note?: string): void {
    const [first = '', ...rest] = wrapText(short, width() - 3);
    say(`${theme.prefix.done} ${chalk.cyan(first)}`);
    for (const l of rest) say(`  ${chalk.cyan(l)}`);
    if (note) showNote(note);
  }

  /**
   * Follows what is typed into a rawlist (its readline line is out of reach): printable keys
   * add, Backspace removes, the arrow keys start over, as they do in rawlist.
   */
  function typedLine(): { text: () => string; stop: () => void } {
    let line = '';
    // Mirrors readline: it inserts the event's string and acts on named keys.
    const onKey = (ch: unknown, key?: { name?: string; ctrl?: boolean; meta?: boolean }): void => {
      const name = key?.name;
      if (name === 'up' || name === 'down') line = '';
      else if (name === 'backspace') line = line.slice(0, -1);
      else if (typeof ch === 'string' && !key?.ctrl && !key?.meta && [...ch].length === 1 && ch >= ' ') line += ch;
    };
    opts.input.on('keypress', onKey);
    return { text: () => line.trim(), stop: () => void opts.input.off('keypress', onKey) };
  }

  /** One line per questionnaire keeps the checkbox's pages honest; long titles lose their tail. */
  function fit(text: string, room: number): string {
    const chars = [...text];
    return chars.length <= room ? text : chars.slice(0, Math.max(1, room - 1)).join('') + '…';
  }

  /** A choice's label wrapped so continuation lines sit under the label, not under the key. */
  function choiceName(key: string, name: string): string {
    const indent = ' '.repeat(key.length + 4);
    const lines = wrapText(name, width() - 1 - indent.length);
    return lines.join('\n' + indent);
  }

  async function askText(view: QuestionView, note: string | undefined): Promise<AskResult> {
    const current = view.current === undefined ? '' : oneLine(String(view.current.value));
    const r = await ask((ctx) =>
      input(
        {
          message: `Your answer (${[current ? `Enter keeps it, ${REMOVE} removes it` : 'Enter alone skips', ...(view.canGoBack ? [`${TEXT_BACK} goes back`] : [])].join(', ')})`,
          ...(current && { default: current, prefill: 'editable' as const }),
          validate: (v) => (v.trim() === TEXT_BACK && !view.canGoBack ? 'This is the first question' : v.length > 10000 ? 'Please keep it under 10,000 characters' : true),
          theme,
        },
        ctx,
      ),
    );
    if (r === QUIT || r === CANCEL) return { kind: 'quit' };
    const text = stripControl(r).trim();
    if (text === TEXT_BACK) return { kind: 'back' };
    if (text === '' || (current && text === REMOVE)) {
      say(`${chalk.dim(current ? '– removed' : '– skipped')}`);
      return { kind: 'skip' };
    }
    record(text);
    return { kind: 'answer', value: text, ...(note && { note }) };
  }

  async function askQuestion(view: QuestionView): Promise<AskResult> {
    const q = view.question;
    let note = view.current?.note;
    questionHeader(view, note);
    if (q.type === 'text') return askText(view, note);

    const answers = answerChoices(q);
    const currentChoice = view.current ? choiceFor(q, view.current.value) : undefined;
    const actions = new Map<string, Action>(answers.map((choice) => [choice.key, { kind: 'answer', choice }]));
    const byDefault = currentChoice && actions.get(currentChoice.key);
    const noteAction: Action = { kind: 'note' };
    const helpAction: Action = { kind: 'help' };
    const backAction: Action = { kind: 'back' };
    const quitAction: Action = { kind: 'quit' };
    for (;;) {
      const choices: ({ value: Action; key: string; name: string; short?: string } | Separator)[] = [
        ...answers.map((c) => ({ value: actions.get(c.key)!, key: c.key, name: choiceName(c.key, c.name), short: c.short })),
        new Separator(chalk.dim('─'.repeat(Math.min(30, width() - 4)))),
        { value: noteAction, key: 'a', name: note ? 'Edit the note…' : 'Add a note…' },
        ...(q.help ? [{ value: helpAction, key: 'h', name: 'Show help' }] : []),
        ...(view.canGoBack ? [{ value: backAction, key: 'b', name: '← Back to previous question' }] : []),
        { value: quitAction, key: 'q', name: 'Save and quit' },
      ];
      const typed = typedLine();
      const r = await ask((ctx) => rawlist<Action>({ message: 'Your answer', choices, ...(byDefault && { default: byDefault }), theme }, ctx)).finally(typed.stop);
      if (r === QUIT || r === CANCEL) return { kind: 'quit' };
      // rawlist falls back to "the n-th entry" for a number that is not a key, so "6" on a
      // 1–5 scale would pick n/a; only an exact key (or the arrow keys) counts here.
      const key = choices.find((c): c is Exclude<typeof c, Separator> => !(c instanceof Separator) && c.value === r)?.key;
      if (typed.text() !== '' && typed.text() !== key) {
        say(chalk.yellow(`"${oneLine(typed.text())}" is not one of the keys shown; please choose again.`));
        continue;
      }
      switch (r.kind) {
        case 'answer':
          record(r.choice.short, note);
          return { kind: 'answer', value: r.choice.value, ...(note && { note }) };
        case 'note': {
          const typed = await ask(
            (ctx) =>
              input(
                {
                  message: note ? `Note (Enter keeps it, ${REMOVE} removes it, Esc cancels)` : 'Note (Esc cancels)',
                  ...(note && { default: note, prefill: 'editable' as const }),
                  validate: (v) => (v.length > 10000 ? 'Please keep it under 10,000 characters' : true),
                  theme,
                },
                ctx,
              ),
            CANCEL,
          );
          if (typed === QUIT) return { kind: 'quit' };
          if (typed !== CANCEL) {
            const t = oneLine(typed).trim();
            note = t === '' || t === REMOVE ? undefined : t;
            if (note) showNote(note);
            else say(chalk.dim('  No note.'));
          }
          break;
        }
        case 'help':
          for (const l of paragraphs(q.help ?? '', '  ')) say(chalk.dim(l));
          break;
        case 'back':
          say(chalk.dim('↩ back'));
          return { kind: 'back' };
        case 'quit':
          return { kind: 'quit' };
      }
    }
  }

  function interrupt(): void {
    interrupted = true;
    current?.abort();
  }

  return { chooseQuestionnaires, respondentDetails, startQuestionnaire, startSection, askQuestion, interrupt };
}

