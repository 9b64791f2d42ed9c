import type { RenderContext } from '../context.js';
import { wrap } from '../text/wrapText.js';
import type { SavedFile } from './savedFile.js';

/** The lines `icare assess --resume` opens with: the file, and how far it got. */
export function renderResuming(file: Pick<SavedFile, 'shown' | 'answered' | 'total'>, ctx: RenderContext): string {
  return [`Resuming ${file.shown}`, `${file.answered} of ${file.total} questions answered so far.`].map((line) => wrap(line, ctx.width - 1, '  ') + '\n').join('');
}
