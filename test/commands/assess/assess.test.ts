// The assess loop with a scripted asker: what is written to disk after every step, going back,
// quitting and resuming, never overwriting, and refusing to wait for a terminal that is not there.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PassThrough } from 'node:stream';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { assess, type AssessOptions } from '../../../src/commands/assess/index.js';
import { exitCodeFor } from '../../../src/cli.js';
import { makeContext } from '../../../src/shell/context.js';
import { validateFiles } from '../../../src/core/checks/validateFiles.js';
import { expandPaths, fileReader } from '../../../src/shell/files.js';
import type { Asker, AskResult, QuestionView } from '../../../src/prompt/asker.js';
import { FIXTURES, ROOT, runCli } from '../../helpers/cli.js';
import { runPrinted } from '../../helpers/printedCommands.js';

const LITTLE = join(FIXTURES, 'assess', 'questionnaires');
const TODAY = '2026-11-23';
const FILE = `acme-support-little-${TODAY}.yaml`;

type Script = (view: QuestionView, file: () => Record<string, unknown>) => AskResult;

interface Fake {
  asker: Asker;
  views: QuestionView[];
  sections: string[];
  snapshots: Record<string, unknown>[];
  chooseCalls: { ids: string[]; preselected: readonly string[] }[];
  detailsCalls: Record<string, unknown>[];
}

/** A scripted respondent; `script` may look at the file as saved before each question. */
function fakeAsker(script: Script | AskResult[], opts: { choose?: string[] | null; details?: { organisation: string; name?: string; role?: string } | null } = {}): Fake & { bind(dir: string): void } {
  let dir = '';
  const views: QuestionView[] = [];
  const sections: string[] = [];
  const snapshots: Record<string, unknown>[] = [];
  const chooseCalls: Fake['chooseCalls'] = [];
  const detailsCalls: Record<string, unknown>[] = [];
  const queue = Array.isArray(script) ? [...script] : undefined;
  const readFile = (): Record<string, unknown> => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
    return parse(readFileSync(join(dir, files[files.length - 1]!), 'utf8')) as Record<string, unknown>;
  };
  const asker: Asker = {
    chooseQuestionnaires: async (choices, preselected) => {
      chooseCalls.push({ ids: choices.map((c) => c.id), preselected });
      return opts.choose === undefined ? [...preselected] : opts.choose;
    },
    respondentDetails: async (known) => {
      detailsCalls.push({ ...known });
      return opts.details === undefined ? { organisation: 'Acme Support', ...known } : opts.details;
    },
    startQuestionnaire: () => {},
    startSection: (v) => {
      sections.push(`Section ${v.number} of ${v.count} · ${v.title} · ${v.questions}`);
    },
    askQuestion: async (view) => {
      views.push(view);
      snapshots.push(readFile());
      if (queue) {
        const next = queue.shift();
        if (!next) throw new Error(`script ran out at question ${view.number}`);
        return next;
      }
      return (script as Script)(view, readFile);
    },
  };
  return { asker, views, sections, snapshots, chooseCalls, detailsCalls, bind: (d: string) => (dir = d) };
}

function io(opts: { tty?: boolean; env?: Record<string, string>; cwd?: string } = {}) {
  let out = '';
  let err = '';
  const stdin = Object.assign(new PassThrough(), { isTTY: opts.tty ?? true });
  return {
    io: {
      stdout: { write: (s: string) => ((out += s), true), isTTY: false },
      stderr: { write: (s: string) => ((err += s), true), isTTY: false },
      stdin,
      env: { NO_COLOR: '1', ...opts.env },
      cwd: opts.cwd ?? ROOT,
    },
    out: () => out,
    err: () => err,
  };
}

/** A fresh working folder with an `assessments` folder in it; returns the latter. */
function tmp(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'icare-assess-')), 'assessments');
  mkdirSync(dir);
  return dir;
}

/** Paths as the command prints them: relative to the working folder, the parent of `out`. */
const shown = (name: string): string => `assessments/${name}`;

const base = (out: string, extra: Partial<AssessOptions> = {}): AssessOptions => ({
  ids: ['little'],
  questionnaires: [LITTLE],
  organisation: 'Acme Support',
  name: 'Dana',
  role: 'frontline',
  out,
  ...extra,
});

