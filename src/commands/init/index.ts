// `icare init [PATH]`: scaffold a questionnaire that passes `icare validate` with no warnings.
// It asks in a terminal, and takes flags everywhere else (CI, pipes, --yes).
import { dirname, join, resolve } from 'node:path';
import { schemaReference } from '../../core/writing/schemaReference.js';
import { DEFAULT_SECTION_TITLES, scaffoldQuestionnaire } from '../../core/writing/scaffoldQuestionnaire.js';
import { renderCreatedMessage } from '../../render/init/createdMessage.js';
import { commandCatalog } from '../../shell/catalog.js';
import { isCi } from '../../shell/ci.js';
import { renderContext, type Context } from '../../shell/context.js';
import { displayPath } from '../../shell/files.js';
import { isProjectDir, pathExists } from '../../shell/pathExists.js';
import { EXIT, ioFailure, UserError } from '../../shell/userError.js';
import { FileExistsError, writeFileAtomic } from '../../shell/writeFileAtomic.js';
import { askInitAnswers, bundledIdProblem, initAnswersFromFlags, initFlags } from './initAnswers.js';
import { initTarget } from './initTarget.js';

interface InitOptions {
  readonly path?: string;
  readonly id?: string;
  readonly title?: string;
  /** Comma-separated section titles. */
  readonly sections?: string;
  readonly yes?: boolean;
  readonly force?: boolean;
}

export async function init(opts: InitOptions, ctx: Context): Promise<number> {
  const cwd = ctx.io.cwd;
  const force = opts.force === true;
  const flags = initFlags(opts);
  const fileFor = initTarget(opts.path, cwd, force);
  const interactive = ctx.io.stdin.isTTY === true && opts.yes !== true && !isCi(ctx.io.env);
  const bundled = (await commandCatalog(ctx, [])).catalog;
  const isBundled = (id: string): boolean => bundled.has(id);
  const answers = interactive ? await askInitAnswers(flags, { fileFor, isBundled }, force, ctx) : initAnswersFromFlags(flags);
  const { id, title } = answers;
  if (!force && isBundled(id)) throw new UserError(bundledIdProblem(id, '--id'));
  const sections = answers.sections.length === 0 ? DEFAULT_SECTION_TITLES : answers.sections;

  const file = fileFor(id);
  const schema = schemaReference(dirname(file), join(ctx.packageRoot, 'schema', 'questionnaire.schema.json'), { isProject: isProjectDir, exists: pathExists });
  const shown = displayPath(file, cwd);
  try {
    writeFileAtomic(file, scaffoldQuestionnaire({ id, title, sections, schema }), { overwrite: force });
  } catch (e) {
    if (e instanceof FileExistsError) throw new UserError(`${shown} already exists; use --force to overwrite it`);
    throw ioFailure(`cannot write ${shown}`, e);
  }
  const folder = dirname(file) === resolve(cwd) ? '.' : displayPath(dirname(file), cwd);
  ctx.io.stdout.write(renderCreatedMessage({ shown, folder, id, sections: sections.length, replacesBundled: isBundled(id) }, renderContext(ctx)));
  return EXIT.ok;
}
