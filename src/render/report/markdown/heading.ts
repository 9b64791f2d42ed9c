// The title, who answered and when, what is kept private, and what to know before reading.
import { escapeInline as md } from '../../markdown/escapeMarkdown.js';
import { dateRange } from '../../text/dateRange.js';
import { filesText, privacyLines } from '../../text/honestWords.js';
import { plural } from '../../text/plural.js';
import { respondentsLine } from '../../text/respondentSummary.js';
import type { ReportResult } from '../result.js';

export function heading(r: ReportResult): string[] {
  const m = r.main;
  const facts = [
    m.organisations.length ? `**Organisation:** ${m.organisations.map(md).join(', ')}` : undefined,
    `**Respondents:** ${md(respondentsLine(m, r.roleCounts))}`,
    `**Date:** ${md(dateRange(m.dates))}`,
    `**Questionnaire:** ${md(m.questionnaire.id)} v${md(String(m.questionnaire.version))}`,
  ].filter(Boolean);
  return [`# ${md(m.questionnaire.title)}: scorecard`, '', facts.join(' · '), '', privacyLines(r.privacy).map(md).join(' '), ''];
}

/** "Before you read this": each warning with at most five of its files; rows skipped. */
export function warnings(r: ReportResult): string[] {
  if (r.warnings.length === 0 && r.skipped === 0) return [];
  const items = r.warnings.map((w) => `- ${md(w.message)}${w.files.length ? ` (${md(filesText(w.files))})` : ''}`);
  if (r.skipped > 0) items.push(`- ${plural(r.skipped, 'CSV row')} skipped as invalid (--skip-invalid).`);
  return ['## Before you read this', '', ...items, ''];
}
