// `icare assess`: walks a respondent through questionnaires and never loses an answer. Each
// questionnaire gets its own answers file, created up front (never replacing one: a suffix is
// added) and rewritten atomically after every answer. Quitting (Ctrl-C, Esc, "Save and quit")
// is a normal way to stop: it exits 0 and prints the command that resumes.
import { resolve } from 'node:path';
import { answerEntry, answersFileName, numberedNames, stringifyAnswers } from '../../core/writing/answersYaml.js';
import type { Catalog } from '../../core/model/model.js';
import type { Answer, Answers, AnswersFile, AnswerStatus, AnswerValue, Question, Questionnaire, Respondent } from '../../core/model/model.js';
import { allQuestions } from '../../core/model/model.js';
import { score } from '../../core/scoring/score.js';
import type { Asker, RespondentDetails } from '../../prompt/asker.js';
import { renderClosingScorecard } from '../../render/assess/closingScorecard.js';
import { wrap } from '../../render/text/wrapText.js';
import { oneLine } from '../../render/text/sanitize.js';
import { commandCatalog } from '../../shell/catalog.js';
import { todayIso } from '../../shell/clock.js';
import { renderContext, type Context } from '../../shell/context.js';
import { displayPath } from '../../shell/files.js';
import { loadAnswersFiles } from '../../shell/loadFiles.js';
import { EXIT, ioFailure, UserError } from '../../shell/userError.js';
import { writeFileAtomic, writeNewFile } from '../../shell/writeFileAtomic.js';
import { printCatalogFindings, printFindings } from '../printFindings.js';

export interface AssessOptions {
  readonly ids: readonly string[];
  readonly questionnaires: readonly string[];
  readonly organisation?: string;
  readonly name?: string;
  readonly role?: string;
  readonly out: string;
  readonly resume?: string;
}

/** Seams for tests: a fake asker instead of the terminal, a fixed date. */
export interface AssessDeps {
  readonly asker?: Asker;
  readonly today?: string;
}

export const DEFAULT_QUESTIONNAIRE = 'icare';

/** One questionnaire being answered, and the file it is saved to. */
interface Slot {
  readonly questionnaire: Questionnaire;
  readonly path: string;
  readonly head: Omit<AnswersFile, 'answers' | 'status'>;
  status: AnswerStatus;
  readonly answers: Map<string, Answer>;
}

interface Step {
  readonly slot: Slot;
  readonly section: number;
  readonly question: Question;
}

export async function assess(opts: AssessOptions, ctx: Context, deps: AssessDeps = {}): Promise<number> {
  if (opts.resume !== undefined && (opts.ids.length > 0 || opts.organisation !== undefined || opts.name !== undefined || opts.role !== undefined)) {
    throw new UserError('--resume continues the file as it is: leave out questionnaire ids, --organisation, --name and --role');
  }
  const loaded = await commandCatalog(ctx, opts.questionnaires);
  printCatalogFindings(ctx, loaded);
  const { catalog } = loaded;

  if (opts.resume !== undefined) return resumeRun(opts.resume, catalog, ctx, deps);

  const unknown = opts.ids.filter((id) => !catalog.has(id));
  if (unknown.length) {
    throw new UserError(`unknown questionnaire ${unknown.map((u) => `"${u}"`).join(', ')}; known: ${[...catalog.keys()].sort().join(', ')} (see \`icare list\`)`);
  }
  const flags = detailsFromFlags(opts);
  if (typeof flags === 'string') throw new UserError(flags);
  if (!interactive(ctx)) throw notInteractive(ctx);

  const asker = deps.asker ?? (await terminalAsker(ctx));
  return interruptible(ctx, asker, (stopped) => newRun(opts, catalog, flags, asker, ctx, deps, stopped));
}

