// What `icare assess` prints when the respondent stops: what was saved, and how to go on.
import type { RenderContext } from '../context.js';
import { questionnairesFlags } from '../text/questionnairesFlags.js';
import { shellQuote } from '../text/shellQuote.js';
import { wrap } from '../text/wrapText.js';
import { renderCommandLine } from '../text/commandLine.js';
import type { SavedFile } from './savedFile.js';

/** `questionnaires`: the --questionnaires folders the resume commands need. */
export function renderQuitMessage(files: readonly SavedFile[], ctx: RenderContext, questionnaires: readonly string[]): string {
  const out: string[] = [''];
  for (const f of files) {
    out.push(wrap(`Saved ${f.answered} of ${f.total} answers to ${f.shown}${f.status === 'complete' ? ' (complete)' : ''}`, ctx.width - 1, '  '));
  }
  return out.join('\n') + '\n' + renderResumeCommands(files, ctx, questionnaires);
}

/** The commands that continue the files not yet complete. */
export function renderResumeCommands(files: readonly SavedFile[], ctx: RenderContext, questionnaires: readonly string[]): string {
  const open = files.filter((f) => f.status !== 'complete');
  if (open.length === 0) return '';
  const out = [open.length === 1 ? 'To continue where you stopped, run:' : 'To continue where you stopped, run each of:'];
  for (const f of open) out.push(renderCommandLine(['icare', 'assess', '--resume', shellQuote(f.shown), ...questionnairesFlags(questionnaires)], ctx));
  return out.join('\n') + '\n';
}

/** When the respondent stops at the first prompts, before any file exists. */
export function renderStoppedBeforeStart(): string {
  return '\nStopped before the first question; nothing was saved.\n';
}
