// What the assess messages say about one answers file: where it is, whether it is complete and
// how much of it is answered.
import type { AnswerStatus } from '../../core/model/model.js';

export interface SavedFile {
  /** The path as printed (relative to the working folder when below it). */
  readonly shown: string;
  readonly status: AnswerStatus;
  readonly answered: number;
  readonly total: number;
}