const answer = (value: AskResult extends infer R ? (R extends { kind: 'answer'; value: infer V } ? V : never) : never, note?: string): AskResult => ({ kind: 'answer', value, ...(note && { note }) });

async function runAssess(opts: AssessOptions, fake: ReturnType<typeof fakeAsker>, env?: Record<string, string>) {
  fake.bind(opts.out);
  const h = io({ cwd: dirname(opts.out), ...(env && { env }) });
  const ctx = await makeContext(h.io, ROOT);
  const code = await assess(opts, ctx, { asker: fake.asker, today: TODAY }).catch((e: unknown) => exitCodeFor(e, ctx));
  return { code, out: h.out(), err: h.err() };
}

function readYaml(path: string): Record<string, unknown> {
  return parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

async function validates(path: string): Promise<void> {
  const bundled = await expandPaths([join(ROOT, 'questionnaires')], ROOT);
  const extra = await expandPaths([LITTLE], ROOT);
  const r = validateFiles({ files: [path], bundled, questionnaireDirsFiles: extra, read: fileReader(ROOT) });
  expect(r.findings).toEqual([]);
}

describe('a full run', () => {
  it('saves after every answer, marks the file complete at the end and shows the scorecard', async () => {
    const dir = tmp();
    const fake = fakeAsker([answer(2, 'Mostly at the door'), answer('yes'), answer('Written'), answer(9), answer(2), { kind: 'skip' }]);
    const r = await runAssess(base(dir), fake);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);

    // Before each question, the file holds exactly the answers given so far.
    expect(fake.snapshots.map((s) => Object.keys(s.answers as object).length)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(fake.snapshots.every((s) => s.status === 'in-progress')).toBe(true);
    expect(fake.snapshots[1]).toMatchObject({ answers: { greet: { value: 2, note: 'Mostly at the door' } } });
    expect(fake.views.map((v) => `${v.number}/${v.total}`)).toEqual(['1/6', '2/6', '3/6', '4/6', '5/6', '6/6']);
    expect(fake.views.map((v) => v.canGoBack)).toEqual([false, true, true, true, true, true]);
    expect(fake.sections).toEqual(['Section 1 of 2 · Basics · 3', 'Section 2 of 2 · Follow-up · 3']);

    const path = join(dir, FILE);
    expect(readYaml(path)).toEqual({
      questionnaire: 'little',
      version: 3,
      organisation: 'Acme Support',
      respondent: { name: 'Dana', role: 'frontline' },
      date: TODAY,
      status: 'complete',
      // The skipped text question has no entry.
      answers: { greet: { value: 2, note: 'Mostly at the door' }, written: 'yes', stage: 'Written', recommend: 9, 'promise-kept': 2 },
    });
    await validates(path);

    expect(r.out).toContain('Your scorecard · Little questionnaire');
    expect(r.out).toMatch(/│ Basics +│ +58\.3 │ Developing +│\n│ +│ +│ below target +│/);
    expect(r.out).toMatch(/│ Follow-up +│ +25\.0 │ Reactive +│/);
    expect(r.out).toContain('Overall 41.7 (1 respondent: no interval) · Developing · below target 75.0');
    // The first actions in the action plan's order: Follow-up is the first priority, so its question leads.
    expect(r.out).toMatch(/First in the action plan \(the report’s order\)\n {2}1\. We call back when we said we would\.\n.*Follow-up · 25\.0 · 50\.0 points below target\n {2}2\. Customers are greeted within a minute\.\n.*\n {2}3\. Our service vision is…\n/);
    expect(r.out).toContain(`${shown(FILE)} (complete, 5 of 6 answered)`);
    expect(r.out).toContain(`icare report ${shown(FILE)}`);
  });

  it('one answer and the rest skipped: the scorecard gives no level and no "on target"', async () => {
    const dir = tmp();
    const fake = fakeAsker([answer(5), { kind: 'skip' }, { kind: 'skip' }, { kind: 'skip' }, { kind: 'skip' }, { kind: 'skip' }]);
    const r = await runAssess(base(dir), fake);
    expect(r.code).toBe(0);
    const card = r.out.slice(r.out.indexOf('Your scorecard'), r.out.indexOf('Saved'));
    for (const level of ['Reactive', 'Developing', 'Established', 'Legendary']) expect(card).not.toContain(level);
    expect(card).not.toMatch(/on target|meets its target/);
    expect(card).toContain('needs more answers');
    expect(card).toContain('Overall 100.0 (1 respondent: no interval) · needs more answers');
  });

  it('asks for the questionnaires (icare pre-selected) and for the details not given by flags', async () => {
    const dir = tmp();
    const fake = fakeAsker(() => ({ kind: 'quit' }), { choose: ['little'] });
    const r = await runAssess(base(dir, { ids: [], organisation: undefined, name: undefined }), fake);
    expect(r.code).toBe(0);
    expect(fake.chooseCalls).toHaveLength(1);
    expect(fake.chooseCalls[0]!.ids[0]).toBe('icare');
    expect(fake.chooseCalls[0]!.ids).toContain('little');
    expect(fake.chooseCalls[0]!.preselected).toEqual(['icare']);
    expect(fake.detailsCalls).toEqual([{ role: 'frontline' }]);
    expect(readdirSync(dir)).toEqual([FILE]);
  });

  it('does not ask for details given by flags; an empty --name means no name', async () => {
    const dir = tmp();
    const fake = fakeAsker([{ kind: 'quit' }]);
    await runAssess(base(dir, { name: '', role: 'Team lead' }), fake);
    expect(fake.detailsCalls).toEqual([]);
    expect(readYaml(join(dir, FILE)).respondent).toEqual({ role: 'Team lead' });
  });

  it('stops before anything is written when the respondent quits the first prompts', async () => {
    const dir = tmp();
    const fake = fakeAsker([], { details: null });
    const r = await runAssess(base(dir, { organisation: undefined }), fake);
    expect(r.code).toBe(0);
    expect(r.out).toContain('nothing was saved');
    expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([]);
  });
});

describe('--anonymous', () => {
  it('asks no name, stores none, and names the file by organisation, questionnaire, role and a random suffix', async () => {
    const dir = tmp();
    const fake = fakeAsker([answer(4), { kind: 'quit' }]);
    const r = await runAssess(base(dir, { name: undefined, role: undefined, anonymous: true }), fake);
    expect(r.code).toBe(0);
    expect(fake.detailsCalls).toEqual([{ organisation: 'Acme Support', name: '' }]);
    const [file, ...others] = readdirSync(dir);
    expect(others).toEqual([]);
    expect(file).toMatch(/^acme-support-little-[0-9a-f]{6}\.yaml$/);
    const saved = readYaml(join(dir, file!));
    expect(saved.respondent).toBeUndefined();
    expect(readFileSync(join(dir, file!), 'utf8')).not.toMatch(/name|Dana/);
    expect(saved).toMatchObject({ questionnaire: 'little', organisation: 'Acme Support', date: TODAY, answers: { greet: 4 } });
    await validates(join(dir, file!));
  });

  it('keeps the role, and gives each file its own suffix', async () => {
    const dir = tmp();
    const names = new Set<string>();
    for (let i = 0; i < 3; i++) {
      await runAssess(base(dir, { name: undefined, anonymous: true }), fakeAsker([{ kind: 'quit' }]));
    }
    for (const f of readdirSync(dir)) {
      expect(f).toMatch(/^acme-support-little-frontline-[0-9a-f]{6}(-\d)?\.yaml$/);
      expect(readYaml(join(dir, f)).respondent).toEqual({ role: 'frontline' });
      names.add(f.replace(/-\d\.yaml$/, '.yaml'));
    }
    expect(names.size).toBe(3);
  });

  it('refuses --name beside it, and on --resume', async () => {
    const named = await runCli(['assess', 'icare', '--anonymous', '--name', 'Dana']);
    expect(named.code).toBe(2);
    expect(named.stderr).toContain('--anonymous asks for no name and stores none: leave out --name');
    const resumed = await runCli(['assess', '--anonymous', '--resume', 'x.yaml']);
    expect(resumed.code).toBe(2);
    expect(resumed.stderr).toContain('--resume continues the file as it is');
    expect((await runCli(['assess', '--help'])).stdout).toContain('--anonymous');
  });
});

describe('audiences', () => {
  const AUDIENCE = join(FIXTURES, 'assess', 'audience');

  it('asks a respondent only the questions whose audience takes in their role, and counts only those', async () => {
    const fake = fakeAsker([answer(4), answer('dont-know'), answer('n/a')]);
    const dir = tmp();
    const r = await runAssess({ ids: ['audience'], questionnaires: [AUDIENCE], organisation: 'Acme', name: '', role: 'frontline', out: dir }, fake);
    expect(r.code).toBe(0);
    expect(fake.views.map((v) => `${v.question.id} ${v.number}/${v.total}`)).toEqual(['greet 1/3', 'queue-managed 2/3', 'asked-for-ideas 3/3']);
    expect(fake.sections).toEqual(['Section 1 of 2 · Everyone · 1', 'Section 2 of 2 · On the floor · 2']);
    const [file] = readdirSync(dir);
    expect(readYaml(join(dir, file!))).toMatchObject({ status: 'complete', answers: { greet: 4, 'queue-managed': 'dont-know', 'asked-for-ideas': 'n/a' } });
    expect(r.out).toContain('(complete, 3 of 3 answered)');
    const bundled = await expandPaths([join(ROOT, 'questionnaires')], ROOT);
    expect(validateFiles({ files: [join(dir, file!)], bundled, questionnaireDirsFiles: await expandPaths([AUDIENCE], ROOT), read: fileReader(ROOT) }).findings).toEqual([]);
  });

  it('a manager and an executive are asked their own questions; a respondent without a role everything', async () => {
    const ids = async (role: string | undefined): Promise<string[]> => {
      const fake = fakeAsker(() => answer('n/a'));
      const dir = tmp();
      await runAssess({ ids: ['audience'], questionnaires: [AUDIENCE], organisation: 'Acme', name: '', ...(role === undefined ? { role: '' } : { role }), out: dir }, fake);
      return fake.views.map((v) => v.question.id);
    };
    expect(await ids('manager')).toEqual(['greet', 'standards-revised', 'budget-set', 'asked-for-ideas']);
    expect(await ids('executive')).toEqual(['greet', 'standards-revised', 'budget-set', 'plan-reviewed']);
    expect(await ids(undefined)).toEqual(['greet', 'standards-revised', 'budget-set', 'plan-reviewed', 'queue-managed', 'asked-for-ideas']);
  });

  it('resuming counts and asks only the questions the role is asked', async () => {
    const dir = tmp();
    const path = join(dir, 'frontline.yaml');
    writeFileSync(path, 'questionnaire: audience\nversion: 1\nrespondent: {role: frontline}\nstatus: in-progress\nanswers:\n  greet: 3\n');
    const fake = fakeAsker([answer(2), { kind: 'quit' }]);
    const r = await runAssess({ ids: [], questionnaires: [AUDIENCE], out: dir, resume: path }, fake);
    expect(r.out).toContain('1 of 3 questions answered so far');
    expect(fake.views.map((v) => `${v.question.id} ${v.number}/${v.total}`)).toEqual(['queue-managed 2/3', 'asked-for-ideas 3/3']);
    expect(r.out).toContain('Saved 2 of 3 answers to');
  });
});

describe('going back', () => {
  it('offers the earlier answer as the default and rewrites the file with the change', async () => {
    const dir = tmp();
    const fake = fakeAsker([answer(4), answer('no'), { kind: 'back' }, answer('yes'), { kind: 'back' }, { kind: 'back' }, answer(2), answer('yes'), { kind: 'quit' }]);
    const r = await runAssess(base(dir), fake);
    expect(r.code).toBe(0);
    expect(fake.views.map((v) => v.question.id)).toEqual(['greet', 'written', 'stage', 'written', 'stage', 'written', 'greet', 'written', 'stage']);
    expect(fake.views[3]!.current).toEqual({ value: 'no' });
    expect(fake.views[6]!.current).toEqual({ value: 4 });
    expect(fake.snapshots[4]).toMatchObject({ answers: { greet: 4, written: 'yes' } });
    expect(readYaml(join(dir, FILE))).toMatchObject({ status: 'in-progress', answers: { greet: 2, written: 'yes' } });
  });
});

describe('quit and resume', () => {
  it('keeps the progress, prints the resume command, and resumes at the first unanswered question', async () => {
    const dir = tmp();
    const first = fakeAsker([answer(4), answer('yes', 'In the wiki'), { kind: 'quit' }]);
    const r1 = await runAssess(base(dir), first);
    const path = join(dir, FILE);
    expect(r1.code).toBe(0);
    expect(r1.out).toContain(`Saved 2 of 6 answers to ${shown(FILE)}\nTo continue where you stopped, run:\n  icare assess --resume ${shown(FILE)} \\\n    --questionnaires ${LITTLE}\n`);
    expect(readYaml(path)).toMatchObject({ status: 'in-progress', answers: { greet: 4, written: { value: 'yes', note: 'In the wiki' } } });
    await validates(path);

    const second = fakeAsker([{ kind: 'back' }, answer('no', 'In the wiki'), answer('Lived and reviewed'), answer(10), { kind: 'quit' }]);
    const r2 = await runAssess({ ids: [], questionnaires: [LITTLE], out: dir, resume: path }, second);
    expect(r2.code).toBe(0);
    expect(r2.out).toContain('2 of 6 questions answered');
    expect(second.views.map((v) => `${v.question.id}@${v.number}`)).toEqual(['stage@3', 'written@2', 'stage@3', 'recommend@4', 'promise-kept@5']);
    expect(second.views[1]!.current).toEqual({ value: 'yes', note: 'In the wiki' });
    expect(readdirSync(dir).filter((f) => f.endsWith('.yaml'))).toEqual([FILE]);
    expect(readYaml(path)).toMatchObject({ status: 'in-progress', answers: { greet: 4, written: { value: 'no', note: 'In the wiki' }, stage: 'Lived and reviewed', recommend: 10 } });

    const third = fakeAsker([answer(5), answer('Nothing else')]);
    const r3 = await runAssess({ ids: [], questionnaires: [LITTLE], out: dir, resume: path }, third);
    expect(r3.code).toBe(0);
    expect(third.views.map((v) => v.question.id)).toEqual(['promise-kept', 'comments']);
    const done = readYaml(path);
    expect(done.status).toBe('complete');
    expect(done.respondent).toEqual({ name: 'Dana', role: 'frontline' });
    expect(done.date).toBe(TODAY);
    await validates(path);
    expect(r3.out).toContain('Your scorecard');
  });

  it('refuses a second session on a file while the first runs, and takes over a stale lock', async () => {
    const dir = tmp();
    const path = join(dir, 'locked.yaml');
    writeFileSync(path, 'questionnaire: little\nversion: 3\nstatus: in-progress\nanswers:\n  greet: 3\n');
    let release: (r: AskResult) => void = () => {};
    const waiting: Asker = { ...fakeAsker([]).asker, askQuestion: () => new Promise<AskResult>((done) => (release = done)) };
    const h1 = io({ cwd: dirname(dir) });
    const ctx1 = await makeContext(h1.io, ROOT);
    const first = assess({ ids: [], questionnaires: [LITTLE], out: dir, resume: path }, ctx1, { asker: waiting, today: TODAY });
    await new Promise((r) => setTimeout(r, 20));
    const second = await runAssess({ ids: [], questionnaires: [LITTLE], out: dir, resume: path }, fakeAsker([answer('no')]));
    expect(second.code).toBe(2);
    expect(second.err).toMatch(/locked\.yaml is open in another `icare assess` session \(process \d+\)/);
    release({ kind: 'quit' });
    expect(await first).toBe(0);
    expect(readdirSync(dir)).toEqual(['locked.yaml']);
    // A lock left by a process that is gone is taken over.
    writeFileSync(join(dir, '.locked.yaml.lock'), '999999999\n');
    const third = await runAssess({ ids: [], questionnaires: [LITTLE], out: dir, resume: path }, fakeAsker([answer('no'), { kind: 'quit' }]));
    expect(third.code).toBe(0);
    expect(readYaml(path)).toMatchObject({ answers: { greet: 3, written: 'no' } });
    expect(readdirSync(dir)).toEqual(['locked.yaml']);
  });

  it('keeps the comments a person wrote into the file', async () => {
    const dir = tmp();
    const path = join(dir, 'commented.yaml');
    writeFileSync(path, '# Filled in on paper first\nquestionnaire: little\nversion: 3\nstatus: in-progress\nanswers:\n  greet: 3 # most days\n');
    const r = await runAssess({ ids: [], questionnaires: [LITTLE], out: dir, resume: path }, fakeAsker([answer('yes'), { kind: 'quit' }]));
    expect(r.code).toBe(0);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('# Filled in on paper first');
    expect(text).toContain('greet: 3 # most days');
    expect(readYaml(path)).toMatchObject({ answers: { greet: 3, written: 'yes' } });
  });

  it('when an answer cannot be saved, says so and prints the command that resumes (exit 2)', async () => {
    const dir = tmp();
    const path = join(dir, 'full.yaml');
    writeFileSync(path, 'questionnaire: little\nversion: 3\nstatus: in-progress\nanswers:\n  greet: 3\n');
    // The file becomes a link into a folder that cannot be created (a file stands where its
    // parent would be): the save fails as it would on a full disk.
    const fake = fakeAsker(() => {
      rmSync(path);
      writeFileSync(join(dir, 'not-a-folder'), '');
      symlinkSync(join(dir, 'not-a-folder', 'full.yaml'), path);
      return answer('yes');
    });
    const r = await runAssess({ ids: [], questionnaires: [LITTLE], out: dir, resume: path }, fake);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/could not save assessments\/full\.yaml .*; the answers saved before this one are in the file/);
    expect(r.err).toContain('To continue where you stopped, run:\n  icare assess --resume assessments/full.yaml');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('finishes a blank answers file from `icare show ID --format answers`, keeping its comments and blanks', async () => {
    const dir = tmp();
    const path = join(dir, 'blank.yaml');
    expect((await runCli(['show', 'little', '-q', LITTLE, '--format', 'answers', '--out', path])).code).toBe(0);
    const fake = fakeAsker([answer(4), answer('yes', 'In the wiki'), { kind: 'quit' }]);
    const r = await runAssess({ ids: [], questionnaires: [LITTLE], out: dir, resume: path }, fake);
    expect(r.code).toBe(0);
    expect(r.out).toContain('0 of 6 questions answered so far');
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('  # Customers are greeted within a minute.\n  # Help: Count the last ten visits you saw.\n');
    expect(text).toContain('  greet: 4\n');
    expect(text).toContain('  stage:\n');
    expect(text).toContain('# organisation: Your organisation\n');
    expect(readYaml(path)).toMatchObject({ status: 'in-progress', answers: { greet: 4, written: { value: 'yes', note: 'In the wiki' }, stage: null } });
    await validates(path);
  });

  it('skips questions the file already answers when resuming past a skipped one', async () => {
    const dir = tmp();
    const path = join(dir, 'partial.yaml');
    writeFileSync(path, 'questionnaire: little\nversion: 3\nstatus: in-progress\nanswers:\n  greet: 3\n  stage: Written\n  recommend: 8\n');
    const fake = fakeAsker([answer('yes'), answer(4), { kind: 'skip' }]);
    const r = await runAssess({ ids: [], questionnaires: [LITTLE], out: dir, resume: path }, fake);
    expect(r.code).toBe(0);
    expect(fake.views.map((v) => v.question.id)).toEqual(['written', 'promise-kept', 'comments']);
    expect(readYaml(path).status).toBe('complete');
  });

  it('a file with every question answered is marked complete without asking', async () => {
    const dir = tmp();
    const path = join(dir, 'all.yaml');
    writeFileSync(path, 'questionnaire: little\nversion: 3\nstatus: in-progress\nanswers:\n  greet: 3\n  written: no\n  stage: Written\n  recommend: 8\n  promise-kept: 2\n  comments: n/a\n');
    const fake = fakeAsker([]);
    const r = await runAssess({ ids: [], questionnaires: [LITTLE], out: dir, resume: path }, fake);
    expect(r.code).toBe(0);
    expect(fake.views).toEqual([]);
    expect(readYaml(path).status).toBe('complete');
    expect(r.out).toContain('Your scorecard');
  });

  it('refuses to resume an invalid file, with its findings (exit 1)', async () => {
    const dir = tmp();
    const r = await runAssess({ ids: [], questionnaires: [LITTLE], out: dir, resume: join(FIXTURES, 'assess', 'out-of-scale.yaml') }, fakeAsker([]));
    expect(r.code).toBe(1);
    expect(r.err).toContain('test/fixtures/assess/out-of-scale.yaml:7:10 error answer 9 to "greet" is outside its scale 1–5 (answer-out-of-scale)');
    expect(r.err).toContain('cannot be resumed');
    // The command it points to sees the same questionnaires, and names the same finding.
    const validate = /\(see `(icare validate .*)`\)/.exec(r.err)?.[1];
    expect(validate).toBe(`icare validate ${join(FIXTURES, 'assess', 'out-of-scale.yaml')} --questionnaires ${LITTLE}`);
    const checked = runPrinted(validate!, dirname(dir));
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain('(answer-out-of-scale)');
    expect(checked.stdout).not.toContain('unknown-questionnaire');
  });

  it('a missing resume file is an I/O error (exit 2)', async () => {
    const dir = tmp();
    const r = await runAssess({ ids: [], questionnaires: [LITTLE], out: dir, resume: join(dir, 'nope.yaml') }, fakeAsker([]));
    expect(r.code).toBe(2);
    expect(r.err).toContain('nope.yaml: cannot read');
  });

  it('--resume with questionnaire ids or details is a usage error', async () => {
    const dir = tmp();
    const r = await runAssess({ ...base(dir), resume: join(dir, 'x.yaml') }, fakeAsker([]));
    expect(r.code).toBe(2);
    expect(r.err).toContain('--resume continues the file as it is');
  });
});

describe('an interrupt (Ctrl-C between prompts, or SIGINT)', () => {
  it('lets the answer being saved land, then stops with the resume command instead of ending the process', async () => {
    const dir = tmp();
    let fire: (() => void) | undefined;
    let removed = 0;
    const fake = fakeAsker((view) => {
      // Ctrl-C while the second answer is on its way to the file.
      if (view.number === 2) fire!();
      return view.number === 1 ? answer(4) : answer('yes');
    });
    let interrupted = 0;
    fake.asker.interrupt = () => void interrupted++;
    fake.bind(dir);
    const h = io({ cwd: dirname(dir) });
    const withSignals = {
      ...h.io,
      onInterrupt: (handler: () => void) => {
        fire = handler;
        return () => void removed++;
      },
    };
    const ctx = await makeContext(withSignals, ROOT);
    const code = await assess(base(dir), ctx, { asker: fake.asker, today: TODAY }).catch((e: unknown) => exitCodeFor(e, ctx));
    expect(code).toBe(130);
    expect(fake.views.map((v) => v.number)).toEqual([1, 2]);
    expect(interrupted).toBe(1);
    expect(removed).toBe(1);
    expect(h.err()).toContain(`icare: interrupted; every answer given so far is saved\n\nSaved 2 of 6 answers to ${shown(FILE)}\nTo continue where you stopped, run:\n  icare assess --resume ${shown(FILE)} \\\n    --questionnaires ${LITTLE}\n`);
    expect(readYaml(join(dir, FILE))).toMatchObject({ status: 'in-progress', answers: { greet: 4, written: 'yes' } });
  });
});

describe('Ctrl-C in a prompt', () => {
  it('exits 130 with the resume command, where q or Esc exits 0', async () => {
    const dir = tmp();
    const fake = fakeAsker([answer(4), { kind: 'quit' }]);
    fake.asker.interrupted = () => fake.views.length === 2;
    const r = await runAssess(base(dir), fake);
    expect(r.code).toBe(130);
    expect(r.out).toBe('');
    expect(r.err).toContain('icare: interrupted; every answer given so far is saved');
    expect(r.err).toContain(`Saved 1 of 6 answers to ${shown(FILE)}`);
    expect(r.err).toContain('icare assess --resume');
  });

  it('is documented in --help, and in the exit codes of icare --help', async () => {
    const help = (await runCli(['assess', '--help'])).stdout.replace(/\s+/g, ' ');
    expect(help).toContain('q (Save and quit) or Esc stops with exit code 0; Ctrl-C, or an interrupt (SIGINT) from elsewhere, stops with 130.');
    expect((await runCli(['--help'])).stdout.replace(/\s+/g, ' ')).toContain('130 stopped by Ctrl-C (import, assess, init)');
  });

  it('before the first question: exits 130 and says nothing was saved', async () => {
    const dir = tmp();
    const fake = fakeAsker([], { details: null });
    fake.asker.interrupted = () => true;
    const r = await runAssess(base(dir, { organisation: undefined }), fake);
    expect(r.code).toBe(130);
    expect(r.err).toContain('icare: interrupted before the first question; nothing was saved');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('never overwriting', () => {
  it('adds a suffix when the file already exists', async () => {
    const dir = tmp();
    writeFileSync(join(dir, FILE), 'precious: true\n');
    const fake = fakeAsker([answer(5), { kind: 'quit' }]);
    const r = await runAssess(base(dir), fake);
    const second = join(dir, `acme-support-little-${TODAY}-2.yaml`);
    expect(r.out).toContain(`Saved 1 of 6 answers to ${shown(`acme-support-little-${TODAY}-2.yaml`)}`);
    expect(readFileSync(join(dir, FILE), 'utf8')).toBe('precious: true\n');
    expect(readYaml(second)).toMatchObject({ answers: { greet: 5 } });
  });

  it('one file per questionnaire, and a resume command for each unfinished one', async () => {
    const dir = tmp();
    let n = 0;
    const fake = fakeAsker((v) => (++n <= 6 ? (v.question.type === 'text' ? { kind: 'skip' } : answer('n/a')) : { kind: 'quit' }));
    const r = await runAssess(base(dir, { ids: ['little', 'five-ideas'] }), fake);
    expect(r.code).toBe(0);
    expect(fake.views[0]!.total).toBeGreaterThan(6);
    expect(readdirSync(dir).sort()).toEqual([`acme-support-five-ideas-${TODAY}.yaml`, FILE]);
    expect(readYaml(join(dir, FILE)).status).toBe('complete');
    expect(readYaml(join(dir, `acme-support-five-ideas-${TODAY}.yaml`)).status).toBe('in-progress');
    expect(r.out).toContain(`(complete)`);
    expect(r.out).toContain(`icare assess --resume ${shown(`acme-support-five-ideas-${TODAY}.yaml`)}`);
    expect(r.out).not.toContain(`--resume ${shown(FILE)}`);
  });
});

describe('without a terminal', () => {
  it('exits 2 when standard input is not a terminal, pointing to the other ways in', async () => {
    const dir = tmp();
    const r = await runCli(['assess', 'icare', '--organisation', 'Acme', '--out', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('standard input is not a terminal');
    expect(r.stderr).toContain('icare validate');
    expect(r.stderr).toContain('icare import');
    expect(r.stderr).toContain('icare assess --resume FILE');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('exits 2 when CI is set, even at a terminal; CI=false does not count', async () => {
    const dir = tmp();
    const h = io({ env: { CI: 'true' } });
    const ctx = await makeContext(h.io, ROOT);
    const code = await assess(base(dir), ctx, { asker: fakeAsker([]).asker, today: TODAY }).catch((e: unknown) => exitCodeFor(e, ctx));
    expect(code).toBe(2);
    expect(h.err()).toContain('CI is set');
    expect(readdirSync(dir)).toEqual([]);

    const fake = fakeAsker([{ kind: 'quit' }]);
    const r = await runAssess(base(dir), fake, { CI: 'false' });
    expect(r.code).toBe(0);
    expect(fake.views).toHaveLength(1);
  });

  it('CI=FALSE, in any case, does not count either (as for init)', async () => {
    for (const CI of ['FALSE', 'False', '0', '']) {
      const dir = tmp();
      const fake = fakeAsker([{ kind: 'quit' }]);
      const r = await runAssess(base(dir), fake, { CI });
      expect(r.code, `CI=${CI}`).toBe(0);
      expect(fake.views, `CI=${CI}`).toHaveLength(1);
    }
  });

  it('an unknown questionnaire id is a usage error that lists the known ones', async () => {
    const r = await runCli(['assess', 'icare', 'nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown questionnaire "nope"; known: fanatical-support, five-ideas, icare, icare-customers, service-foundations, service-truths');
    const own = await runCli(['assess', 'nope', '-q', LITTLE]);
    expect(own.stderr).toContain(`(see \`icare list --questionnaires ${LITTLE}\`)`);
    const shown = await runCli(['show', 'nope', '-q', LITTLE]);
    expect(shown.stderr).toContain(`(see \`icare list --questionnaires ${LITTLE}\`)`);
  });
});
