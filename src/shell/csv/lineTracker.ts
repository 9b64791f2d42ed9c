/**
 * Start lines of records, fed in parse order. csv-parse's `lines` is the line a record ends on,
 * except that (as of 6.2) it counts each CRLF inside a quoted cell as two lines, an error that
 * carries over to every later record; both are corrected here.
 */
export function lineTracker(): (endLine: number, record: readonly string[]) => number {
  let extra = 0;
  return (endLine, record) => {
    let breaks = 0;
    for (const cell of record) {
      if (!cell.includes('\n') && !cell.includes('\r')) continue;
      extra += cell.split('\r\n').length - 1;
      breaks += cell.match(/\r\n|\r|\n/g)?.length ?? 0;
    }
    return endLine - extra - breaks;
  };
}
