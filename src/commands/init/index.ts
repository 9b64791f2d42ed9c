// `icare init [PATH]`: scaffold a questionnaire that passes `icare validate` with no warnings.
// It asks in a terminal, and takes flags everywhere else (CI, pipes, --yes).
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { slug } from '../../core/writing/answersYaml.js';
import { KEBAB_CASE } from '../../core/checks/questionnaireRules.js';
import { DEFAULT_SECTION_TITLES, scaffoldQuestionnaire } from '../../core/writing/scaffoldQuestionnaire.js';
import { oneLine } from '../../render/text/sanitize.js';
import type { Context } from '../../shell/context.js';
import { displayPath } from '../../shell/files.js';
import { EXIT, ioFailure, UserError } from '../../shell/userError.js';
import { FileExistsError, writeFileAtomic } from '../../shell/writeFileAtomic.js';

export interface InitOptions {
  readonly path?: string;
  readonly id?: string;
  readonly title?: string;
  /** Comma-separated section titles. */
  readonly sections?: string;
  readonly yes?: boolean;
  readonly force?: boolean;
}

const MAX_ID = 80;
const YAML_NAME = /\.ya?ml$/i;

/** Why an id cannot be a questionnaire id, or undefined when it can. */
export function idProblem(id: string): string | undefined {
  if (!id) return 'the id is empty';
  if (id.length > MAX_ID) return `the id is longer than ${MAX_ID} characters`;
  if (!KEBAB_CASE.test(id)) return `"${oneLine(id)}" is not lowercase kebab-case (letters, digits and single dashes, like "team-health")`;
  return undefined;
}

/** The id a title suggests: "Team Health!" → "team-health". */
export function idFromTitle(title: string): string {
  return slug(title).replace(/-+$/, '');
}

function isCi(env: Context['io']['env']): boolean {
  const ci = env.CI;
  return ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';
}

/**
 * The modeline target: relative when the new file and the bundled schema share a project (so the
 * file can be committed and works for everyone who installs icare the same way), absolute otherwise.
 */
export function schemaReference(fileDir: string, schemaPath: string, isProject: (dir: string) => boolean): string {
  const rel = relative(fileDir, schemaPath);
  const ups = rel.split(sep).filter((p) => p === '..').length;
  const common = resolve(fileDir, ...Array<string>(ups).fill('..'));
  if (!isAbsolute(rel) && dirname(common) !== common && isProject(common)) return rel.split(sep).join('/');
  return schemaPath;
}

const isProjectDir = (dir: string): boolean => ['package.json', '.git', 'node_modules'].some((f) => existsSync(join(dir, f)));

/** Quotes a path or id for a shell command line when it needs it. */
function shellArg(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

export async function init(opts: InitOptions, ctx: Context): Promise<number> {
  const cwd = ctx.io.cwd;
  const force = opts.force === true;
  const given = {
    id: opts.id?.trim(),
    title: opts.title === undefined ? undefined : oneLine(opts.title).trim() || undefined,
    sections: opts.sections === undefined ? undefined : splitSections(opts.sections),
  };
  if (given.id !== undefined) {
    const problem = idProblem(given.id);
    if (problem) throw new UserError(`--id: ${problem}`);
  }

  // Where to write: PATH as a file, PATH as an existing folder, or the current folder.
  let dir = cwd;
  let fixedFile: string | undefined;
  if (opts.path !== undefined) {
    const abs = resolve(cwd, opts.path);
    if (existsSync(abs) && statSync(abs).isDirectory()) dir = abs;
    else {
      if (!YAML_NAME.test(abs)) throw new UserError(`${opts.path}: the file name must end in .yaml or .yml, so that \`--questionnaires\` folders pick it up`);
      fixedFile = abs;
      dir = dirname(abs);
      if (!force && existsSync(abs)) throw new UserError(`${opts.path} already exists; use --force to overwrite it`);
    }
  }
  const fileFor = (id: string): string => fixedFile ?? join(dir, `${id}.yaml`);

  let id: string;
  let title: string;
  let sections: readonly string[];
  const interactive = ctx.io.stdin.isTTY === true && opts.yes !== true && !isCi(ctx.io.env);
  if (interactive) {
    const { askInit } = await import('../../prompt/initPrompts.js');
    try {
      const answers = await askInit(
        {
          ...(given.id !== undefined && { id: given.id }),
          ...(given.title !== undefined && { title: given.title }),
          ...(given.sections !== undefined && { sections: given.sections }),
          suggestId: idFromTitle,
          checkId: (candidate) => {
            const problem = idProblem(candidate);
            if (problem) return problem;
            const file = fileFor(candidate);
            return !force && existsSync(file) ? `${displayPath(file, cwd)} already exists; choose another id, or run again with --force` : undefined;
          },
        },
        { input: ctx.io.stdin, output: ctx.io.stdout as NodeJS.WritableStream },
      );
      ({ id, title, sections } = answers);
      title = oneLine(title).trim();
      sections = answers.sections.map((s) => oneLine(s).trim()).filter((s) => s !== '');
    } catch (e) {
      // Ctrl+C in a prompt; nothing has been written.
      if ((e as Error).name === 'ExitPromptError' || (e as Error).name === 'AbortPromptError') throw new UserError('cancelled; nothing was written');
      throw e;
    }
  } else {
    if (given.title === undefined) {
      throw new UserError('init needs --title (and optionally --id and --sections) when it cannot ask: not a terminal, CI, or --yes. Example: icare init --title "Team health" --sections "Hiring,Coaching" --yes');
    }
    title = given.title;
    id = given.id ?? idFromTitle(title);
    const problem = idProblem(id);
    if (problem) throw new UserError(`cannot derive an id from the title (${problem}); give one with --id`);
    sections = given.sections ?? DEFAULT_SECTION_TITLES;
  }
  if (sections.length === 0) sections = DEFAULT_SECTION_TITLES;

  const file = fileFor(id);
  const schema = schemaReference(dirname(file), join(ctx.packageRoot, 'schema', 'questionnaire.schema.json'), isProjectDir);
  const text = scaffoldQuestionnaire({ id, title, sections, schema });
  const shown = displayPath(file, cwd);
  try {
    writeFileAtomic(file, text, { overwrite: force });
  } catch (e) {
    if (e instanceof FileExistsError) throw new UserError(`${shown} already exists; use --force to overwrite it`);
    throw ioFailure(`cannot write ${shown}`, e);
  }
  const folder = dirname(file) === resolve(cwd) ? '.' : displayPath(dirname(file), cwd);
  const { chalk } = ctx;
  ctx.io.stdout.write(
    [
      `${chalk.green('Created')} ${oneLine(shown)} (${sections.length} section${sections.length === 1 ? '' : 's'} plus comments, questionnaire id "${id}")`,
      '',
      'Next steps:',
      `  1. Edit the example questions and recommendations in ${oneLine(basename(file))}.`,
      `  2. Check it:    icare validate ${shellArg(shown)}`,
      `  3. Answer it:   icare assess --questionnaires ${shellArg(folder)} ${id}`,
      '',
    ].join('\n'),
  );
  return EXIT.ok;
}

function splitSections(flag: string): readonly string[] {
  return flag
    .split(',')
    .map((s) => oneLine(s).trim())
    .filter((s) => s !== '');
}
