// Where a path into parsed YAML data starts in the text. Block-style files are placed by the
// block reader; for the rest, parsing again with js-yaml and reading
// its node events is several times cheaper than building `yaml`'s positioned document (about
// 0.5 ms against 4 ms for a 23 KB questionnaire), which matters when many files have findings.
// The events are trusted only when they nest as the data does (plain block and flow
// collections); anything else (tags, anchors, merge keys, empty sequence items) takes the
// positioned document. A test holds the two ways to the same answers.
import jsYaml from 'js-yaml';
import type { Document, Node } from 'yaml';
import { yamlLibrary } from './yamlLibrary.js';
import { fastCoreSchema } from './fastCoreSchema.js';
import { blockOffsets, type BlockQuery } from './blockYaml.js';
import { mayHoldNodeProperty } from './nodeProperties.js';

/** A path into the data; `atKey` asks for the key of the last segment rather than its value. */
export type PathQuery = BlockQuery;

interface NodeEvent {
  readonly start: number;
  kind: string | null;
  result: unknown;
  readonly children: NodeEvent[];
  /** A mapping's children as key/value pairs by key, once worked out. */
  pairs?: Map<string, [NodeEvent, NodeEvent]> | null;
}

/** Offsets (0-based string indices) where each query's node starts. */
export function offsetsOfPaths(text: string, queries: readonly PathQuery[]): number[] {
  return blockOffsets(text, queries) ?? eventOffsets(text, queries) ?? documentOffsets(text, queries);
}

/** From js-yaml's node events, or undefined when they cannot be trusted. */
export function eventOffsets(text: string, queries: readonly PathQuery[]): number[] | undefined {
  // Past a tag, anchor or alias js-yaml may backtrack, and its events no longer nest as the data does.
  if (mayHoldNodeProperty(text, '!&*')) return undefined;
  const top = nodeEvents(text);
  if (top === undefined) return undefined;
  const out: number[] = [];
  for (const q of queries) {
    const at = eventOffset(text, top, q);
    if (at === undefined) return undefined;
    out.push(at);
  }
  return out;
}

function nodeEvents(text: string): NodeEvent | undefined {
  const root: NodeEvent = { start: 0, kind: null, result: undefined, children: [] };
  const stack: NodeEvent[] = [root];
  try {
    jsYaml.load(text, {
      schema: fastCoreSchema,
      listener(event, state) {
        if (event === 'open') {
          const node: NodeEvent = { start: state.position, kind: null, result: undefined, children: [] };
          stack[stack.length - 1]!.children.push(node);
          stack.push(node);
        } else {
          const node = stack.pop()!;
          node.kind = state.kind;
          node.result = state.result;
        }
      },
    });
  } catch {
    return undefined;
  }
  return stack.length === 1 && root.children.length === 1 ? root.children[0] : undefined;
}

/** Skips white space, line breaks and comments: a value's event opens right after its colon. */
function skipSpace(text: string, at: number): number {
  for (;;) {
    const c = text.charCodeAt(at);
    if (c === 32 || c === 9 || c === 10 || c === 13) at++;
    else if (c === 35 /* # */) {
      while (at < text.length && text.charCodeAt(at) !== 10) at++;
    } else return at;
  }
}

function skipBlanks(text: string, at: number): number {
  while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++;
  return at;
}

/**
 * Key and value events of a mapping by key (indexed once, so that thousands of findings in one
 * mapping stay linear); undefined unless they match its keys one to one.
 */
function pairsOf(node: NodeEvent): Map<string, [NodeEvent, NodeEvent]> | undefined {
  if (node.pairs === undefined) node.pairs = pairing(node) ?? null;
  return node.pairs ?? undefined;
}

function pairing(node: NodeEvent): Map<string, [NodeEvent, NodeEvent]> | undefined {
  const c = node.children;
  const keys = Object.keys(node.result as object).length;
  if (c.length !== 2 * keys) return undefined;
  const pairs = new Map<string, [NodeEvent, NodeEvent]>();
  for (let i = 0; i < c.length; i += 2) {
    if (c[i]!.kind !== 'scalar' && c[i]!.kind !== null) return undefined;
    const key = String(c[i]!.result);
    if (!pairs.has(key)) pairs.set(key, [c[i]!, c[i + 1]!]);
  }
  return pairs;
}

/** A flow collection as a block sequence item is read as a would-be key first: one more event. */
function unwrapped(node: NodeEvent): NodeEvent {
  while (node.children.length === 1 && node.children[0]!.result === node.result && node.children[0]!.kind === node.kind) node = node.children[0]!;
  return node;
}

function eventOffset(text: string, top: NodeEvent, q: PathQuery): number | undefined {
  let node = top;
  let best = skipSpace(text, top.start);
  for (let i = 0; i < q.path.length; i++) {
    const seg = q.path[i]!;
    node = unwrapped(node);
    if (node.kind === 'mapping') {
      const pairs = pairsOf(node);
      if (pairs === undefined) return undefined;
      const pair = pairs.get(String(seg));
      if (!pair) return best;
      const keyStart = skipSpace(text, pair[0].start);
      if (i === q.path.length - 1 && q.atKey) return keyStart;
      // An empty value is pointed at where it would start: after the colon and any blanks.
      best = pair[1].kind === null ? skipBlanks(text, pair[1].start) : skipSpace(text, pair[1].start);
      node = pair[1];
    } else if (node.kind === 'sequence' && typeof seg === 'number') {
      if (node.children.length !== (node.result as unknown[]).length) return undefined;
      const item = node.children[seg];
      if (!item) return best;
      best = skipSpace(text, item.start);
      node = item;
    } else {
      return best;
    }
  }
  return best;
}

/** From `yaml`'s positioned document. */
export function documentOffsets(text: string, queries: readonly PathQuery[]): number[] {
  const doc = yamlLibrary().parseDocument(text, { uniqueKeys: false, schema: 'core' });
  const indexes = new Map<unknown, Map<string, Pair>>();
  return queries.map((f) => offsetOf(doc, f.path, f.atKey ?? false, indexes));
}

type Pair = { readonly key: unknown; readonly value: unknown };

/** A map's pairs by key, indexed once per map (the first pair with a key wins, as before). */
function pairIndex(items: readonly Pair[], indexes: Map<unknown, Map<string, Pair>>): Map<string, Pair> {
  let index = indexes.get(items);
  if (!index) {
    const { isScalar } = yamlLibrary();
    index = new Map();
    for (const p of items) {
      const k = isScalar(p.key) ? String(p.key.value) : String(p.key);
      if (!index.has(k)) index.set(k, p);
    }
    indexes.set(items, index);
  }
  return index;
}

function offsetOf(doc: Document, path: readonly (string | number)[], atKey: boolean, indexes: Map<unknown, Map<string, Pair>>): number {
  const { isAlias, isMap, isSeq } = yamlLibrary();
  let node: unknown = doc.contents;
  let best = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = pairIndex(node.items, indexes).get(String(seg));
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
