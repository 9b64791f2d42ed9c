/**
 * Follows what is typed into a rawlist (its readline line is out of reach): printable keys
 * add, Backspace removes, the arrow keys start over, as they do in rawlist.
 */
export function typedLine(input: NodeJS.ReadableStream): { text: () => string; stop: () => void } {
  let line = '';
  // Mirrors readline: it inserts the event's string and acts on named keys.
  const onKey = (ch: unknown, key?: { name?: string; ctrl?: boolean; meta?: boolean }): void => {
    const name = key?.name;
    if (name === 'up' || name === 'down') line = '';
    else if (name === 'backspace') line = line.slice(0, -1);
    else if (typeof ch === 'string' && !key?.ctrl && !key?.meta && [...ch].length === 1 && ch >= ' ') line += ch;
  };
  input.on('keypress', onKey);
  return { text: () => line.trim(), stop: () => void input.off('keypress', onKey) };
}
