// YAML in three speeds: block-style files (all that icare and form tools write) are read line by
// line by blockYaml; anything else goes to js-yaml (about 5× faster than `yaml` on bulk files);
// `yaml`'s positioned document is built only for a file that needs it: a syntax error or
// duplicate key to explain, aliases to bound, or findings the cheaper ways cannot locate.
import jsYaml from 'js-yaml';
import { blockYaml, NOT_BLOCK } from './blockYaml.js';
import { fastCoreSchema } from './fastCoreSchema.js';
import type { Finding, PathFinding } from '../checks/finding.js';
import { MAX_DEPTH, tooDeepAt } from './nestingDepth.js';
import { mayHoldNodeProperty } from './nodeProperties.js';
import { offsetsOfPaths } from './offsetsOfPaths.js';
import { yamlLibrary } from './yamlLibrary.js';

/** Files larger than this are refused before parsing. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Aliases allowed per file; more is treated as an alias bomb. */
export const MAX_ALIASES = 100;

export type ParseResult =
  // `controlFree`: the text holds no control character or bidi mark, raw or escaped (the block reader checks).
  | { readonly ok: true; readonly data: unknown; readonly controlFree?: boolean }
  | { readonly ok: false; readonly findings: readonly Finding[] };

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
  if (isUtf16(bytes)) return at('utf-16', 'file is UTF-16 text; save it as UTF-8 (in most editors: "Save with encoding", UTF-8)');
  if (bytes.includes(0)) return at('binary-content', 'file holds binary content (NUL bytes); expected UTF-8 YAML text');
  try {
    const text = utf8.decode(bytes);
    return { ok: true, text };
  } catch {
    return at('binary-content', 'file is not valid UTF-8; expected UTF-8 YAML text');
  }
}

/** A byte-order mark for UTF-16, or the NUL in every other byte that UTF-16 gives ASCII text. */
function isUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  const n = Math.min(bytes.length & ~1, 64);
  if (n < 4) return false;
  let odd = 0;
  let even = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  return (odd === n / 2 && even === 0) || (even === n / 2 && odd === 0);
}

const TOO_DEEP = `nested more than ${MAX_DEPTH} levels deep; refusing a file no questionnaire or answers file needs`;

/** `screened`: the text holds none of the characters the block reader leaves to js-yaml (see blockCharacters.ts). */
export function parseYaml(text: string, file: string, screened = false): ParseResult {
  // Most files are plain block YAML, read fastest line by line; the rest go through js-yaml.
  const block = blockYaml(text, screened);
  if (block !== NOT_BLOCK) return { ok: true, data: block, controlFree: true };
  // Both parsers recurse: a file nested deeper than any real one is refused before they run.
  const deep = tooDeepAt(text);
  if (deep >= 0) return { ok: false, findings: [findingAt(text, file, deep, 'yaml-too-deep', TOO_DEEP)] };
  // Anchors and aliases take the bounded path below.
  if (!mayHoldNodeProperty(text, '&*')) {
    try {
      return { ok: true, data: jsYaml.load(text, { schema: fastCoreSchema, filename: file }) };
    } catch {
      // fall through: the positioned parser explains the problem with a position
    }
  }
  try {
    return parsePositioned(text, file);
  } catch (e) {
    // Nesting the depth scan did not see (it is a bound, not a parser): still a finding.
    if (e instanceof RangeError) return { ok: false, findings: [findingAt(text, file, 0, 'yaml-too-deep', 'nested too deeply to read')] };
    throw e;
  }
}

function findingAt(text: string, file: string, offset: number, rule: string, message: string): Finding {
  const { line, column } = positionAt(lineStartsOf(text), offset);
  return { file, line, column, severity: 'error', rule, message };
}

function parsePositioned(text: string, file: string): ParseResult {
  const { parseDocument } = yamlLibrary();
  // Keys compare as JavaScript object keys do: 1 and "1" are the same key once read.
  const { isScalar } = yamlLibrary();
  const sameKey = (a: unknown, b: unknown): boolean => (isScalar(a) ? String(a.value) : String(a)) === (isScalar(b) ? String(b.value) : String(b));
  const doc = parseDocument(text, { uniqueKeys: sameKey, prettyErrors: false, schema: 'core' });
  // Positions from the text's own line starts: yaml's LineCounter misses the line breaks inside
  // a block scalar the lexer could not place, and points later errors at the wrong line.
  const lineStarts = lineStartsOf(text);
  // An unknown tag (!!js/function, a %TAG handle) would otherwise be read as a plain string.
  const problems = [...doc.errors, ...doc.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED')];
  if (problems.length > 0) {
    return {
      ok: false,
      findings: problems.map((e) => {
        const pos = positionAt(lineStarts, e.pos[0]);
        const rule = e.code === 'DUPLICATE_KEY' ? 'yaml-duplicate-key' : e.code === 'TAG_RESOLVE_FAILED' ? 'yaml-unknown-tag' : 'yaml-syntax';
        const message = e.code === 'TAG_RESOLVE_FAILED' ? `unknown tag: ${firstLine(e.message)}; icare files use plain YAML values only` : firstLine(e.message);
        return { file, line: pos.line, column: pos.column, severity: 'error', rule, message };
      }),
    };
  }
  const unresolved = unresolvedAlias(doc);
  if (unresolved) {
    const pos = positionAt(lineStarts, unresolved.offset);
    return { ok: false, findings: [{ file, line: pos.line, column: pos.column, severity: 'error', rule: 'yaml-undefined-alias', message: `alias *${unresolved.name} refers to no anchor &${unresolved.name} before it` }] };
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

/** The first alias whose anchor is not defined before it, with where it stands. */
function unresolvedAlias(doc: import('yaml').Document): { name: string; offset: number } | undefined {
  const { visit } = yamlLibrary();
  const anchors = new Set<string>();
  let found: { name: string; offset: number } | undefined;
  visit(doc, {
    Node(_, node) {
      if ('anchor' in node && typeof node.anchor === 'string') anchors.add(node.anchor);
    },
    Alias(_, node) {
      if (!anchors.has(node.source)) {
        found = { name: node.source, offset: node.range?.[0] ?? 0 };
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
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

/** 1-based line and column of a string offset. */
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
