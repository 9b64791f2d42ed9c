// Which groups of a breakdown may be shown: none smaller than --min-group, and none that could be
// worked out from the overall figure and the groups that are shown (docs/scoring.md, "Small
// groups"). Employee-survey tools hide groups under five; so does icare by default.

/** The name of the group small roles are pooled into. */
export const OTHER_ROLES = 'other roles';

export interface GroupPlan {
  /** Roles shown as themselves, in the order given. */
  readonly shown: readonly string[];
  /** Small roles shown together as OTHER_ROLES (their pool is large enough); empty when none. */
  readonly pooled: readonly string[];
  /** Roles whose results are hidden: too small, or hidden so that the others cannot be derived. */
  readonly hidden: readonly string[];
}

/**
 * `sizes`: respondents per role, in display order. Small roles are pooled; a pool still under the
 * minimum is hidden, and then, so that exactly one hidden group cannot be worked out as the
 * overall minus the visible groups, the smallest visible group is hidden as well.
 */
export function planGroups(sizes: ReadonlyMap<string, number>, minGroup: number): GroupPlan {
  const small = [...sizes].filter(([, n]) => n < minGroup).map(([role]) => role);
  let shown = [...sizes.keys()].filter((role) => !small.includes(role));
  if (small.length === 0) return { shown, pooled: [], hidden: [] };
  const pool = small.reduce((n, role) => n + (sizes.get(role) ?? 0), 0);
  if (pool >= minGroup) return { shown, pooled: small, hidden: [] };
  const hidden = [...small];
  if (shown.length > 0) {
    const smallest = shown.reduce((a, b) => ((sizes.get(b) ?? 0) < (sizes.get(a) ?? 0) ? b : a));
    hidden.push(smallest);
    shown = shown.filter((role) => role !== smallest);
  }
  return { shown, pooled: [], hidden };
}

/** Roles whose notes and comments may name the role: those shown as themselves. */
export function attributableRoles(plan: GroupPlan): ReadonlySet<string> {
  return new Set(plan.shown);
}
