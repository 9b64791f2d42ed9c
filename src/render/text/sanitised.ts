// The one sanitiser every result passes before any renderer sees it: each string that came from
// a file (titles, labels, roles, notes, folder names…) loses its terminal escape sequences and
// control characters, bidirectional overrides included. Renderers then cannot print them raw.
import { stripControl } from './sanitize.js';

export function sanitised<T>(value: T): T {
  return clean(value) as T;
}

function clean(value: unknown): unknown {
  if (typeof value === 'string') return stripControl(value);
  if (Array.isArray(value)) return value.map(clean);
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [clean(k), clean(v)]));
  if (value instanceof Set) return new Set([...value].map(clean));
  if (value !== null && typeof value === 'object') {
    if (ArrayBuffer.isView(value)) return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[stripControl(k)] = clean(v);
    return out;
  }
  return value;
}
