// How many respondents gave each role, for the reports' "10 respondents (2 executive, …)".
import { groupBy } from '../model/groupBy.js';
import { groupByRole, normaliseRole } from './groups.js';

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

export function roleCounts(respondents: readonly { readonly role?: string }[]): RoleCounts {
  const count = (groups: Map<string, readonly unknown[]>): RoleCount[] => [...groups].map(([role, list]) => ({ role, respondents: list.length }));
  return {
    asFound: count(groupBy(respondents, (r) => normaliseRole(r.role))),
    ranked: count(groupByRole(respondents, (r) => r.role)),
  };
}
