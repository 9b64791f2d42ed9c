// The questions `icare init` asks in a terminal. Values given as flags are not asked again.
import { input } from '@inquirer/prompts';

export interface InitAnswers {
  readonly id: string;
  readonly title: string;
  readonly sections: readonly string[];
}

export interface InitPromptOptions {
  readonly id?: string;
  readonly title?: string;
  readonly sections?: readonly string[];
  /** The id a title suggests, offered as the default. */
  readonly suggestId: (title: string) => string;
  /** Why an id cannot be used, or undefined when it can. */
  readonly checkId: (id: string) => string | undefined;
}

export interface PromptStreams {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
}

const MAX_SECTIONS = 50;

export async function askInit(opts: InitPromptOptions, streams: PromptStreams): Promise<InitAnswers> {
  const context = { input: streams.input, output: streams.output };
  const title =
    opts.title ??
    (
      await input(
        {
          message: 'Questionnaire title:',
          validate: (v) => (v.trim() ? true : 'Please enter a title, for example "Team health".'),
        },
        context,
      )
    ).trim();
  const id =
    opts.id ??
    (
      await input(
        {
          message: 'Questionnaire id (lowercase kebab-case):',
          default: opts.suggestId(title) || undefined,
          validate: (v) => opts.checkId(v.trim()) ?? true,
        },
        context,
      )
    ).trim();
  if (opts.sections) return { id, title, sections: opts.sections };
  const sections: string[] = [];
  while (sections.length < MAX_SECTIONS) {
    const first = sections.length === 0;
    const answer = (
      await input(
        {
          message: first ? 'Title of the first section:' : `Title of section ${sections.length + 1} (Enter to finish):`,
          validate: (v) => (!first || v.trim() ? true : 'A questionnaire needs at least one section.'),
        },
        context,
      )
    ).trim();
    if (!answer) break;
    sections.push(answer);
  }
  return { id, title, sections };
}
