// Who answered, in a few words: the text formats and the HTML page each keep their own wording.
import { UNSPECIFIED_ROLE } from '../../core/model/roles.js';
import type { RoleCount, RoleCounts } from '../../core/scoring/roleCounts.js';

interface Respondent {
  readonly name?: string;
  readonly role?: string;
}

interface Wording {
  /** One respondent by name and role. */
  readonly one: (r: Respondent) => string;
  /** The role counts to list after the total, in order. */
  readonly roles: (counts: RoleCounts) => readonly RoleCount[];
  /** What a respondent without a role counts as. */
  readonly unspecified: string;
}

const WORDINGS = {
  /** "Dana (frontline)", "one respondent"; "10 respondents (2 executive, 5 frontline, 3 unspecified)". */
  text: {
    one: (r) => {
      const who = r.name ?? 'one respondent';
      return r.role ? `${who} (${r.role})` : who;
    },
    roles: (counts) => counts.ranked,
    unspecified: UNSPECIFIED_ROLE,
  },
  /** "Dana, frontline", "1 respondent"; roles as they come, and none listed when nobody gave one. */
  page: {
    one: (r) => [r.name, r.role].filter((x): x is string => Boolean(x)).join(', ') || '1 respondent',
    roles: (counts) => (counts.asFound.some((c) => c.role !== UNSPECIFIED_ROLE) ? counts.asFound : []),
    unspecified: 'role not given',
  },
} as const satisfies Record<string, Wording>;

export type RespondentWording = keyof typeof WORDINGS;

/** One respondent by name, or how many there were and in which roles. */
export function respondentSummary(who: { readonly respondents: number; readonly single?: Respondent }, counts: RoleCounts, wording: RespondentWording = 'text'): string {
  const w: Wording = WORDINGS[wording];
  if (who.respondents === 1) return w.one(who.single ?? {});
  const roles = w.roles(counts).map((c) => `${c.respondents} ${c.role === UNSPECIFIED_ROLE ? w.unspecified : c.role}`);
  return `${who.respondents} respondents${roles.length ? ` (${roles.join(', ')})` : ''}`;
}

/** The text formats' header: "10 respondents (2 executive, 8 frontline), 2 still in progress". */
export function respondentsLine(who: { readonly respondents: number; readonly inProgress: number; readonly single?: Respondent }, counts: RoleCounts): string {
  const base = respondentSummary(who, counts);
  if (who.inProgress === 0) return base;
  return who.respondents === 1 ? `${base}, still in progress` : `${base}, ${who.inProgress} still in progress`;
}
