import { closeSync, openSync, readSync } from 'node:fs';

/** Google and Microsoft export commas; a spreadsheet saved in some locales uses ; or tabs. */
export function sniffDelimiter(path: string): string {
  const buf = Buffer.alloc(64 * 1024);
  let n = 0;
  const fd = openSync(path, 'r');
  try {
    n = readSync(fd, buf, 0, buf.length, 0);
  } finally {
    closeSync(fd);
  }
  const counts = new Map([[',', 0], [';', 0], ['\t', 0]]);
  let quoted = false;
  for (const ch of buf.subarray(0, n).toString('utf8')) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  for (const [d, c] of counts) if (c > (counts.get(best) ?? 0)) best = d;
  return best;
}
