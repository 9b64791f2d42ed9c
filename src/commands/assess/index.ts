// `icare assess`: walks a respondent through questionnaires and never loses an answer. Each
// questionnaire gets its own answers file, created up front (never replacing one: a suffix is
// added) and rewritten atomically after every answer. Quitting (Esc, "Save and quit") is a normal
// way to stop: it exits 0 and prints the command that resumes. An interrupt (Ctrl-C, SIGINT)
// saves and prints the same, and exits 130 as an interrupted command does.
import type { Asker } from '../../prompt/asker.js';
import { questionnairesFlags } from '../../render/text/questionnairesFlags.js';
import { commandCatalog } from '../../shell/catalog.js';
import type { Context } from '../../shell/context.js';
import { UserError } from '../../shell/userError.js';
import { printCatalogFindings } from '../printFindings.js';
import { detailsFromFlags } from './detailsFromFlags.js';
import { interruptible } from './interruptible.js';
import { requireTerminal } from './requireTerminal.js';
import { resumeAssessment } from './resumeAssessment.js';
import { startAssessment } from './startAssessment.js';
import { terminalAsker } from './terminalAsker.js';

export interface AssessOptions {
  readonly ids: readonly string[];
  readonly questionnaires: readonly string[];
  readonly organisation?: string;
  readonly name?: string;
  /** Ask no name, store none, and name the file without one. */
  readonly anonymous?: boolean;
  readonly role?: string;
  readonly out: string;
  readonly resume?: string;
}

/** Seams for tests: a fake asker instead of the terminal, a fixed date. */
interface AssessDeps {
  readonly asker?: Asker;
  readonly today?: string;
}

export async function assess(opts: AssessOptions, ctx: Context, deps: AssessDeps = {}): Promise<number> {
  if (opts.resume !== undefined && (opts.ids.length > 0 || opts.organisation !== undefined || opts.name !== undefined || opts.role !== undefined || opts.anonymous)) {
    throw new UserError('--resume continues the file as it is: leave out questionnaire ids, --organisation, --name, --anonymous and --role');
  }
  if (opts.anonymous && opts.name !== undefined) throw new UserError('--anonymous asks for no name and stores none: leave out --name');
  const loaded = await commandCatalog(ctx, opts.questionnaires);
  printCatalogFindings(ctx, loaded);
  const { catalog } = loaded;

  if (opts.resume !== undefined) return resumeAssessment(opts.resume, { catalog, questionnaires: opts.questionnaires }, ctx, deps);

  const unknown = opts.ids.filter((id) => !catalog.has(id));
  if (unknown.length) {
    const list = ['icare', 'list', ...questionnairesFlags(opts.questionnaires)].join(' ');
    throw new UserError(`unknown questionnaire ${unknown.map((u) => `"${u}"`).join(', ')}; known: ${[...catalog.keys()].sort().join(', ')} (see \`${list}\`)`);
  }
  // An empty name is "none, and not asked".
  const flags = detailsFromFlags({ ...opts, ...(opts.anonymous && { name: '' }) });
  requireTerminal(ctx, { ids: opts.ids, questionnaires: opts.questionnaires });

  const asker = deps.asker ?? (await terminalAsker(ctx));
  const run = { catalog, ids: opts.ids, flags, anonymous: opts.anonymous === true, out: opts.out, questionnaires: opts.questionnaires, ...(deps.today !== undefined && { today: deps.today }) };
  return interruptible(ctx, asker, (interrupted) => startAssessment(run, asker, ctx, interrupted));
}
