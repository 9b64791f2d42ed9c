#!/usr/bin/env node
const cli = await import('../dist/cli.js').catch((e) => {
  if (e?.code !== 'ERR_MODULE_NOT_FOUND' || !String(e.message).includes('dist/cli.js')) throw e;
  process.stderr.write('icare: not built yet; run `npm run build` in the icare folder first\n');
  process.exit(2);
});
process.exitCode = await cli.run(process.argv.slice(2), cli.processIo());
