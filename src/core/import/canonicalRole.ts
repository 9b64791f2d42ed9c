import { KNOWN_ROLES } from '../model/model.js';
import { looseKey } from './looseKey.js';

const ROLE_KEYS: ReadonlyMap<string, string> = new Map(KNOWN_ROLES.map((r) => [r, r]));

/**
 * The role an answers file stores for a role cell: a known role in its canonical spelling
 * ("Front-line" → frontline, "MANAGER" → manager); any other text as typed.
 */
export function canonicalRole(cell: string): string {
  return ROLE_KEYS.get(looseKey(cell).replace(/[\s-]/g, '')) ?? cell;
}