/** Chooses questionnaires and details, creates the answers files, and asks every question. */
async function newRun(opts: AssessOptions, catalog: Catalog, flags: Partial<RespondentDetails>, asker: Asker, ctx: Context, deps: AssessDeps, stopped: () => boolean): Promise<number> {
  let ids = [...new Set(opts.ids)];
  if (ids.length === 0) {
    const list = [...catalog.values()].sort((a, b) => (a.id === DEFAULT_QUESTIONNAIRE ? -1 : b.id === DEFAULT_QUESTIONNAIRE ? 1 : a.title.localeCompare(b.title)));
    const chosen = await asker.chooseQuestionnaires(
      list.map((q) => ({ id: q.id, title: q.title, questions: allQuestions(q).length })),
      catalog.has(DEFAULT_QUESTIONNAIRE) ? [DEFAULT_QUESTIONNAIRE] : [],
    );
    if (chosen === null) return stoppedEarly(ctx);
    ids = chosen;
  }
  const allGiven = flags.organisation !== undefined && flags.name !== undefined && flags.role !== undefined;
  const details = allGiven ? (flags as RespondentDetails) : await asker.respondentDetails(flags);
  if (details === null) return stoppedEarly(ctx);

  const date = deps.today ?? todayIso();
  const dir = resolve(ctx.io.cwd, opts.out);
  const respondent: Respondent = { ...(details.name && { name: details.name }), ...(details.role && { role: details.role }) };
  const slots: Slot[] = [];
  for (const id of ids) {
    const q = catalog.get(id)!;
    const head = { questionnaire: q.id, version: q.version, organisation: details.organisation, respondent, date };
    const fresh = stringifyAnswers({ ...head, status: 'in-progress', answers: {} });
    let path: string;
    try {
      path = writeNewFile(dir, numberedNames(answersFileName({ organisation: details.organisation, questionnaire: q.id, date })), fresh);
    } catch (e) {
      throw ioFailure(`cannot create an answers file in ${displayPath(dir, ctx.io.cwd)}`, e);
    }
    slots.push({ questionnaire: q, path, head, status: 'in-progress', answers: new Map() });
  }
  return runLoop(slots, 0, asker, ctx, stopped);
}

/**
 * While `body` runs, an interrupt (Ctrl-C between prompts, when the terminal is not in raw mode,
 * or a SIGINT from elsewhere) ends the prompt on screen and stops before the next question,
 * with every answer given so far saved and the resume command printed, instead of ending the
 * process wherever it happens to be.
 */
async function interruptible(ctx: Context, asker: Asker | undefined, body: (stopped: () => boolean) => Promise<number>): Promise<number> {
  let stopped = false;
  const off = ctx.io.onInterrupt?.(() => {
    stopped = true;
    asker?.interrupt?.();
  });
  try {
    return await body(() => stopped);
  } finally {
    off?.();
  }
}

/** `assess` needs a person at a keyboard; in CI or with piped input it must not wait forever. */
export function interactive(ctx: Context): boolean {
  const ci = ctx.io.env.CI;
  const inCi = ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
  return ctx.io.stdin.isTTY === true && !inCi;
}

function notInteractive(ctx: Context): UserError {
  const why = ctx.io.stdin.isTTY === true ? 'CI is set' : 'standard input is not a terminal';
  return new UserError(
    `assess asks its questions in a terminal, and there is none here (${why}).`,
    EXIT.usage,
    'Without a terminal:\n' +
      '  • write answers files yourself (see `icare show ID --format markdown` for the questions)\n' +
      '    and check them with `icare validate FILE…`\n' +
      '  • turn a form export into answers files with `icare import responses.csv --questionnaire ID`\n' +
      '  • finish a saved assessment later, in a terminal, with `icare assess --resume FILE`\n',
  );
}

function stoppedEarly(ctx: Context): number {
  ctx.io.stdout.write('\nStopped before the first question; nothing was saved.\n');
  return EXIT.ok;
}

function detailsFromFlags(opts: AssessOptions): Partial<RespondentDetails> | string {
  const clean = (v: string | undefined): string | undefined => (v === undefined ? undefined : oneLine(v).trim());
  const organisation = clean(opts.organisation);
  if (organisation === '') return '--organisation must not be empty';
  const name = clean(opts.name);
  const role = clean(opts.role);
  // An empty --name or --role means "none", and is not asked for.
  return { ...(organisation !== undefined && { organisation }), ...(name !== undefined && { name }), ...(role !== undefined && { role }) };
}

async function terminalAsker(ctx: Context): Promise<Asker> {
  // Loaded only here: the non-interactive paths never pay for inquirer.
  const { createTerminalAsker } = await import('../../prompt/createTerminalAsker.js');
  return createTerminalAsker({
    input: ctx.io.stdin,
    output: ctx.io.stdout as unknown as NodeJS.WritableStream & { columns?: number },
    chalk: ctx.chalk,
  });
}

