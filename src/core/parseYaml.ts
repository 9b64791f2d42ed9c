// YAML in two speeds: js-yaml parses plainly (about 5× faster on bulk answer files), and `yaml`'s
// positioned document is built only for a file that turned out to need positions (a syntax error,
// aliases to bound, or findings to point at).
import jsYaml from 'js-yaml';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Finding, PathFinding } from './finding.js';

/** Files larger than this are refused before parsing. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Aliases allowed per file; more is treated as an alias bomb. */
export const MAX_ALIASES = 100;

export type ParseResult = { readonly ok: true; readonly data: unknown } | { readonly ok: false; readonly findings: readonly Finding[] };

// Anchor or alias syntax anywhere: such files take the bounded path.
const ANCHOR_OR_ALIAS = /(?:^|[\s,[{:-])[&*][^\s,[\]{}]/m;

// Shared: a non-streaming decode keeps no state between calls (a leading BOM is dropped).
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeFile(bytes: Uint8Array, file: string): { ok: true; text: string } | { ok: false; findings: Finding[] } {
  const at = (rule: string, message: string): { ok: false; findings: Finding[] } => ({
    ok: false,
    findings: [{ file, line: 1, column: 1, severity: 'error', rule, message }],
  });
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return at('file-too-large', `file is ${bytes.byteLength} bytes; at most ${MAX_FILE_BYTES} bytes are read`);
  }
  if (bytes.includes(0)) return at('binary-content', 'file holds binary content (NUL bytes); expected UTF-8 YAML text');
  try {
    const text = utf8.decode(bytes);
    return { ok: true, text };
  } catch {
    return at('binary-content', 'file is not valid UTF-8; expected UTF-8 YAML text');
  }
}

export function parseYaml(text: string, file: string): ParseResult {
  // The indexOf checks are cheap and settle almost every file before the regular expression runs.
  if ((text.indexOf('&') < 0 && text.indexOf('*') < 0) || !ANCHOR_OR_ALIAS.test(text)) {
    try {
      return { ok: true, data: jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, filename: file }) };
    } catch {
      // fall through: the positioned parser explains the problem with a position
    }
  }
  return parsePositioned(text, file);
}

function parsePositioned(text: string, file: string): ParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, lineCounter, schema: 'core' });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      findings: doc.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        const rule = e.code === 'DUPLICATE_KEY' ? 'yaml-duplicate-key' : 'yaml-syntax';
        return { file, line: pos.line, column: pos.col, severity: 'error', rule, message: firstLine(e.message) };
      }),
    };
  }
  try {
    return { ok: true, data: doc.toJS({ maxAliasCount: MAX_ALIASES }) };
  } catch (e) {
    return {
      ok: false,
      findings: [
        {
          file,
          line: 1,
          column: 1,
          severity: 'error',
          rule: 'yaml-alias-limit',
          message: `too many alias expansions (more than ${MAX_ALIASES}); refusing a possible alias bomb: ${firstLine(String((e as Error).message))}`,
        },
      ],
    };
  }
}

function firstLine(s: string): string {
  return (s.split('\n')[0] ?? s).replace(/ at line \d+, column \d+:?$/, '').trim();
}

/** Turns path findings into positioned findings; the positioned document is built once per file. */
export function locateFindings(text: string, file: string, found: readonly PathFinding[]): Finding[] {
  if (found.length === 0) return [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { uniqueKeys: false, lineCounter, schema: 'core' });
  return found.map((f) => {
    const offset = offsetOf(doc, f.path, f.atKey ?? false);
    const pos = lineCounter.linePos(offset);
    return { file, line: pos.line, column: pos.col, severity: f.severity, rule: f.rule, message: f.message };
  });
}

function offsetOf(doc: Document, path: readonly (string | number)[], atKey: boolean): number {
  let node: unknown = doc.contents;
  let best = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(seg));
      if (!pair) return best;
      const keyStart = (pair.key as Node | null)?.range?.[0];
      const last = i === path.length - 1;
      if (last && atKey && keyStart !== undefined) return keyStart;
      const valueStart = (pair.value as Node | null)?.range?.[0];
      best = valueStart ?? keyStart ?? best;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as Node | undefined;
      if (!item) return best;
      best = item.range?.[0] ?? best;
      node = item;
    } else {
      return best;
    }
  }
  return best;
}
