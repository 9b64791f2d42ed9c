import type { CompareResult } from '../../core/scoring/compare.js';
import type { RoleCounts } from '../../core/scoring/roleCounts.js';

/** What `icare compare` renders: the comparison, and each side's respondents by role. */
export interface CompareReport extends CompareResult {
  readonly roleCounts: { readonly before: RoleCounts; readonly after: RoleCounts };
}
