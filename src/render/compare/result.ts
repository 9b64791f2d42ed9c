import type { CompareResult } from '../../core/scoring/compare.js';
import type { ResponseWarning } from '../../core/scoring/hygiene.js';
import type { RoleCounts } from '../../core/scoring/roleCounts.js';

/** What `icare compare` renders: the comparison, and each side's respondents by role. */
export interface CompareReport extends CompareResult {
  readonly roleCounts: { readonly before: RoleCounts; readonly after: RoleCounts };
  /** Each side's response warnings (duplicates left out, mixed rounds, …), without file names. */
  readonly warnings: { readonly before: readonly ResponseWarning[]; readonly after: readonly ResponseWarning[] };
}
