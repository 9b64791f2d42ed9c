// What respondents wrote: notes on questions and answers to the text questions, attributed only
// as far as the core allows (a role whose group is large enough; names only with --names).
import type { NoteRef, ScoreResult } from '../../../core/scoring/scoreResult.js';
import { escapeHtml as esc } from '../../html/escapeHtml.js';
import { moreText, shownRemarks, timesText } from '../../text/shownRemarks.js';

/** Up to TEXTS_SHOWN texts, each written by several with its count, and how many more there are. */
export function noteList(notes: readonly NoteRef[], notListed = 0): string {
  const { shown, more } = shownRemarks(notes, notListed);
  if (shown.length === 0 && more === 0) return '';
  return `<ul class="notes">${shown
    .map((n) => {
      const who = [n.respondent, n.role].filter((x): x is string => Boolean(x)).join(', ');
      return `<li>“${esc(n.note)}”${esc(timesText(n.count))}${who ? ` <span class="who">— ${esc(who)}</span>` : ''}</li>`;
    })
    .join('')}${more > 0 ? `<li class="muted">${esc(moreText(more))}</li>` : ''}</ul>`;
}

export function comments(m: ScoreResult): string {
  const texts = m.sections.flatMap((s) => s.questions.filter((q) => q.type === 'text' && q.comments.length + q.commentsNotListed + q.notes.length > 0).map((q) => ({ s, q })));
  if (texts.length === 0) return '';
  return `<section><h2>In respondents' words</h2>${texts
    .map(({ s, q }) => `<h3>${esc(q.text)} <span class="muted small">· ${esc(s.title)}</span></h3>${noteList(q.comments, q.commentsNotListed)}${noteList(q.notes, q.notesNotListed)}`)
    .join('\n')}</section>`;
}