async function resumeRun(file: string, catalog: Catalog, ctx: Context, deps: AssessDeps): Promise<number> {
  const path = resolve(ctx.io.cwd, file);
  const { answers, findings } = loadAnswersFiles([path], catalog, ctx.io.cwd);
  const failed = printFindings(ctx, findings, 1);
  const a = answers[0];
  if (failed || !a) {
    ctx.io.stderr.write(`icare: ${displayPath(path, ctx.io.cwd)} cannot be resumed until it is valid (see \`icare validate\`).\n`);
    return EXIT.findings;
  }
  if (!interactive(ctx)) throw notInteractive(ctx);
  const q = catalog.get(a.questionnaire)!;
  const slot: Slot = {
    questionnaire: q,
    path,
    head: {
      questionnaire: a.questionnaire,
      ...(a.version !== undefined && { version: a.version }),
      ...(a.organisation !== undefined && { organisation: a.organisation }),
      respondent: a.respondent,
      ...(a.date !== undefined && { date: a.date }),
    },
    status: a.status ?? 'in-progress',
    // Only value and note: anything the loader derived would go stale once an answer changes.
    answers: new Map([...a.answers].map(([id, x]) => [id, { value: x.value, ...(x.note !== undefined && { note: x.note }) }])),
  };
  const questions = allQuestions(q);
  const start = questions.findIndex((x) => !slot.answers.has(x.id));
  const asker = start === -1 ? undefined : (deps.asker ?? (await terminalAsker(ctx)));
  const answered = questions.filter((x) => slot.answers.has(x.id)).length;
  say(ctx, `Resuming ${displayPath(path, ctx.io.cwd)}`);
  say(ctx, `${answered} of ${questions.length} questions answered so far.`);
  if (start !== -1) slot.status = 'in-progress';
  return interruptible(ctx, asker, (stopped) => runLoop([slot], start === -1 ? questions.length : start, asker, ctx, stopped));
}

function orderedAnswers(slot: Slot): Record<string, AnswerValue | { value: AnswerValue; note?: string }> {
  const out: Record<string, AnswerValue | { value: AnswerValue; note?: string }> = {};
  for (const q of allQuestions(slot.questionnaire)) {
    const a = slot.answers.get(q.id);
    if (a) out[q.id] = answerEntry(a.value, a.note);
  }
  return out;
}

function save(slot: Slot): void {
  writeFileAtomic(slot.path, stringifyAnswers({ ...slot.head, status: slot.status, answers: orderedAnswers(slot) }), { overwrite: true });
}

function saveOrThrow(slot: Slot): void {
  try {
    save(slot);
  } catch (e) {
    throw ioFailure(`could not save ${slot.path}`, e);
  }
}

/** The ask–save loop over every question of every slot, from `start`. */
async function runLoop(slots: readonly Slot[], start: number, asker: Asker | undefined, ctx: Context, stopped: () => boolean = () => false): Promise<number> {
  const steps: Step[] = slots.flatMap((slot) => slot.questionnaire.sections.flatMap((s, section) => s.questions.map((question) => ({ slot, section, question }))));
  const presented = steps.map(() => false);
  const lastStep = new Map<Slot, number>();
  steps.forEach((s, i) => lastStep.set(s.slot, i));
  let shown: { slot: Slot; section: number } | undefined;

  // Moving on skips questions already answered in the file that this run has not shown (a
  // resumed file), and marks every questionnaire left behind as complete.
  const forward = (i: number): number => {
    let j = i + 1;
    while (j < steps.length && !presented[j] && steps[j]!.slot.answers.has(steps[j]!.question.id)) j++;
    for (const slot of slots) {
      if (slot.status !== 'complete' && lastStep.get(slot)! < j) {
        slot.status = 'complete';
        saveOrThrow(slot);
      }
    }
    return j;
  };

  let i = start;
  if (i >= steps.length) forward(steps.length - 1);
  while (i < steps.length) {
    if (stopped()) return quit(slots, ctx);
    const step = steps[i]!;
    const { slot, section, question } = step;
    if (!asker) throw new Error('no asker for unanswered questions');
    if (shown?.slot !== slot) {
      asker.startQuestionnaire({ title: slot.questionnaire.title, questions: allQuestions(slot.questionnaire).length, file: shellQuote(displayPath(slot.path, ctx.io.cwd)) });
    }
    if (shown?.slot !== slot || shown.section !== section) {
      const s = slot.questionnaire.sections[section]!;
      asker.startSection({
        number: section + 1,
        count: slot.questionnaire.sections.length,
        title: s.title,
        ...(s.description !== undefined && { description: s.description }),
        questions: s.questions.length,
      });
    }
    shown = { slot, section };
    presented[i] = true;
    const current = slot.answers.get(question.id);
    const r = await asker.askQuestion({ question, number: i + 1, total: steps.length, ...(current && { current }), canGoBack: i > 0 });
    if (r.kind === 'quit') return quit(slots, ctx);
    if (r.kind === 'back') {
      i = Math.max(0, i - 1);
      continue;
    }
    if (r.kind === 'answer') slot.answers.set(question.id, { value: r.value, ...(r.note !== undefined && { note: r.note }) });
    else slot.answers.delete(question.id);
    saveOrThrow(slot);
    i = forward(i);
  }
  return finish(slots, ctx);
}

