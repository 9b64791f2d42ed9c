#!/usr/bin/env node

// `icare … | head` closes the pipe early; that is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

let run;
try {
  ({ run } = await import('../dist/cli.js'));
} catch (e) {
  if (e?.code !== 'ERR_MODULE_NOT_FOUND' || !String(e.message).includes('dist/cli.js')) throw e;
  process.stderr.write('icare: not built yet; run `npm run build` in the icare folder first\n');
  process.exit(2);
}

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
  onInterrupt: (handler, signals = ['SIGINT']) => {
    for (const signal of signals) process.on(signal, handler);
    return () => signals.forEach((signal) => process.off(signal, handler));
  },
});
