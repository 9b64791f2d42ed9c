import { KNOWN_ROLES } from '../model/model.js';
import { looseKey } from './looseKey.js';

const ROLE_KEYS: ReadonlyMap<string, string> = new Map(KNOWN_ROLES.map((r) => [r, r]));

/**
 * The role an answers file stores for a role cell: a known role in its canonical spelling
 * ("Front-line" → frontline, "MANAGER" → manager); any other text as typed.
 */
export function canonicalRole(cell: string): string {
  let role = known.get(cell);
  if (role === undefined) {
    role = ROLE_KEYS.get(looseKey(cell).replace(/[\s-]/g, '')) ?? cell;
    if (known.size < KNOWN_LIMIT) known.set(cell, role);
  }
  return role;
}

// A handful of role cells repeat over a million rows: each is worked out once (Unicode
// normalisation and six replacements were a tenth of reading an export's row heads).
const KNOWN_LIMIT = 256;
const known = new Map<string, string>();
