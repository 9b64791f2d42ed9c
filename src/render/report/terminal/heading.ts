// The report's opening: what was assessed, who answered and when, what is kept private, and what
// to know before reading the figures.
import type { RenderContext } from '../../context.js';
import { dateRange } from '../../text/dateRange.js';
import { filesText, privacyLines } from '../../text/honestWords.js';
import { plural } from '../../text/plural.js';
import { respondentsLine } from '../../text/respondentSummary.js';
import { oneLine } from '../../text/sanitize.js';
import { wrap, wrapText } from '../../text/wrapText.js';
import type { ReportResult } from '../result.js';

export function heading(r: ReportResult, { chalk }: RenderContext, width: number): string[] {
  const m = r.main;
  const org = m.organisations.length ? m.organisations.map(oneLine).join(', ') + ' · ' : '';
  return [
    ...wrapText(`${oneLine(m.questionnaire.title)} (v${oneLine(String(m.questionnaire.version))})`, width).map((l) => chalk.bold(l)),
    chalk.dim(wrap(`${org}${oneLine(respondentsLine(m, r.roleCounts))} · ${dateRange(m.dates)}`, width)),
    ...privacyLines(r.privacy).map((l) => chalk.dim(wrap(l, width))),
  ];
}

/** "Before you read this": each warning with at most five of its files; rows skipped. */
export function warnings(r: ReportResult, { chalk }: RenderContext, width: number): string[] {
  if (r.warnings.length === 0 && r.skipped === 0) return [];
  const out = [chalk.bold('Before you read this')];
  for (const w of r.warnings) {
    out.push(wrap(`  • ${oneLine(w.message)}`, width, '    '));
    if (w.files.length) out.push(chalk.dim(wrap(`    ${filesText(w.files.map(oneLine))}`, width, '    ')));
  }
  if (r.skipped > 0) out.push(wrap(`  • ${plural(r.skipped, 'CSV row')} skipped as invalid (--skip-invalid).`, width, '    '));
  return out;
}
