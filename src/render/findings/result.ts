import type { Finding } from '../../core/checks/finding.js';

/** What `validate` found, for its renderers. */
export interface FindingsResult {
  readonly findings: readonly Finding[];
  readonly checked: number;
}
