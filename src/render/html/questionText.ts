// A question's text on the HTML pages, marked when it is reverse-scored.
import { REVERSE_MARK } from '../text/honestWords.js';
import { escapeHtml as esc } from './escapeHtml.js';

export function questionText(q: { readonly text: string; readonly reverse: boolean }): string {
  return `${q.reverse ? `<span class="reverse" title="reverse-scored: agreeing means a gap">${REVERSE_MARK}</span> ` : ''}${esc(q.text)}`;
}
