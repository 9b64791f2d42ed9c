// The shell's view of the outside world. Only processIo() builds one from `process`; tests build
// their own, so every command runs in-process with captured output.

export interface OutStream {
  write(chunk: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

export interface Io {
  readonly stdout: OutStream;
  readonly stderr: OutStream;
  readonly stdin: NodeJS.ReadableStream & { readonly isTTY?: boolean };
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /**
   * Runs `handler` when one of `signals` arrives (by default SIGINT: Ctrl-C while no prompt holds
   * the keyboard) instead of ending the process, with the signal's name (none: SIGINT); returns
   * what removes it. Absent where nothing can interrupt (tests).
   */
  readonly onInterrupt?: (handler: (signal?: StopSignal) => void, signals?: readonly StopSignal[]) => () => void;
}

/** The signals that ask a command to stop: Ctrl-C, a closed terminal, `timeout` or a cancelled CI job. */
export const STOP_SIGNALS = ['SIGINT', 'SIGHUP', 'SIGTERM'] as const;
export type StopSignal = (typeof STOP_SIGNALS)[number];
