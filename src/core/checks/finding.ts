// Findings are data: every check in the core returns them, renderers turn them into text.

export const SEVERITIES = ['error', 'warning'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Finding {
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
  readonly severity: Severity;
  readonly rule: string;
  readonly message: string;
}

/** A finding before its position is known: where it points, as a path into the parsed data. */
export interface PathFinding {
  readonly path: readonly (string | number)[];
  /** Point at the key of the last path segment instead of its value (unknown keys, duplicates). */
  readonly atKey?: boolean;
  readonly severity: Severity;
  readonly rule: string;
  readonly message: string;
}

export function countBySeverity(findings: readonly Finding[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings };
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
}
