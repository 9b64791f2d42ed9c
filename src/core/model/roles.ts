// Roles as reports group them: compared case- and space-insensitively, the recognised ones first.
import { LEADER_ROLES } from './model.js';

export const UNSPECIFIED_ROLE = 'unspecified';
const ROLE_ORDER: readonly string[] = ['executive', 'manager', 'frontline'];

/** The key a role is grouped by: trimmed, lower case; no role is "unspecified". */
export function roleKey(role: string | undefined): string {
  const r = role?.trim().toLowerCase();
  return r ? r : UNSPECIFIED_ROLE;
}

export function isLeader(role: string): boolean {
  return LEADER_ROLES.includes(role);
}

function roleRank(role: string): number {
  const i = ROLE_ORDER.indexOf(role);
  return i >= 0 ? i : role === UNSPECIFIED_ROLE ? ROLE_ORDER.length + 1 : ROLE_ORDER.length;
}

/** Executive, manager, frontline, then other roles A–Z, unspecified last. */
export function compareRoles(a: string, b: string): number {
  return roleRank(a) - roleRank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * Whether a respondent with `role` is asked a question with `audience` (the question's, else its
 * section's): anyone is asked a question without one, and a respondent without a role is asked
 * everything. Roles are compared as reports group them (roleKey).
 */
export function isAskedOf(audience: readonly string[] | undefined, role: string | undefined): boolean {
  if (audience === undefined) return true;
  const key = roleKey(role);
  return key === UNSPECIFIED_ROLE || audience.includes(key);
}
