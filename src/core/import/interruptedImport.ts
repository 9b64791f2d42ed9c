// An import into a folder that a kill -9 or a power cut stopped, as the next import into that
// folder found it and settled it before doing anything else.

/**
 * How far it had got: still reading (its files were all in its staging folder: rolled back),
 * moving its files in (rolled back: those already moved in are removed again), or cleaning up
 * after moving every file in (completed: only the staging folder was left to remove).
 */
type InterruptedStage = 'reading' | 'moving' | 'cleaning-up';

export interface InterruptedImport {
  /** The CSV it was importing, as that import showed it; absent when it did not get to say. */
  readonly csv?: string;
  readonly stage: InterruptedStage;
  /** Files it had staged (for `moving`: the files it was moving in). */
  readonly staged: number;
  /** Files it had moved in that were removed again (`moving` only). */
  readonly removed: number;
}
