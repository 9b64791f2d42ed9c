// Word wrapping for terminal text: the one place every terminal format and prompt wraps with.
// Widths count code points, which is right for the Latin text the questionnaires hold (wide
// characters may overrun a line slightly), and ignore colour codes already in the text.

const SGR = /\x1b\[[0-9;]*m/g;

/** How many columns `s` takes on a terminal: code points, colour codes left out. */
export function textWidth(s: string): number {
  let n = 0;
  for (const _ of s.includes('\x1b') ? s.replace(SGR, '') : s) n++;
  return n;
}

export interface WrapOptions {
  /** Prefix of the first line (default: `indent`). */
  readonly first?: string;
  /** Split words longer than a line (default true); false keeps paths and URLs whole. */
  readonly breakWords?: boolean;
}

/**
 * Wraps one paragraph to `width` columns, each line prefixed by `indent` (the first by
 * `opts.first`); whitespace runs become single spaces.
 */
export function wrapText(text: string, width: number, indent = '', opts: WrapOptions = {}): string[] {
  const first = opts.first ?? indent;
  const breakWords = opts.breakWords ?? true;
  const lines: string[] = [];
  const roomFor = (): number => Math.max(10, width - textWidth(lines.length === 0 ? first : indent));
  const push = (l: string): void => {
    lines.push((lines.length === 0 ? first : indent) + l);
  };
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (word === '') continue;
    let rest = word;
    if (breakWords) {
      let chars = [...rest];
      while (chars.length > roomFor()) {
        if (line) push(line);
        line = '';
        // The room is taken once: pushing a line can change it (the first line's prefix differs).
        const room = roomFor();
        push(chars.slice(0, room).join(''));
        chars = chars.slice(room);
      }
      rest = chars.join('');
    }
    if (!line) line = rest;
    else if (textWidth(line) + 1 + textWidth(rest) <= roomFor()) line += ` ${rest}`;
    else {
      push(line);
      line = rest;
    }
  }
  if (line) push(line);
  return lines;
}

/** Wraps text that may hold several paragraphs (separated by blank lines). */
export function wrapParagraphs(text: string, width: number, indent = ''): string[] {
  const out: string[] = [];
  for (const para of text.split(/\n\s*\n/)) {
    const lines = wrapText(para, width, indent);
    if (lines.length === 0) continue;
    if (out.length) out.push('');
    out.push(...lines);
  }
  return out;
}

/**
 * Wraps one line of report text to `width` as a single string: the text's own leading spaces
 * start the first line, `indent` the others; long words (paths) are kept whole.
 */
export function wrap(text: string, width: number, indent = ''): string {
  const lead = /^\s*/.exec(text)![0];
  return wrapText(text.slice(lead.length), width, indent, { first: lead, breakWords: false }).join('\n');
}
