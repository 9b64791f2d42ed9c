import type { ChalkInstance } from 'chalk';

/** What every renderer may know about where its output goes. */
export interface RenderContext {
  readonly chalk: ChalkInstance;
  /** Terminal width in columns (80 when not a terminal). */
  readonly width: number;
  /** Whether `width` is the terminal's own (or COLUMNS), not the default for output that is not a terminal. */
  readonly measured?: boolean;
  readonly version: string;
}
