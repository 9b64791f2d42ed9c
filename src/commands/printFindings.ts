// Findings about the files a command read, printed to stderr in the text format.
import type { CatalogLoad } from '../core/checks/loadCatalog.js';
import { compareFindings, countBySeverity, type Finding } from '../core/checks/finding.js';
import type { ResponseWarning } from '../core/scoring/hygiene.js';
import { findingsRenderers } from '../render/findings/registry.js';
import { oneLine } from '../render/text/sanitize.js';
import { renderContext, type Context } from '../shell/context.js';

/** Prints findings to stderr; returns whether any is an error. */
export function printFindings(ctx: Context, findings: readonly Finding[], checked: number): boolean {
  if (findings.length === 0) return false;
  const sorted = [...findings].sort(compareFindings);
  ctx.io.stderr.write(findingsRenderers.text({ findings: sorted, checked }, renderContext(ctx, ctx.chalkErr)));
  return countBySeverity(sorted).errors > 0;
}

/** The findings about the questionnaires a command loaded, counting the questionnaire files read. */
export function printCatalogFindings(ctx: Context, source: CatalogLoad): boolean {
  return printFindings(ctx, source.findings, source.files.length);
}

/**
 * The files behind the response warnings, on stderr for whoever runs the report: the report
 * itself leaves them out without --names (see shareableWarnings).
 */
export function printWarningFiles(ctx: Context, warnings: readonly ResponseWarning[], names: boolean): void {
  if (names) return;
  for (const w of warnings) {
    if (w.files.length === 0) continue;
    ctx.io.stderr.write(ctx.chalkErr.dim(`icare: ${w.rule} (files not named in the report without --names): ${w.files.map(oneLine).join(', ')}\n`));
  }
}
