// `icare assess` in a private tmux server for end-to-end tests: start the built bin as a user's
// shell would, wait for a question's prompt, answer it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shellLine } from './printedCommands.js';
import { Tmux, type Pane } from './tmux.js';

export class AssessTerminal {
  readonly work = mkdtempSync(join(tmpdir(), 'icare-pty-'));
  private readonly tmux = new Tmux(this.work);
  private readonly panes: Pane[] = [];

  /** Runs `command` (an `icare …` line) in a new pane of the given width. */
  start(command: string, width = 100): Pane {
    const pane = this.tmux.start(shellLine(command), { cwd: this.work, width, height: 50 });
    this.panes.push(pane);
    return pane;
  }

  stop(): void {
    for (const p of this.panes.splice(0)) p.kill();
    this.tmux.stop();
  }
}

/** The screen from question `n`'s header on, once its prompt is up. */
export async function promptFor(pane: Pane, n: number, total: number): Promise<string> {
  const header = `Question ${n} of ${total} ·`;
  const s = await pane.waitFor((x) => x.includes(header) && x.slice(x.lastIndexOf(header)).includes('? Your answer'));
  return s.slice(s.lastIndexOf(header));
}

/** Types `keys` and Enter at question `n`. */
export async function answerWith(pane: Pane, n: number, total: number, keys: string): Promise<string> {
  const s = await promptFor(pane, n, total);
  pane.type(keys);
  pane.send('Enter');
  return s;
}
