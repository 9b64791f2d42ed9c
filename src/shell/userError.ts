// The one error path: anything a user can fix (a path, a flag, an invalid file) is thrown as a
// UserError with its exit code, from wherever it is found, and caught once, in run().

/** 130 = 128 + SIGINT, as shells report a command stopped by Ctrl-C. */
export const EXIT = { ok: 0, findings: 1, usage: 2, interrupted: 130 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

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
