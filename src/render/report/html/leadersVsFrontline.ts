// Where leaders (executives and managers) and the front line differ most: shown only when both
// sides are large enough; a reverse-scored question compares what each side answered, so that a
// higher number cannot be read as "more of the practice".
import type { QuestionGap, RoleBreakdown } from '../../../core/scoring/groups.js';
import type { ScoreResult } from '../../../core/scoring/scoreResult.js';
import { escapeHtml as esc } from '../../html/escapeHtml.js';
import { fixed, points } from '../../text/format.js';
import { typicalText } from '../../text/honestWords.js';
import { questionText } from '../../html/questionText.js';

function side(score: number, answers: QuestionGap['leadersAnswers'], reverse: boolean): string {
  const typical = typicalText(answers, true);
  // A reverse question's score runs against its answers: show only what was answered.
  if (reverse) return `<span class="typical">${esc(typical || 'no answers')}</span>`;
  return `${fixed(score)}${typical ? `<br><span class="typical">${esc(typical)}</span>` : ''}`;
}

function difference(q: QuestionGap): string {
  if (q.diff === 0) return '<span class="muted">no difference</span>';
  const who = q.diff > 0 ? 'leaders' : 'frontline';
  return `<strong>${points(Math.abs(q.diff))}</strong><br><span class="muted small">${who} see it as better practised</span>`;
}

export function leadersVsFrontline(m: ScoreResult, b: RoleBreakdown): string {
  const heading = '<h3>Where leaders and the front line differ most</h3>';
  if (!b.leadersVsFrontline) {
    return `${heading}<p class="muted">Not shown: it needs at least ${b.minGroup} leaders (executives and managers) and ${b.minGroup} frontline respondents, in groups shown above, so that no hidden group can be worked out.</p>`;
  }
  if (b.questionGaps.length === 0) return `${heading}<p class="muted">Leaders and the front line answered no question differently.</p>`;
  const sectionTitle = new Map(m.sections.map((s) => [s.id, s.title]));
  const rows = b.questionGaps
    .map(
      (q) =>
        `<tr><td>${questionText(q)}</td><td>${esc(sectionTitle.get(q.section) ?? q.section)}</td><td class="num">${side(q.leaders, q.leadersAnswers, q.reverse)}</td><td class="num">${side(
          q.frontline,
          q.frontlineAnswers,
          q.reverse,
        )}</td><td class="num">${difference(q)}</td></tr>`,
    )
    .join('');
  return `${heading}<p class="muted small">Leaders are executives and managers. Scores are out of 100 with, under them, what each side typically answered; for a reverse-scored question (↺) only the answers are shown, since its score runs the other way. The difference says which side sees the practice as better established.</p>
<table class="question-gaps"><thead><tr><th scope="col">Question</th><th scope="col">Section</th><th scope="col" class="num">Leaders</th><th scope="col" class="num">Frontline</th><th scope="col" class="num">Difference</th></tr></thead><tbody>${rows}</tbody></table>`;
}
