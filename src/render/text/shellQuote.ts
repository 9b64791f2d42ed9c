// Control characters and bidi controls cannot go to the terminal raw (they would act on it) and
// cannot be typed: a word holding any is written in ANSI-C quoting ($'…\x1b…'), which bash and zsh
// read back as the same bytes.
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/** Quotes a word for a POSIX shell when it holds anything but characters that are always safe. */
export function shellQuote(s: string): string {
  if (/^[A-Za-z0-9_/.,:+@%=-]+$/.test(s)) return s;
  if (!UNPRINTABLE.test(s)) return `'${s.replace(/'/g, `'\\''`)}'`;
  const escaped = [...s]
    .map((c) => {
      if (c === '\\' || c === "'") return `\\${c}`;
      if (!UNPRINTABLE.test(c)) return c;
      const code = c.codePointAt(0)!;
      return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
    })
    .join('');
  return `$'${escaped}'`;
}
