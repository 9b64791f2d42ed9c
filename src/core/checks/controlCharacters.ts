// Text that holds terminal controls (ESC, C1) or bidi overrides: every output neutralises them, but
// they are almost never meant, and a bidi override can make a file read differently in an editor
// than it does to icare. Warned about (control-characters) at the value that holds them.
import type { PathFinding } from './finding.js';

// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/** Findings per file at most: a file full of them says so in the first few. */
const MAX_FINDINGS = 20;

// The double-quoted escapes that can make one of those characters: \x, \u, \U, \0, \a, \b, \e,
// \f, \v and \N (U+0085). Others (\t, \n, a backslash ending a folded line) cannot.
const CONTROL_ESCAPE = /\\[xuU0abefvN]/;

/**
 * Whether the text may hold such a value: raw, or written as a YAML escape in a double-quoted
 * string. Almost every file has neither, and skips the walk.
 */
export function mayHoldControls(text: string): boolean {
  return (text.includes('\\') && CONTROL_ESCAPE.test(text)) || CONTROLS.test(text);
}

/** Every string value (and key) of the parsed data that holds a control, by path. */
export function controlCharacters(data: unknown): PathFinding[] {
  const out: PathFinding[] = [];
  const visit = (value: unknown, path: (string | number)[], depth: number): void => {
    if (out.length >= MAX_FINDINGS || depth > 64) return;
    if (typeof value === 'string') {
      const m = CONTROLS.exec(value);
      if (m) out.push({ path, severity: 'warning', rule: 'control-characters', message: `text holds a control character (U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}); icare removes such characters wherever it shows text` });
      return;
    }
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i], depth + 1));
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, [...path, k], depth + 1);
  };
  visit(data, [], 0);
  return out;
}
