// How many of a question's notes or comments a report lists, and how it says the rest: JSON lists
// every kept text, the terminal, markdown and HTML a bounded number ("and 33,104 more").
import type { NoteRef } from '../../core/scoring/scoreResult.js';

/** Texts listed per question in the terminal, markdown and HTML reports. */
export const TEXTS_SHOWN = 20;

export interface ShownRemarks {
  readonly shown: readonly NoteRef[];
  /** Remarks not listed: those past the first `limit` texts, and those the core only counted. */
  readonly more: number;
}

export function shownRemarks(refs: readonly NoteRef[], notListed: number, limit = TEXTS_SHOWN): ShownRemarks {
  let more = notListed;
  for (let i = limit; i < refs.length; i++) more += refs[i]!.count ?? 1;
  return { shown: refs.slice(0, limit), more };
}

/** " ×3" after a text that several wrote word for word; nothing for one. */
export function timesText(count: number | undefined): string {
  return count !== undefined && count > 1 ? ` \u00d7${count.toLocaleString('en-GB')}` : '';
}

/** "and 33,104 more"; empty for none. */
export function moreText(more: number): string {
  return more > 0 ? `and ${more.toLocaleString('en-GB')} more` : '';
}
