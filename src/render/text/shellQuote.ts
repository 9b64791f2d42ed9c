/** Quotes a word for a POSIX shell when it holds anything but characters that are always safe. */
export function shellQuote(s: string): string {
  return /^[A-Za-z0-9_/.,:+@%=-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
