// YAML in two speeds: js-yaml parses plainly (about 5× faster on bulk answer files), and `yaml`'s
// positioned document is built only for a file that needs it: a syntax error or duplicate key to
// explain, aliases to bound, or findings that js-yaml's node events cannot locate.
import jsYaml from 'js-yaml';
import { fastCoreSchema } from './fastCoreSchema.js';
import type { Finding, PathFinding } from '../checks/finding.js';
import { offsetsOfPaths } from './offsetsOfPaths.js';
import { yamlLibrary } from './yamlLibrary.js';

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
      return { ok: true, data: jsYaml.load(text, { schema: fastCoreSchema, filename: file }) };
    } catch {
      // fall through: the positioned parser explains the problem with a position
    }
  }
  return parsePositioned(text, file);
}

function parsePositioned(text: string, file: string): ParseResult {
  const { LineCounter, parseDocument } = yamlLibrary();
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

/** Turns path findings into positioned findings. */
export function locateFindings(text: string, file: string, found: readonly PathFinding[]): Finding[] {
  if (found.length === 0) return [];
  const offsets = offsetsOfPaths(text, found);
  const lineStarts = lineStartsOf(text);
  return found.map((f, i) => {
    const { line, column } = positionAt(lineStarts, offsets[i]!);
    return { file, line, column, severity: f.severity, rule: f.rule, message: f.message };
  });
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line and column of a string offset, as `yaml`'s LineCounter counts them. */
function positionAt(lineStarts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
}
