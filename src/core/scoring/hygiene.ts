// Response hygiene (docs/scoring.md, "Response hygiene"): the same person counted twice, rounds
// mixed in one report, files still in progress, answers that are one value all the way down.
// Duplicates are left out of every tally; the others are only said.
import { factsAt, FLAG_DROPPED, FLAG_IN_PROGRESS, FLAG_STRAIGHT_LINING, type RespondentColumns } from './respondentColumns.js';
import { cellOf, rowOf, tallies, type Sample } from './sample.js';
import { foldRow, rowSectionScore, rowSectionScores } from './tally.js';

export const WARNING_RULES = ['duplicate-respondent', 'mixed-rounds', 'in-progress', 'straight-lining'] as const;
export type WarningRule = (typeof WARNING_RULES)[number];

export interface ResponseWarning {
  readonly rule: WarningRule;
  readonly message: string;
  /** The files (or CSV rows, as file:line) concerned. */
  readonly files: readonly string[];
}

/** Answer dates further apart than this in one report suggest two rounds pooled together. */
export const MIXED_ROUNDS_DAYS = 45;

/** How a respondent's source is named: its file, or file:line for a CSV row. */
export type SourceName = (source: number, line: number) => string;

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Section minimum and maximum again, from the rows still counted (a removal cannot undo them). */
function recomputeExtremes(sample: Sample): void {
  const { layout, columns } = sample;
  for (const c of sample.cells.values()) for (const s of c.tally.sections) [s.min, s.max] = [Infinity, -Infinity];
  for (let i = 0; i < columns.count; i++) {
    if (columns.flags[i]! & FLAG_DROPPED) continue;
    const row = rowOf(sample, i);
    const f = factsAt(columns, i);
    const t = cellOf(sample, f.role, f.round);
    for (let s = 0; s < layout.sections.length; s++) {
      const v = rowSectionScore(layout, row, s);
      if (v !== v) continue;
      const st = t.sections[s]!;
      if (v < st.min) st.min = v;
      if (v > st.max) st.max = v;
    }
  }
  sample.summed = undefined;
}

/** Later is better: the latest date, then the last source in sorted order, then the last line. */
function later(c: RespondentColumns, name: SourceName, a: number, b: number): boolean {
  const da = c.dates.list[c.date[a]!] ?? '';
  const db = c.dates.list[c.date[b]!] ?? '';
  if (da !== db) return da > db;
  const na = name(c.source[a]!, 0);
  const nb = name(c.source[b]!, 0);
  if (na !== nb) return na > nb;
  return c.line[a]! > c.line[b]!;
}

/**
 * Leaves out all but one file per person (same respondent.id, else the same name and role): the
 * latest date counts. The others are removed from every tally and from the notes and comments.
 */
export function dropDuplicates(sample: Sample, name: SourceName, opts: { readonly perRound?: boolean } = {}): ResponseWarning | null {
  const c = sample.columns;
  // Per round (the rounds of --history): the same person in two rounds is two answers, not a duplicate.
  const keep = new Map<string | number, number>();
  const dropped: number[] = [];
  for (let i = 0; i < c.count; i++) {
    const identity = c.identity[i]!;
    if (identity !== identity || c.flags[i]! & FLAG_DROPPED) continue;
    const id = opts.perRound ? `${c.round[i]}\u0000${identity}` : identity;
    const other = keep.get(id);
    if (other === undefined) keep.set(id, i);
    else if (later(c, name, i, other)) {
      keep.set(id, i);
      dropped.push(other);
    } else dropped.push(i);
  }
  if (dropped.length === 0) return null;
  dropped.sort((a, b) => a - b);
  const { layout } = sample;
  for (const i of dropped) {
    const row = rowOf(sample, i);
    const f = factsAt(c, i);
    const facts = {
      role: f.role,
      inProgress: (f.flags & FLAG_IN_PROGRESS) !== 0,
      straightLining: (f.flags & FLAG_STRAIGHT_LINING) !== 0,
      ...(f.organisation !== undefined && { organisation: f.organisation }),
      ...(f.date !== undefined && { date: f.date }),
    };
    const scores = rowSectionScores(layout, row);
    foldRow(cellOf(sample, f.role, f.round), layout, row, scores, facts, -1);
    c.flags[i]! |= FLAG_DROPPED;
  }
  for (const [k, c] of sample.cells) if (c.tally.respondents === 0) sample.cells.delete(k);
  recomputeExtremes(sample);
  const files = dropped.map((i) => name(c.source[i]!, c.line[i]!));
  return {
    rule: 'duplicate-respondent',
    message: `${plural(dropped.length, 'file repeats a respondent', 'files repeat respondents')} of a later file (the same respondent id, or the same name and role); only the latest counts`,
    files,
  };
}

/** Leaves repeated respondents out (dropDuplicates), then says everything about the responses. */
export function responseHygiene(sample: Sample, name: SourceName): ResponseWarning[] {
  const duplicates = dropDuplicates(sample, name);
  return [...(duplicates ? [duplicates] : []), ...responseWarnings(sample, name)];
}

/**
 * The warnings as a shared report may give them: which files they concern can name a person (files
 * are often named after their respondent), so without --names they are left to the diagnostics.
 */
export function shareableWarnings(warnings: readonly ResponseWarning[], names: boolean): ResponseWarning[] {
  return names ? [...warnings] : warnings.map((w) => ({ ...w, files: [] }));
}

/** The warnings that leave the figures as they are: mixed rounds, in progress, straight-lining. */
export function responseWarnings(sample: Sample, name: SourceName): ResponseWarning[] {
  const out: ResponseWarning[] = [];
  const dates = [...tallies(sample).all.dates.keys()].sort();
  if (dates.length > 1) {
    const first = dates[0]!;
    const last = dates[dates.length - 1]!;
    const days = (Date.UTC(+last.slice(0, 4), +last.slice(5, 7) - 1, +last.slice(8, 10)) - Date.UTC(+first.slice(0, 4), +first.slice(5, 7) - 1, +first.slice(8, 10))) / 86_400_000;
    if (days > MIXED_ROUNDS_DAYS) {
      out.push({ rule: 'mixed-rounds', message: `answers dated ${first} to ${last} (${days} days apart) are pooled into one report; compare rounds with \`icare compare\` or \`--history\``, files: [] });
    }
  }
  const c = sample.columns;
  const flagged = (flag: number): string[] => {
    const files: string[] = [];
    for (let i = 0; i < c.count; i++) if (c.flags[i]! & flag && !(c.flags[i]! & FLAG_DROPPED)) files.push(name(c.source[i]!, c.line[i]!));
    return files;
  };
  const inProgress = flagged(FLAG_IN_PROGRESS);
  if (inProgress.length > 0) out.push({ rule: 'in-progress', message: `${plural(inProgress.length, 'file is', 'files are')} still in progress; their answers so far are counted`, files: inProgress });
  const straight = flagged(FLAG_STRAIGHT_LINING);
  if (straight.length > 0) {
    out.push({ rule: 'straight-lining', message: `${plural(straight.length, 'respondent gave', 'respondents gave')} the same answer to every scale question (6 or more); still counted, but worth a look`, files: straight });
  }
  return out;
}
