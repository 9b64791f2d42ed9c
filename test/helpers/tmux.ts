// A real pseudo-terminal for end-to-end tests: a private tmux server (its own socket, so tests
// never touch anyone's sessions), keys sent with send-keys, the screen read with capture-pane.
// tmux needs no terminal of its own, so this runs in CI with no stdin.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export interface Pane {
  /** The visible screen; `escapes` keeps colour codes, `join` undoes the terminal's own wrapping. */
  screen(opts?: { escapes?: boolean; join?: boolean }): string;
  send(...keys: string[]): void;
  /** Sends text literally (no key-name lookup). */
  type(text: string): void;
  /** Polls the screen until `test` passes; throws with the screen on timeout. */
  waitFor(test: string | RegExp | ((screen: string) => boolean), timeoutMs?: number): Promise<string>;
  kill(): void;
}

export class Tmux {
  private readonly socket: string;
  private count = 0;
  constructor(dir: string) {
    this.socket = join(dir, 'tmux.sock');
  }

  run(args: readonly string[]): string {
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.TMUX;
    const r = spawnSync('tmux', ['-S', this.socket, ...args], { encoding: 'utf8', env, timeout: 10_000 });
    if (r.error) throw new Error(`tmux ${args[0]}: ${r.error.message} (is tmux installed?)`);
    if (r.status !== 0) throw new Error(`tmux ${args.join(' ')} failed: ${r.stderr}`);
    return r.stdout;
  }

  /**
   * Starts `command` (a shell command line) in a new detached session of the given size. When it
   * ends, `[exit N]` is printed and the pane stays open so its last screen can be read.
   */
  start(command: string, opts: { cwd: string; width: number; height: number }): Pane {
    const name = `icare-${process.pid}-${++this.count}`;
    const line = `${command}; echo "[exit $?]"; sleep 300`;
    this.run(['new-session', '-d', '-s', name, '-x', String(opts.width), '-y', String(opts.height), '-c', opts.cwd, line]);
    const screen = (o: { escapes?: boolean; join?: boolean } = {}): string =>
      this.run(['capture-pane', '-p', '-t', name, ...(o.escapes ? ['-e'] : []), ...(o.join ? ['-J'] : [])]);
    return {
      screen,
      send: (...keys) => void this.run(['send-keys', '-t', name, ...keys]),
      type: (text) => void this.run(['send-keys', '-t', name, '-l', text]),
      waitFor: async (test, timeoutMs = 10_000) => {
        const ok = typeof test === 'string' ? (s: string) => s.includes(test) : test instanceof RegExp ? (s: string) => test.test(s) : test;
        const until = Date.now() + timeoutMs;
        for (;;) {
          const s = screen();
          if (ok(s)) return s;
          if (Date.now() > until) throw new Error(`timed out waiting for ${String(test)}; screen:\n${s}`);
          await new Promise((r) => setTimeout(r, 25));
        }
      },
      kill: () => {
        try {
          this.run(['kill-session', '-t', name]);
        } catch {
          // already gone
        }
      },
    };
  }

  /** Stops this test's private server (and every session on it). */
  stop(): void {
    try {
      this.run(['kill-server']);
    } catch {
      // no server left
    }
  }
}
