// What `icare assess` prints at the end: a scorecard per questionnaire, the files saved, and the
// command for the full report.
import type { ScoreResult } from '../../core/scoring/scoreResult.js';
import type { RenderContext } from '../context.js';
import { shellQuote } from '../text/shellQuote.js';
import { wrap } from '../text/wrapText.js';
import { renderClosingScorecard } from './closingScorecard.js';
import { renderCommandLine } from './commandLine.js';
import type { SavedFile } from './savedFile.js';

interface FinishedFile {
  readonly saved: SavedFile;
  readonly score: ScoreResult;
}

export function renderFinishSummary(files: readonly FinishedFile[], ctx: RenderContext): string {
  const out: string[] = [];
  for (const f of files) out.push('', renderClosingScorecard(f.score, ctx));
  out.push(ctx.chalk.bold('Saved'));
  for (const { saved: f } of files) out.push(wrap(`  ${f.shown} (${f.status}, ${f.answered} of ${f.total} answered)`, ctx.width - 1, '    '));
  out.push('', 'Next, the full report with recommendations:', renderCommandLine('icare report', files.map((f) => shellQuote(f.saved.shown)).join(' '), ctx));
  return out.join('\n') + '\n';
}
