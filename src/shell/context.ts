// Per-run context the commands share: io, colour, widths and where the bundled files are.
import type { ChalkInstance } from 'chalk';
import { join } from 'node:path';
import type { Io, OutStream } from './io.js';
import type { RenderContext } from '../render/context.js';
import { VERSION } from '../version.js';

export interface Context {
  readonly io: Io;
  /** Colours for stdout; plain when stdout is not a terminal or NO_COLOR is set. */
  readonly chalk: ChalkInstance;
  /** Colours for stderr. */
  readonly chalkErr: ChalkInstance;
  /** No colour: for output written to files. */
  readonly plainChalk: ChalkInstance;
  readonly packageRoot: string;
  readonly bundledDir: string;
  readonly version: string;
}

type Level = 0 | 1 | 2 | 3;

/** NO_COLOR (https://no-color.org) wins, then FORCE_COLOR, then whether the stream is a terminal. */
export function colourLevel(stream: OutStream, env: Io['env']): Level {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '' || force === 'true') return 1;
    const n = Number(force);
    return (Number.isInteger(n) && n >= 0 && n <= 3 ? n : 1) as Level;
  }
  if (!stream.isTTY || env.TERM === 'dumb') return 0;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  return /256/.test(env.TERM ?? '') ? 2 : 1;
}

/**
 * Text passed through unstyled, for runs that print nothing of their own (`--help`, `--version`):
 * loading chalk costs a tenth of such a run. Only its call and chained styles are used.
 */
const UNSTYLED: ChalkInstance = new Proxy((...text: unknown[]) => text.join(' '), { get: (_, key) => (key === 'level' ? 0 : UNSTYLED) }) as unknown as ChalkInstance;

/** `colour: false` for a run that only prints commander's help or version. */
export async function makeContext(io: Io, packageRoot: string, opts: { readonly colour?: boolean } = {}): Promise<Context> {
  const { Chalk } = opts.colour === false ? { Chalk: undefined } : await import('chalk');
  const styled = (level: Level): ChalkInstance => (Chalk ? new Chalk({ level }) : UNSTYLED);
  return {
    io,
    chalk: styled(colourLevel(io.stdout, io.env)),
    chalkErr: styled(colourLevel(io.stderr, io.env)),
    plainChalk: styled(0),
    packageRoot,
    bundledDir: join(packageRoot, 'questionnaires'),
    version: VERSION,
  };
}

export function renderContext(ctx: Context, chalk: ChalkInstance = ctx.chalk): RenderContext {
  const cols = ctx.io.stdout.columns ?? Number(ctx.io.env.COLUMNS);
  const measured = Number.isFinite(cols) && cols > 20;
  return { chalk, width: measured ? Math.min(cols, 200) : 80, measured, version: ctx.version };
}
