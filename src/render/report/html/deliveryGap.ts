// `--customers`: the customers' view beside the self-assessment. Per mirrored element a dumbbell
// (staff and customers on one line, the target marked) and a table with the gap against its noise;
// the share of each side at target; the customers' NPS and ratings; their comments, never named.
import type { DeliveryGap, GapSection, GapVerdict } from '../../../core/scoring/deliveryGap.js';
import { escapeHtml as esc } from '../../html/escapeHtml.js';
import { scoreHtml } from '../../html/scoreHtml.js';
import { dumbbell } from '../../svg/dumbbell.js';
import { fixed, signed } from '../../text/format.js';
import { atTargetText, GAP_VERDICT_WORDS, noiseText } from '../../text/honestWords.js';
import { plural } from '../../text/plural.js';
import { noteList } from './comments.js';
import { metricCards } from './customerMetrics.js';

const VERDICT_CLASS: Readonly<Record<GapVerdict, string>> = {
  'delivery-gap': 'gap-staff',
  'customers-rate-higher': 'gap-customers',
  'within-noise': 'change-flat',
  'not-comparable': 'change-flat',
};

function gapRow(g: GapSection): string {
  return `<tr class="gap-row"><th scope="row">${esc(g.title)}</th><td class="num">${scoreHtml(g.staff)}</td><td class="num">${scoreHtml(g.customers)}</td><td class="num">${fixed(g.target)}</td><td class="num"><strong>${signed(
    g.gap,
    'to-fixed',
  )}</strong><br><span class="muted small">${esc(noiseText(g))}</span></td><td><span class="${VERDICT_CLASS[g.verdict]}">${esc(GAP_VERDICT_WORDS[g.verdict])}</span></td></tr>`;
}

function comments(d: DeliveryGap): string {
  if (d.comments.length === 0) return '';
  return `<h3>In customers' words</h3>${d.comments
    .map((c) => `<h4>${esc(c.text)}</h4>${noteList(c.answers, c.notListed)}`)
    .join('\n')}`;
}

export function deliveryGapSection(d: DeliveryGap): string {
  const chart = d.sections.length
    ? `<figure class="wide">${dumbbell({
        title: `Staff and customers on each element of ${d.customerQuestionnaire.title}`,
        rows: d.sections.map((g) => ({ label: g.title, staff: g.staff, customers: g.customers, target: g.target })),
      })}<figcaption>Per element: the staff's own score (blue circle) and the customers' score (purple diamond) on one line from 0 to 100, each with its 95% interval as a whisker; the dark tick is the target.</figcaption></figure>`
    : '<p class="muted">No section of the customer questionnaire mirrors a section of this one.</p>';
  const s = d.staffAtTarget;
  const c = d.customersAtTarget;
  return `<section class="break delivery-gap"><h2>The customers' view: the delivery gap</h2>
<p class="muted small">${esc(d.customerQuestionnaire.title)}: ${esc(plural(d.customers, 'customer'))} answered. The gap is the staff's score minus the customers'; it is a delivery gap only when larger than the noise of both intervals.</p>
<p class="at-target"><strong>${esc(atTargetText(s, c))}</strong> <span class="muted small">(each by their own overall score)</span></p>
${chart}
<table class="delivery-gap"><thead><tr><th scope="col">Element</th><th scope="col" class="num">Staff</th><th scope="col" class="num">Customers</th><th scope="col" class="num">Target</th><th scope="col" class="num">Gap (staff − customers)</th><th scope="col">Verdict</th></tr></thead><tbody>
${d.sections.map(gapRow).join('\n')}
</tbody></table>
${d.nps.length + d.ratings.length ? `<h3>Customers' recommendation and satisfaction</h3>${metricCards(d.nps, d.ratings)}` : ''}
${comments(d)}
</section>`;
}
