// The action plan as ONE numbered list: each item's lines are indented by its marker's width
// ("1. " three spaces, "10. " four), so notes stay inside their item however long the list.
import type { NoteRef, ScoreResult } from '../../../core/scoring/scoreResult.js';
import { escapeInline as md } from '../../markdown/escapeMarkdown.js';
import { fixed, num } from '../../text/format.js';
import { noPrioritiesText, reverseMark, typicalText } from '../../text/honestWords.js';
import { moreText, shownRemarks, timesText } from '../../text/shownRemarks.js';

export function who(n: NoteRef): string {
  const parts = [n.respondent, n.role].filter((x): x is string => !!x);
  return `${timesText(n.count)}${parts.length ? ` — ${parts.map(md).join(', ')}` : ''}`;
}

/** Up to TEXTS_SHOWN texts as `line` gives them, then how many more. */
export function remarkLines(refs: readonly NoteRef[], notListed: number, line: (n: NoteRef) => string, more: (text: string) => string): string[] {
  const r = shownRemarks(refs, notListed);
  return [...r.shown.map(line), ...(r.more > 0 ? [more(moreText(r.more))] : [])];
}

export function actionPlan(m: ScoreResult): string[] {
  const out = ['## Action plan', ''];
  if (m.actions.length === 0) out.push(noPrioritiesText(m), '');
  m.actions.forEach((a, i) => {
    const marker = `${i + 1}. `;
    const indent = ' '.repeat(marker.length);
    const typical = typicalText(a);
    out.push(`${marker}**${md(a.text)}**${reverseMark(a.reverse)}  `);
    out.push(`${indent}${md(a.sectionTitle)} · ${fixed(a.score)}${typical ? ` · ${md(typical)}` : ''} · ${num(a.gap)} below target  `);
    out.push(`${indent}${md(a.recommendation)}`);
    for (const l of remarkLines(a.notes, a.notesNotListed, (n) => `${indent}> ${md(n.note)}${who(n)}`, (t) => `${indent}> *${t}*`)) out.push('', l);
    out.push('');
  });
  return out;
}

/** Notes on questions that are not actions: none may disappear. */
export function otherNotes(m: ScoreResult): string[] {
  const actions = new Set(m.actions.map((a) => `${a.section}\u0000${a.question}`));
  const items: string[] = [];
  for (const s of m.sections) {
    for (const q of s.questions) {
      if (q.notes.length + q.notesNotListed === 0 || actions.has(`${s.id}\u0000${q.id}`)) continue;
      items.push(`- **${md(q.text)}**${reverseMark(q.reverse)} (${md(s.title)})`);
      for (const l of remarkLines(q.notes, q.notesNotListed, (n) => `  > ${md(n.note)}${who(n)}`, (t) => `  > *${t}*`)) items.push('', l);
      items.push('');
    }
  }
  return items.length ? ['## Other notes', '', ...items] : [];
}
