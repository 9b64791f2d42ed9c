// Everything from a questionnaire or answers file is untrusted: it reaches HTML and SVG only through here.
import { stripControl } from '../text/sanitize.js';

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML/SVG content and quoted attribute values, dropping control characters. */
export function escapeHtml(value: string | number): string {
  return stripControl(String(value)).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
