// The id, title and section titles of the new questionnaire: asked in a terminal for whatever
// the flags leave out, or taken from the flags (and defaults) where nothing can be asked.
import { idFromTitle, idProblem } from '../../core/writing/questionnaireId.js';
import { DEFAULT_SECTION_TITLES } from '../../core/writing/scaffoldQuestionnaire.js';
import type { InitAnswers } from '../../prompt/initPrompts.js';
import { oneLine } from '../../render/text/sanitize.js';
import type { Context } from '../../shell/context.js';
import { displayPath } from '../../shell/files.js';
import { pathExists } from '../../shell/pathExists.js';
import { EXIT, UserError } from '../../shell/userError.js';

/** What the flags give, cleaned; a bad --id is refused here. */
interface InitFlags {
  readonly id?: string;
  readonly title?: string;
  readonly sections?: readonly string[];
}

export function initFlags(opts: { readonly id?: string; readonly title?: string; readonly sections?: string }): InitFlags {
  const id = opts.id?.trim();
  if (id !== undefined) {
    const problem = idProblem(id);
    if (problem) throw new UserError(`--id: ${problem}`);
  }
  const title = opts.title === undefined ? undefined : oneLine(opts.title).trim() || undefined;
  const sections = opts.sections === undefined ? undefined : cleanTitles(opts.sections.split(','));
  return { ...(id !== undefined && { id }), ...(title !== undefined && { title }), ...(sections !== undefined && { sections }) };
}

/** Why a bundled questionnaire's id is refused; `other` says how to give another one. */
export function bundledIdProblem(id: string, other: string): string {
  return `"${id}" is the id of a bundled questionnaire: wherever the new file is loaded, it would be used instead of that one. Choose another id (${other}), or use --force to take it anyway`;
}

interface IdChecks {
  /** The file a questionnaire with this id goes to. */
  readonly fileFor: (id: string) => string;
  readonly isBundled: (id: string) => boolean;
}

/** Asks for what the flags leave out; an id whose file exists, or a bundled one's, is refused unless `force`. */
export async function askInitAnswers(flags: InitFlags, { fileFor, isBundled }: IdChecks, force: boolean, ctx: Context): Promise<InitAnswers> {
  const { askInit } = await import('../../prompt/initPrompts.js');
  try {
    const answers = await askInit(
      {
        ...flags,
        suggestId: idFromTitle,
        checkId: (candidate) => {
          const problem = idProblem(candidate);
          if (problem) return oneLine(problem);
          if (!force && isBundled(candidate)) return bundledIdProblem(candidate, 'type another one');
          const file = fileFor(candidate);
          return !force && pathExists(file) ? `${displayPath(file, ctx.io.cwd)} already exists; choose another id, or run again with --force` : undefined;
        },
      },
      { input: ctx.io.stdin, output: ctx.io.stdout as NodeJS.WritableStream },
    );
    return { id: answers.id, title: oneLine(answers.title).trim(), sections: cleanTitles(answers.sections) };
  } catch (e) {
    // Ctrl+C in a prompt; nothing has been written.
    if ((e as Error).name === 'ExitPromptError' || (e as Error).name === 'AbortPromptError') throw new UserError('cancelled; nothing was written', EXIT.interrupted);
    throw e;
  }
}

/** The flags alone: a title is needed, the id can come from it, the sections default. */
export function initAnswersFromFlags(flags: InitFlags): InitAnswers {
  if (flags.title === undefined) {
    throw new UserError('init needs --title (and optionally --id and --sections) when it cannot ask: not a terminal, CI, or --yes. Example: icare init --title "Team health" --sections "Hiring,Coaching" --yes');
  }
  const id = flags.id ?? idFromTitle(flags.title);
  const problem = idProblem(id);
  if (problem) throw new UserError(`cannot derive an id from the title (${problem}); give one with --id`);
  return { id, title: flags.title, sections: flags.sections ?? DEFAULT_SECTION_TITLES };
}

function cleanTitles(titles: readonly string[]): string[] {
  return titles.map((s) => oneLine(s).trim()).filter((s) => s !== '');
}
