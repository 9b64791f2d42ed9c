// Per-run context the commands share: io, colour, widths and where the bundled files are.
import { Chalk, type ChalkInstance } from 'chalk';
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
  readonly packageRoot: string;
  readonly bundledDir: string;
  readonly version: string;
}

type Level = 0 | 1 | 2 | 3;

/** For output written to files: never colour. */
export const plainChalk: ChalkInstance = new Chalk({ level: 0 });

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

export function makeContext(io: Io, packageRoot: string): Context {
  return {
    io,
    chalk: new Chalk({ level: colourLevel(io.stdout, io.env) }),
    chalkErr: new Chalk({ level: colourLevel(io.stderr, io.env) }),
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
