// Quitting and resuming: progress kept, one session per file, comments kept, and files that cannot be resumed.
import { existsSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess } from '../../../src/commands/assess/index.js';
import { makeContext } from '../../../src/shell/context.js';
import type { Asker, AskResult } from '../../../src/prompt/asker.js';
import { FIXTURES, ROOT, runCli } from '../../helpers/cli.js';
import { runPrinted } from '../../helpers/printedCommands.js';
import { answer, base, fakeAsker, FILE, io, LITTLE, readYaml, runAssess, shown, tmp, TODAY, validates } from '../../helpers/scriptedAssess.js';

describe('quit and resume: progress, one session per file, comments and failed saves', () => {
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
    // A lock left by a process that is gone is taken over, and so is one whose process id is now
    // another's (this very process here, started at another time: a container's process 1).
    writeFileSync(join(dir, '.locked.yaml.lock'), existsSync(`/proc/${process.pid}/stat`) ? `${process.pid} 1\n` : '999999999\n');
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
});

describe('quit and resume: blank, partly or fully answered, invalid and missing files', () => {
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
