// A customer questionnaire answers a staff one from the other side (`mirrors: ID`, and each of its
// sections `mirrors: SECTION-ID`). Checked across files: the ids must exist (unknown-mirror), and
// a staff section no customer section mirrors is said (unmirrored-section), since the delivery
// gap then has nothing to set beside it.
import type { PathFinding } from './finding.js';

/** What a questionnaire file claims to mirror, read from its data (valid or not). */
export interface MirrorClaim {
  readonly mirrors: string;
  /** Each section's `mirrors`, by its index in the file (undefined where it has none). */
  readonly sections: readonly (string | undefined)[];
}

/** A claim and where its findings go: the file's text is kept (its strings are slices of it anyway), not its data. */
export interface FileClaim {
  readonly file: string;
  readonly text: string;
  readonly claim: MirrorClaim;
}

/** The claim in a questionnaire's data, if it makes one. */
export function mirrorClaim(data: unknown): MirrorClaim | undefined {
  const d = data as { mirrors?: unknown; sections?: unknown };
  if (typeof d?.mirrors !== 'string') return undefined;
  const sections = Array.isArray(d.sections) ? d.sections.map((s: { mirrors?: unknown } | null) => (typeof s?.mirrors === 'string' ? s.mirrors : undefined)) : [];
  return { mirrors: d.mirrors, sections };
}

/** `sectionsOf(id)`: the section ids of the questionnaire with that id, if it is loaded. */
export function mirrorRules(claim: MirrorClaim, sectionsOf: (id: string) => readonly string[] | undefined): PathFinding[] {
  const staff = sectionsOf(claim.mirrors);
  if (!staff) {
    return [{ path: ['mirrors'], severity: 'error', rule: 'unknown-mirror', message: `mirrors "${claim.mirrors}", which is not a loaded questionnaire (bundled, --questionnaires, or among the files)` }];
  }
  const findings: PathFinding[] = [];
  claim.sections.forEach((id, i) => {
    if (id !== undefined && !staff.includes(id)) {
      findings.push({ path: ['sections', i, 'mirrors'], severity: 'error', rule: 'unknown-mirror', message: `"${claim.mirrors}" has no section "${id}" (its sections: ${staff.join(', ')})` });
    }
  });
  const mirrored = new Set(claim.sections);
  const missing = staff.filter((id) => !mirrored.has(id));
  if (missing.length > 0) {
    findings.push({
      path: ['mirrors'],
      severity: 'warning',
      rule: 'unmirrored-section',
      message: `no section mirrors ${missing.map((m) => `"${m}"`).join(', ')} of "${claim.mirrors}": the delivery gap will have no customers' score for ${missing.length === 1 ? 'it' : 'them'}`,
    });
  }
  return findings;
}
