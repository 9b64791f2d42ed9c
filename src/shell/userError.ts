// The one error path: anything a user can fix (a path, a flag, an invalid file) is thrown as a
// UserError with its exit code, from wherever it is found, and caught once, in run().
import type { StopSignal } from './io.js';

/** 128 + the signal's number, as shells report a command a signal stopped: 130 for Ctrl-C (SIGINT). */
export const EXIT = { ok: 0, findings: 1, usage: 2, hangup: 129, interrupted: 130, terminated: 143 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The exit code for a command that stopped because `signal` asked it to. */
export const SIGNAL_EXIT: Readonly<Record<StopSignal, ExitCode>> = { SIGHUP: EXIT.hangup, SIGINT: EXIT.interrupted, SIGTERM: EXIT.terminated };

export class UserError extends Error {
  override readonly name = 'UserError';
  /** `details`: lines printed as they are after the message (advice, a list of ways out). */
  constructor(
    message: string,
    readonly exitCode: ExitCode = EXIT.usage,
    readonly details?: string,
  ) {
    super(message);
  }
}

/** A system error (ENOENT, EACCES, ENOSPC…) as the user sees it: what failed and why. */
export function ioFailure(what: string, e: unknown): UserError {
  if (e instanceof UserError) return e;
  const err = e as NodeJS.ErrnoException;
  const why = err.code === 'ENOENT' ? 'no such file or folder' : err.code ? `${err.code}: ${err.message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, '')}` : String(e);
  return new UserError(`${what} (${why})`);
}
