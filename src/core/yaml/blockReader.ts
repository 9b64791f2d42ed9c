// The line reader under blockYaml and its scalars: the text, the current line, searches that run
// ahead, and the small tests on characters both need.
import { COLON, DASH, HASH, NEWLINE, QUESTION, SPACE } from './charCodes.js';

/** Thrown to give a text up to js-yaml; caught once, in blockYaml. */
export const GIVE_UP = new Error('not block YAML');

export function giveUp(): never {
  throw GIVE_UP;
}

// Characters that give a node a meaning other than a plain scalar when they start it.
const INDICATOR = new Uint8Array(128);
for (const ch of ',[]{}#&*!|>\'"%@`') INDICATOR[ch.charCodeAt(0)] = 1;

/**
 * The next occurrence of a string at or after a position, remembered: a plain search from every
 * line (for ": ", a comment, or the quote closing a scalar of many lines) would scan on to an
 * occurrence far ahead, or the end of the text, each time, making the read quadratic.
 */
export class Finder {
  private from = 0;
  private found = -2;
  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}

  next(at: number): number {
    if (at < this.from || this.found === -2 || (this.found >= 0 && this.found < at)) {
      this.from = at;
      this.found = this.text.indexOf(this.needle, at);
    }
    return this.found;
  }

  /** Whether it occurs in [from, to). */
  within(from: number, to: number): boolean {
    const at = this.next(from);
    return at >= 0 && at < to;
  }
}

/**
 * Where a comment (" #") starts in [from, to) of the current text, or −1. Found by its "#": a
 * search for the two characters stops at every space, and costs more than the rest of reading a
 * text that has no comment.
 */
export function commentIn(r: Reader, from: number, to: number): number {
  for (let at = r.hashes.next(from); at >= 0 && at < to; at = r.hashes.next(at + 1)) {
    if (at > from && r.text.charCodeAt(at - 1) === SPACE) return at - 1;
  }
  return -1;
}

/** Where each mapping's keys and values and each sequence's items start. */
export type Spots = Map<object, Map<string, readonly [number, number]> | number[]>;

/** The text, the current line [start, end) and the searches that run ahead of it. */
export interface Reader {
  readonly text: string;
  start: number;
  end: number;
  readonly hashes: Finder;
  readonly colonSpaces: Finder;
  readonly backslashes: Finder;
  readonly doubleQuotes: Finder;
  readonly singleQuotes: Finder;
  /** A line a scalar looked at and stopped before: its start and where its content starts, so as not to scan it twice. */
  seen: number;
  seenAt: number;
  /** Where the last value read under a key or item started (−1 when it was empty). */
  nodeStart: number;
  /** Where nodes start, recorded only when asked for (to place findings). */
  readonly spots: Spots | undefined;
}

export function newReader(text: string, spots?: Reader['spots']): Reader {
  return { text, start: 0, end: 0, hashes: new Finder(text, '#'), colonSpaces: new Finder(text, ': '), backslashes: new Finder(text, '\\'), doubleQuotes: new Finder(text, '"'), singleQuotes: new Finder(text, "'"), seen: -1, seenAt: -1, nodeStart: -1, spots };
}

export function lineEnd(text: string, start: number): number {
  const end = text.indexOf('\n', start);
  return end < 0 ? text.length : end;
}

export function skipSpaces(text: string, at: number): number {
  while (text.charCodeAt(at) === SPACE) at++;
  return at;
}

export function isBreakOrSpace(t: string, at: number): boolean {
  const c = t.charCodeAt(at);
  return c === SPACE || c === NEWLINE || at >= t.length;
}

/** A plain scalar cannot start with an indicator, nor with "-", "?" or ":" and a space. */
export function startsOtherwise(t: string, at: number): boolean {
  const c = t.charCodeAt(at);
  return (c < 128 && INDICATOR[c] === 1) || startsEntry(t, at);
}

/** "- ", "? " or ": " where a line could otherwise continue a plain scalar. */
export function startsEntry(t: string, at: number): boolean {
  const c = t.charCodeAt(at);
  return (c === DASH || c === QUESTION || c === COLON) && isBreakOrSpace(t, at + 1);
}

/** The end of [from, to) without its trailing spaces. */
export function trimEnd(t: string, from: number, to: number): number {
  while (to > from && t.charCodeAt(to - 1) === SPACE) to--;
  return to;
}

/** After a closing quote or block indicator: nothing, or a comment. */
export function expectLineEnd(r: Reader, from: number): void {
  const at = skipSpaces(r.text, from);
  if (at < r.end && !(r.text.charCodeAt(at) === HASH && at > from)) giveUp();
}