function answeredCount(slot: Slot): string {
  const questions = allQuestions(slot.questionnaire);
  return `${questions.filter((q) => slot.answers.has(q.id)).length} of ${questions.length}`;
}

function quit(slots: readonly Slot[], ctx: Context): number {
  const width = renderContext(ctx).width;
  const out: string[] = [''];
  for (const slot of slots) {
    out.push(wrap(`Saved ${answeredCount(slot)} answers to ${displayPath(slot.path, ctx.io.cwd)}${slot.status === 'complete' ? ' (complete)' : ''}`, width - 1, '  '));
  }
  const open = slots.filter((s) => s.status !== 'complete');
  if (open.length) {
    out.push(open.length === 1 ? 'To continue where you stopped, run:' : 'To continue where you stopped, run each of:');
    for (const slot of open) out.push(commandLines(ctx, 'icare assess --resume', shellQuote(displayPath(slot.path, ctx.io.cwd))));
  }
  ctx.io.stdout.write(out.join('\n') + '\n');
  return EXIT.ok;
}

/**
 * A command to copy, indented and bold; when it does not fit the terminal, its last argument
 * goes on a continuation line (with a backslash, so it still pastes as one command) rather
 * than being broken wherever the terminal wraps.
 */
function commandLines(ctx: Context, command: string, last: string): string {
  const width = renderContext(ctx).width;
  const one = `  ${command} ${last}`;
  return ctx.chalk.bold(one.length < width ? one : `  ${command} \\\n    ${last}`);
}

function say(ctx: Context, text: string): void {
  ctx.io.stdout.write(wrap(text, renderContext(ctx).width - 1, '  ') + '\n');
}

function finish(slots: readonly Slot[], ctx: Context): number {
  const rc = renderContext(ctx);
  const out: string[] = [];
  for (const slot of slots) {
    const answers: Answers = {
      questionnaire: slot.head.questionnaire,
      respondent: slot.head.respondent ?? {},
      answers: slot.answers,
      file: displayPath(slot.path, ctx.io.cwd),
      ...(slot.head.date !== undefined && { date: slot.head.date }),
    };
    out.push('', renderClosingScorecard(score(slot.questionnaire, [answers]), rc));
  }
  const width = rc.width;
  out.push(ctx.chalk.bold('Saved'));
  for (const slot of slots) out.push(wrap(`  ${displayPath(slot.path, ctx.io.cwd)} (${slot.status}, ${answeredCount(slot)} answered)`, width - 1, '    '));
  out.push('', 'Next, the full report with recommendations:', commandLines(ctx, 'icare report', slots.map((s) => shellQuote(displayPath(s.path, ctx.io.cwd))).join(' ')));
  ctx.io.stdout.write(out.join('\n') + '\n');
  return EXIT.ok;
}

/** Quotes a path for a POSIX shell when it holds anything but safe characters. */
export function shellQuote(s: string): string {
  return /^[A-Za-z0-9_/.,:+@%=-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
