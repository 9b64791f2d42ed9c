// Untrusted text (questionnaires, answers) placed into Markdown must read as text, never as markup:
// no headings, lists, links, images, raw HTML, emphasis or table cells that the author did not write.
import { oneLine, stripControl } from '../text/sanitize.js';

// Characters that are markup wherever they appear (CommonMark + GFM): backslash, emphasis, code,
// links and images, raw HTML and autolinks, tables, strikethrough, entity references.
const ANYWHERE = /[\\`*_[\]<>|~&]/g;
// Markup only at the start of a line: headings, lists, block quotes, setext underlines, thematic
// breaks (the `>` is already escaped everywhere).
const LINE_START = /^([#+\-=])/;
// An ordered-list marker: digits then `.` or `)`.
const ORDERED = /^(\d{1,9})([.)])/;
// A run of `#` at the end of a line would be dropped as a heading's closing sequence.
const CLOSING_HASHES = /(\s)#(#*)$/;

function escapeLine(line: string): string {
  // Leading indentation would make an indented code block; trailing spaces a hard break.
  const trimmed = line.replace(/^[ \t]+/, '').replace(/[ \t]+$/, '');
  return trimmed
    .replace(ANYWHERE, (c) => `\\${c}`)
    .replace(/!(?=\\\[)/g, '\\!')
    .replace(LINE_START, '\\$1')
    .replace(ORDERED, '$1\\$2')
    .replace(CLOSING_HASHES, '$1\\#$2');
}

/**
 * Escapes text for a Markdown paragraph. Newlines are kept (a blank line still separates
 * paragraphs); every line is escaped as if it started a block.
 */
export function escapeMarkdown(text: string): string {
  return stripControl(text).replace(/\r\n?/g, '\n').split('\n').map(escapeLine).join('\n');
}

/** Escapes text for a GFM table cell: like escapeMarkdown, with newlines turned into `<br>`. */
export function escapeTableCell(text: string): string {
  return escapeMarkdown(text.trim())
    .split('\n')
    .filter((line, i, all) => line !== '' || (i > 0 && all[i - 1] !== ''))
    .join('<br>');
}

/** For inline contexts (list items, headings, bold runs): one line, escaped. */
export function escapeInline(text: string): string {
  return escapeMarkdown(oneLine(text));
}
