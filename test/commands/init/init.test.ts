// @inquirer/testing/vitest must come first: it mocks @inquirer/prompts for the interactive cases.
import { screen } from '@inquirer/testing/vitest';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli.js';
import { ROOT, runCli, spawnCli } from '../../helpers/cli.js';
import { tmp, ttyIo, validateFile } from '../../helpers/init.js';

/** The schema the modeline points at, resolved the way an editor would. */
function modelineTarget(file: string): string {
  const first = readFileSync(file, 'utf8').split('\n')[0]!;
  const m = /^# yaml-language-server: \$schema=(.+)$/.exec(first);
  expect(m, first).not.toBeNull();
  return isAbsolute(m![1]!) ? m![1]! : resolve(dirname(file), m![1]!);
}

describe('icare init (flags, no terminal): the questionnaire written, its path and its modeline', () => {
  it('creates a questionnaire that validates with no errors and no warnings', async () => {
    const dir = tmp();
    const r = await runCli(['init', '--id', 'team-health', '--title', 'Team health', '--sections', 'Hiring, Coaching ,Feedback'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const file = join(dir, 'team-health.yaml');
    expect(r.stdout).toContain('Created team-health.yaml');
    expect(r.stdout).toContain('icare validate team-health.yaml');
    expect(r.stdout).toContain('icare assess --questionnaires . team-health');
    expect(await validateFile(file)).toEqual({ code: 0, findings: [] });
    expect(modelineTarget(file)).toBe(join(ROOT, 'schema', 'questionnaire.schema.json'));

    // It is a usable questionnaire: listed and shown with the sections asked for, plus comments.
    const shown = await runCli(['show', 'team-health', '-q', dir, '--format', 'json']);
    const q = JSON.parse(shown.stdout) as { title: string; sections: { title: string; questions: { type: string; recommendation?: string }[] }[] };
    expect(q.title).toBe('Team health');
    expect(q.sections.map((s) => s.title)).toEqual(['Hiring', 'Coaching', 'Feedback', 'Comments']);
    for (const s of q.sections.slice(0, 3)) {
      expect(s.questions).toHaveLength(2);
      for (const question of s.questions) expect(question.recommendation).toBeTruthy();
    }
    expect(q.sections[3]!.questions.map((x) => x.type)).toEqual(['text']);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^# .*kebab-case/m);
    expect(text).toContain('levels:');
    expect(text).toContain('target: 75');
  });

  it('derives the id from the title and uses three placeholder sections', async () => {
    const dir = tmp();
    const r = await runCli(['init', '--title', 'Support Desk: Health Check!'], { cwd: dir });
    expect(r.code).toBe(0);
    const file = join(dir, 'support-desk-health-check.yaml');
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain('id: support-desk-health-check\ntitle: "Support Desk: Health Check!"\n');
    expect(await validateFile(file)).toEqual({ code: 0, findings: [] });
    const shown = JSON.parse((await runCli(['show', 'support-desk-health-check', '-q', file, '-f', 'json'])).stdout) as { sections: unknown[] };
    expect(shown.sections).toHaveLength(4);
  });

  it('writes to PATH, or into PATH when it is a folder, creating folders as needed', async () => {
    const dir = tmp();
    const r = await runCli(['init', 'sub/dir/mine.yml', '--title', 'Mine'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'sub/dir/mine.yml'))).toBe(true);
    expect(r.stdout).toContain('icare assess --questionnaires sub/dir mine');

    mkdirSync(join(dir, 'qs'));
    const intoFolder = await runCli(['init', 'qs', '--title', 'Other one'], { cwd: dir });
    expect(intoFolder.code).toBe(0);
    expect(readdirSync(join(dir, 'qs'))).toEqual(['other-one.yaml']);
  });

  it('points the modeline at the project’s own node_modules/icare, so it works in any clone of the project', async () => {
    const project = join(tmp(), 'proj');
    const installed = join(project, 'node_modules', 'icare', 'schema');
    mkdirSync(installed, { recursive: true });
    writeFileSync(join(project, 'package.json'), '{"name": "our-service"}\n');
    copyFileSync(join(ROOT, 'schema', 'questionnaire.schema.json'), join(installed, 'questionnaire.schema.json'));
    // The icare running (ROOT) is installed elsewhere: the file must not point there.
    const r = await runCli(['init', 'questionnaires/team/health.yaml', '--title', 'Team health'], { cwd: project });
    expect(r.code).toBe(0);
    const file = join(project, 'questionnaires', 'team', 'health.yaml');
    expect(readFileSync(file, 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../../node_modules/icare/schema/questionnaire.schema.json');

    const clone = join(tmp(), 'elsewhere', 'proj');
    cpSync(project, clone, { recursive: true });
    const target = modelineTarget(join(clone, 'questionnaires', 'team', 'health.yaml'));
    expect(target).toBe(join(clone, 'node_modules', 'icare', 'schema', 'questionnaire.schema.json'));
    expect(existsSync(target)).toBe(true);
  });

  it('points the modeline relative to icare’s own schema inside icare’s project, and absolute only when nothing else works', async () => {
    const inside = join(ROOT, 'node_modules', '.cache', 'icare-init-test', String(process.pid));
    mkdirSync(inside, { recursive: true });
    try {
      expect((await runCli(['init', join(inside, 'q.yaml'), '--title', 'Inside', '--force'])).code).toBe(0);
      expect(readFileSync(join(inside, 'q.yaml'), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../../../../schema/questionnaire.schema.json');
    } finally {
      rmSync(inside, { recursive: true, force: true });
    }
    const loose = tmp();
    expect((await runCli(['init', '--title', 'Loose'], { cwd: loose })).code).toBe(0);
    expect(modelineTarget(join(loose, 'loose.yaml'))).toBe(join(ROOT, 'schema', 'questionnaire.schema.json'));
  });
});

describe('icare init (flags, no terminal): refusals, when it asks, and the built binary', () => {
  it('refuses to overwrite an existing file, and overwrites it with --force', async () => {
    const dir = tmp();
    const file = join(dir, 'q.yaml');
    writeFileSync(file, 'mine\n');
    const refused = await runCli(['init', 'q.yaml', '--title', 'Team health'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('q.yaml already exists; use --force to overwrite it');
    expect(readFileSync(file, 'utf8')).toBe('mine\n');

    const defaultName = await runCli(['init', '--title', 'Team health'], { cwd: dir });
    expect(defaultName.code).toBe(0);
    const again = await runCli(['init', '--title', 'Team health'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('team-health.yaml already exists');

    const forced = await runCli(['init', 'q.yaml', '--title', 'Team health', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('id: team-health');
    expect(readdirSync(dir).sort()).toEqual(['q.yaml', 'team-health.yaml']);
  });

  it.each([
    [['--id', 'Team_Health', '--title', 'x'], '--id: "Team_Health" is not lowercase kebab-case'],
    [['--id', 'a'.repeat(81), '--title', 'x'], 'longer than 80'],
    [['--title', '!!!'], 'cannot derive an id from the title'],
    [['--id', 'ok'], 'init needs --title'],
    [['notes.txt', '--title', 'x'], 'must end in .yaml or .yml'],
  ])('exits 2 without writing anything: %j', async (args, message) => {
    const dir = tmp();
    const r = await runCli(['init', ...args], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('does not ask in CI or with --yes, even on a terminal', async () => {
    for (const [args, env] of [
      [['--title', 'Ci one'], { CI: 'true' }],
      [['--title', 'Yes one', '--yes'], {}],
    ] as const) {
      const dir = tmp();
      const code = await run(['init', ...args], ttyIo(dir, env).io, ROOT);
      expect(code).toBe(0);
      expect(readdirSync(dir)).toHaveLength(1);
    }
  });

  it('asks on a terminal when CI is "false" in any case', async () => {
    for (const CI of ['false', 'FALSE', '0']) {
      const dir = tmp();
      const t = ttyIo(dir, { CI });
      const done = run(['init', '--title', 'Asked', '--sections', 'One'], t.io, ROOT);
      await screen.next();
      expect(screen.getScreen(), `CI=${CI}`).toContain('Questionnaire id (lowercase kebab-case): (asked)');
      screen.keypress('enter');
      expect(await done).toBe(0);
      expect(readdirSync(dir)).toEqual(['asked.yaml']);
    }
  });

  it('works from the built binary', async () => {
    const dir = tmp();
    const r = spawnCli(['init', 'team.yaml', '--title', 'Team health', '--sections', 'Hiring,Coaching'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Created team.yaml');
    const check = spawnCli(['validate', join(dir, 'team.yaml'), '--max-warnings', '0']);
    expect(check.stdout).toContain('1 file checked: 0 errors, 0 warnings');
    expect(check.code).toBe(0);
  });
});
