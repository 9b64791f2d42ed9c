// What `icare assess` prints at the end: a scorecard per questionnaire, the files saved, and the
// command for the full report.
import type { ScoreResult } from '../../core/scoring/scoreResult.js';
import type { RenderContext } from '../context.js';
import { questionnairesFlags } from '../text/questionnairesFlags.js';
import { shellQuote } from '../text/shellQuote.js';
import { wrap } from '../text/wrapText.js';
import { renderClosingScorecard } from './closingScorecard.js';
import { renderCommandLine } from '../text/commandLine.js';
import type { SavedFile } from './savedFile.js';

interface FinishedFile {
  readonly saved: SavedFile;
  readonly score: ScoreResult;
}

/** `questionnaires`: the --questionnaires folders the report command needs. */
export function renderFinishSummary(files: readonly FinishedFile[], ctx: RenderContext, questionnaires: readonly string[]): string {
  const out: string[] = [];
  for (const f of files) out.push('', renderClosingScorecard(f.score, ctx));
  out.push(ctx.chalk.bold('Saved'));
  for (const { saved: f } of files) out.push(wrap(`  ${f.shown} (${f.status}, ${f.answered} of ${f.total} answered)`, ctx.width - 1, '    '));
  out.push('', 'Next, the full report with recommendations:', renderCommandLine(['icare', 'report', ...files.map((f) => shellQuote(f.saved.shown)), ...questionnairesFlags(questionnaires)], ctx));
  return out.join('\n') + '\n';
}
