// @inquirer/testing/vitest must come first: it mocks @inquirer/prompts for the interactive cases.
import { screen } from '@inquirer/testing/vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli.js';
import { ROOT } from '../../helpers/cli.js';
import { tmp, ttyIo, validateFile } from '../../helpers/init.js';

describe('icare init (interactive)', () => {
  it('asks for the title, id and sections, and writes a valid file', async () => {
    const dir = tmp();
    const t = ttyIo(dir);
    const done = run(['init'], t.io, ROOT);

    await screen.next();
    expect(screen.getScreen()).toContain('Questionnaire title:');
    screen.type('Team Health');
    screen.keypress('enter');

    await screen.next();
    expect(screen.getScreen()).toContain('Questionnaire id (lowercase kebab-case): (team-health)');
    screen.type('Bad_Id');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('"Bad_Id" is not lowercase kebab-case');
    for (let i = 0; i < 'Bad_Id'.length; i++) screen.keypress('backspace');
    screen.type('team-check');
    screen.keypress('enter');

    await screen.next();
    expect(screen.getScreen()).toContain('Title of the first section:');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('A questionnaire needs at least one section.');
    screen.type('Hiring');
    screen.keypress('enter');

    await screen.next();
    expect(screen.getScreen()).toContain('Title of section 2 (Enter to finish):');
    screen.type('Coaching');
    screen.keypress('enter');

    await screen.next();
    expect(screen.getScreen()).toContain('Title of section 3 (Enter to finish):');
    screen.keypress('enter');

    expect(await done).toBe(0);
    expect(t.out()).toContain('Created team-check.yaml');
    const file = join(dir, 'team-check.yaml');
    expect(await validateFile(file)).toEqual({ code: 0, findings: [] });
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('id: team-check\ntitle: Team Health\n');
    expect(text).toContain('title: Hiring\n');
    expect(text).toContain('title: Coaching\n');
    expect(text).not.toContain('First area');
  });

  it('writes nothing when cancelled with Ctrl+C, and exits 130 like assess and import', async () => {
    const dir = tmp();
    const t = ttyIo(dir);
    const done = run(['init'], t.io, ROOT);
    await screen.next();
    screen.type('Half done');
    screen.keypress({ name: 'c', ctrl: true });
    expect(await done).toBe(130);
    expect(t.err()).toContain('cancelled; nothing was written');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses the id of a bundled questionnaire while asking, unless --force', async () => {
    const dir = tmp();
    const t = ttyIo(dir);
    const done = run(['init', '--title', 'Icare', '--sections', 'One'], t.io, ROOT);
    await screen.next();
    expect(screen.getScreen()).toContain('Questionnaire id (lowercase kebab-case): (icare)');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen().replace(/\s+/g, ' ')).toContain('"icare" is the id of a bundled questionnaire: wherever the new file is loaded, it would be used instead of that one. Choose another id (type another one), or use --force to take it anyway');
    screen.type('our-icare');
    screen.keypress('enter');
    expect(await done).toBe(0);
    expect(readdirSync(dir)).toEqual(['our-icare.yaml']);
  });

  it('asks only for what the flags leave out, and will not reuse an existing file name', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'taken.yaml'), 'mine\n');
    const t = ttyIo(dir);
    const done = run(['init', '--title', 'Taken', '--sections', 'One,Two'], t.io, ROOT);

    await screen.next();
    expect(screen.getScreen()).toContain('Questionnaire id (lowercase kebab-case): (taken)');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('taken.yaml already exists; choose another id, or run again with --force');
    screen.type('free');
    screen.keypress('enter');

    expect(await done).toBe(0);
    expect(readFileSync(join(dir, 'taken.yaml'), 'utf8')).toBe('mine\n');
    const file = join(dir, 'free.yaml');
    expect(await validateFile(file)).toEqual({ code: 0, findings: [] });
    expect(readFileSync(file, 'utf8')).toContain('title: Two\n');
  });
});
