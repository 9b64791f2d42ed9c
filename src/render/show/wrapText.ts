// Word wrapping for plain (uncoloured, sanitised) text. Widths count code points, which is right
// for the Latin text the questionnaires hold; wide characters may overrun a line slightly.

/** Wraps one paragraph to `width` columns, each line prefixed by `indent`; long words are split. */
export function wrapText(text: string, width: number, indent = ''): string[] {
  const room = Math.max(10, width - indent.length);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    let rest = [...word];
    while (rest.length > room) {
      if (line) lines.push(line);
      lines.push(rest.slice(0, room).join(''));
      line = '';
      rest = rest.slice(room);
    }
    const w = rest.join('');
    if (!line) line = w;
    else if ([...line].length + 1 + rest.length <= room) line += ` ${w}`;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line) lines.push(line);
  return lines.map((l) => indent + l);
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
