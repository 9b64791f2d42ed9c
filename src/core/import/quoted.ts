/**
 * A header or cell as a finding message quotes it: in JSON quotes, long ones cut to 60
 * characters. The core's own helper: it builds messages, and the core does not import render/.
 */
export function quoted(s: string): string {
  return JSON.stringify(s.length > 60 ? s.slice(0, 59) + '…' : s);
}
