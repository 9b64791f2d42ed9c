// The Io of the running process: its streams, environment, folder and signals. bin/icare.js is
// its only user; tests build their own Io.
import type { Io, StopSignal } from './io.js';

export function processIo(): Io {
  // `icare … | head` closes the pipe early: that is not an error worth a stack trace. A closed
  // terminal (EIO after SIGHUP) is not either, and the command must still finish what it undoes.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      if (e.code === 'EIO') return;
      throw e;
    });
  }
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
    onInterrupt: (handler, signals: readonly StopSignal[] = ['SIGINT']) => {
      for (const signal of signals) process.on(signal, handler);
      return () => signals.forEach((signal) => process.off(signal, handler));
    },
  };
}
