// The priority sections (below target, largest weighted gap first), what customers say of each
// when they were asked, and the sections that need more answers before they get a verdict.
import type { DeliveryGap } from '../../../core/scoring/deliveryGap.js';
import type { ScoreResult, SectionResult } from '../../../core/scoring/scoreResult.js';
import { escapeHtml as esc } from '../../html/escapeHtml.js';
import { statusClass } from '../../html/gapStatus.js';
import { scoreHtml } from '../../html/scoreHtml.js';
import { scoreFigure, points } from '../../text/format.js';
import { CUSTOMER_VIEW_WORDS, noPrioritiesText, SEEN_BY_CUSTOMERS_ONLY } from '../../text/honestWords.js';

function customerView(gap: DeliveryGap | undefined, id: string): string {
  const view = gap?.priorities[id];
  return view ? ` <span class="view ${view}">${esc(CUSTOMER_VIEW_WORDS[view])}</span>` : '';
}

function priorityItem(s: SectionResult, gap: DeliveryGap | undefined): string {
  return `<li><strong>${esc(s.title)}</strong>: ${scoreHtml(s)} against a target of ${scoreFigure(s.target)}, <span class="${statusClass(s)}">gap ${points(s.gap)}</span>${
    s.weight !== 1 ? ` <span class="muted">(weight ${esc(String(s.weight))})</span>` : ''
  }${customerView(gap, s.id)}</li>`;
}

function seenByCustomers(m: ScoreResult, gap: DeliveryGap | undefined): string[] {
  if (!gap) return [];
  return gap.seenByCustomersOnly.map((id) => {
    const g = gap.sections.find((x) => x.id === id);
    const title = g?.title ?? m.sections.find((s) => s.id === id)?.title ?? id;
    return `<li><strong>${esc(title)}</strong>: <span class="view seen">${SEEN_BY_CUSTOMERS_ONLY}</span>: staff rate it on target; customers ${g ? scoreHtml(g.customers) : ''} against a target of ${scoreFigure(
      g?.target,
    )}</li>`;
  });
}

function needsMoreAnswers(m: ScoreResult): string {
  const byId = new Map(m.sections.map((s) => [s.id, s]));
  const items = m.needsMoreAnswers
    .map((id) => byId.get(id))
    .filter((s) => s !== undefined)
    .map((s) => `<li><strong>${esc(s.title)}</strong>: ${s.coverage.answered} of ${s.coverage.total} possible answers given; no verdict and no level until at least half are.</li>`)
    .join('');
  return items ? `<h3 id="needs-more-answers">Needs more answers</h3><ul class="needs-more">${items}</ul>` : '';
}

export function priorities(m: ScoreResult, gap: DeliveryGap | undefined): string {
  const byId = new Map(m.sections.map((s) => [s.id, s]));
  const items = m.priorities
    .map((id) => byId.get(id))
    .filter((s) => s !== undefined)
    .map((s) => priorityItem(s, gap));
  const seen = seenByCustomers(m, gap);
  const list = items.length + seen.length > 0 ? `<p class="muted small">Sections below target, largest weighted gap first${seen.length ? '; then sections only customers see below target' : ''}.</p><ol class="priorities">${[...items, ...seen].join('')}</ol>` : '';
  const none = items.length === 0 ? `<p class="no-priorities">${esc(noPrioritiesText(m))}</p>` : '';
  return `<section><h2>Priorities</h2>${none}${list}${needsMoreAnswers(m)}</section>`;
}
