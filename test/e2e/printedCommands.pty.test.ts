// Every command icare prints for the user to run next works when pasted: a questionnaire of one's
// own made with init, answered with assess (quit, resume, finish), listed and shown. Each printed
// command is collected from the output and run as printed: in a real terminal (tmux) where it
// asks questions, through sh otherwise. Runs the built bin.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AssessTerminal, promptFor } from '../helpers/assessPane.js';
import { ROOT } from '../helpers/cli.js';
import { printedCommands, runPrinted } from '../helpers/printedCommands.js';
import type { Pane } from '../helpers/tmux.js';

let terminal: AssessTerminal;

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) throw new Error('build first: node scripts/build.mjs');
});

afterEach(() => terminal?.stop());

/** Waits for question `n`'s prompt and answers it with a key that fits its kind. */
async function answer(pane: Pane, n: number, total: number): Promise<void> {
  const prompt = await promptFor(pane, n, total);
  if (prompt.includes('? Your answer (')) pane.type(`Comment ${n}`);
  else if (prompt.includes('y) Yes')) pane.type('y');
  else pane.type('1');
  pane.send('Enter');
}

/** Commands on screen once the pane's command has ended (the pane is wide enough not to wrap them). */
async function commandsAtExit(pane: Pane, code: number): Promise<string[]> {
  const s = await pane.waitFor(`[exit ${code}]`, 15_000);
  return printedCommands(s.slice(0, s.indexOf(`[exit ${code}]`)));
}

describe('printed commands work when pasted', () => {
  it('init → validate → assess → quit → resume → report, and list → show, all with --questionnaires', async () => {
    terminal = new AssessTerminal();
    const { work } = terminal;
    const ran: string[] = [];
    const runOk = (command: string): string => {
      const r = runPrinted(command, work);
      expect(r.code, `${command}\n${r.stderr}`).toBe(0);
      ran.push(command);
      return r.stdout;
    };

    const created = runPrinted('icare init qs/cc-health.yaml --title "CC health" --yes', work);
    expect(created.code).toBe(0);
    // "Edit … in" names the file with its folder.
    expect(created.stdout).toContain('Edit the example questions and recommendations in qs/cc-health.yaml.');
    const fromInit = printedCommands(created.stdout);
    expect(fromInit).toEqual(['icare validate qs/cc-health.yaml', 'icare assess --questionnaires qs cc-health']);
    runOk(fromInit[0]!);

    // The assess command as printed: it asks for the details, then the questions; q quits.
    const assess = terminal.start(fromInit[1]!);
    await assess.waitFor('Organisation');
    assess.type('Acme Support');
    assess.send('Enter');
    await assess.waitFor('Your name');
    assess.send('Enter');
    await assess.waitFor('Your role');
    assess.send('Enter');
    await answer(assess, 1, 7);
    await answer(assess, 2, 7);
    await promptFor(assess, 3, 7);
    assess.type('q');
    assess.send('Enter');
    const fromQuit = await commandsAtExit(assess, 0);
    expect(fromQuit).toHaveLength(1);
    expect(fromQuit[0]).toMatch(/^icare assess --resume assessments\/acme-support-cc-health-\d{4}-\d\d-\d\d\.yaml --questionnaires qs$/);

    const resumed = terminal.start(fromQuit[0]!);
    for (let n = 3; n <= 7; n++) await answer(resumed, n, 7);
    const fromFinish = await commandsAtExit(resumed, 0);
    expect(fromFinish).toEqual([expect.stringMatching(/^icare report assessments\/acme-support-cc-health-\S+\.yaml --questionnaires qs$/)]);
    expect(runOk(fromFinish[0]!)).toContain('CC health');
    ran.push(fromInit[1]!, fromQuit[0]!);

    const listed = runOk('icare list -q qs');
    const fromList = printedCommands(listed);
    expect(fromList).toEqual(['icare show ID --questionnaires qs']);
    expect(runOk(fromList[0]!.replace(' ID ', ' cc-health '))).toContain('CC health');

    expect(ran).toHaveLength(6);
  });

  it('a long printed command stays one command when the terminal is narrow', async () => {
    terminal = new AssessTerminal();
    const { work } = terminal;
    expect(runPrinted("icare init 'my questionnaires/cc-health.yaml' --title 'CC health' --yes", work).code).toBe(0);
    const assess = terminal.start("icare assess --questionnaires 'my questionnaires' cc-health --organisation 'Acme Support' --name '' --role frontline", 60);
    await answer(assess, 1, 7);
    await assess.waitFor('Question 2 of 7');
    assess.send('Escape');
    const s = await assess.waitFor('[exit 0]');
    expect(s).toMatch(/ {2}icare assess --resume \\\n {4}assessments\/acme-support-cc-health-\S+\.yaml \\\n {4}--questionnaires 'my questionnaires'\n/);
    const [command] = printedCommands(s.slice(0, s.indexOf('[exit 0]')));
    const resumed = terminal.start(command!);
    await resumed.waitFor('Resuming assessments/acme-support-cc-health-');
    await resumed.waitFor('Question 2 of 7');
  });
});
