// How many respondents gave each role, for the reports' "10 respondents (2 executive, …)".
import { compareRoles } from '../model/roles.js';

export interface RoleCount {
  /** Normalised as in `--by role`: lower case, "unspecified" when none was given. */
  readonly role: string;
  readonly respondents: number;
}

export interface RoleCounts {
  /** In the order each role first appears among the respondents. */
  readonly asFound: readonly RoleCount[];
  /** Executive, manager, frontline, then other roles A–Z, unspecified last. */
  readonly ranked: readonly RoleCount[];
}

/** `asFound`: the counts in the order roles first appear (as a tally keeps them). */
export function roleCounts(asFound: readonly RoleCount[]): RoleCounts {
  return { asFound, ranked: [...asFound].sort((a, b) => compareRoles(a.role, b.role)) };
}
