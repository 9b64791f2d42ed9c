// A terminal table that always fits the width it is given: the first column (the labels) takes
// the room the others leave, never narrower than its longest word so that no label is cut; when
// even that does not fit, each row becomes a short block of "Heading: value" lines instead.
import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import { TABLE_CHARS } from './tableChars.js';
import { textWidth, wrapText } from './wrapText.js';

export interface FitColumn {
  /** May hold newlines (a second header line). */
  readonly head: string;
  readonly align?: 'left' | 'right';
  /** Content wider than this wraps by words (default: as wide as the widest cell line). */
  readonly max?: number;
}

export interface FitTable {
  /** The first column holds the row labels and flexes. */
  readonly columns: readonly FitColumn[];
  /** Cells may hold newlines and colour codes; a row may be shorter than the columns. */
  readonly rows: readonly (readonly string[])[];
  readonly width: number;
  readonly chalk: ChalkInstance;
  /** Rules between rows (default true). */
  readonly rules?: boolean;
  /** The label column's widest content (default 32). */
  readonly maxLabel?: number;
}

/** cli-table3's padding: one space each side. */
const PAD = 2;
const MIN_LABEL = 12;

function widest(texts: readonly string[], split: RegExp): number {
  let w = 0;
  for (const t of texts) for (const part of t.split(split)) w = Math.max(w, textWidth(part));
  return w;
}

interface Layout {
  readonly fits: boolean;
  readonly widths: readonly number[];
}

function layout(t: FitTable): Layout {
  const cellsOf = (i: number): string[] => t.rows.map((r) => r[i] ?? '');
  const others = t.columns.slice(1).map((c, j) => {
    const w = widest([...cellsOf(j + 1), c.head], /\n/);
    // A wrapping column is never narrower than its longest word.
    return (c.max === undefined ? w : Math.max(widest([...cellsOf(j + 1), c.head], /\s+/), Math.min(c.max, w))) + PAD;
  });
  const texts = [t.columns[0]!.head, ...cellsOf(0)];
  const labelMin = Math.max(MIN_LABEL, widest(texts, /\s+/) + PAD);
  const labelMax = Math.max(labelMin, Math.min(t.maxLabel ?? 32, widest(texts, /\n/)) + PAD);
  const fixed = others.reduce((n, w) => n + w, 0) + t.columns.length + 1;
  return { fits: fixed + labelMin <= t.width, widths: [Math.min(labelMax, t.width - fixed), ...others] };
}

/** Whether the table fits `width` as a table (else fitTable stacks it). */
export function tableFits(t: FitTable): boolean {
  return layout(t).fits;
}

/** The table, or the stacked blocks when the table cannot fit `width`. */
export function fitTable(t: FitTable): string {
  const heads = t.columns.map((c) => c.head);
  const { fits, widths } = layout(t);
  if (!fits) return stackTable(t);
  const noRules = t.rules === false ? { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' } : {};
  const table = new Table({
    head: heads.map((h) => t.chalk.bold(h)),
    colWidths: [...widths],
    colAligns: t.columns.map((c) => c.align ?? 'left'),
    wordWrap: true,
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
    chars: { ...TABLE_CHARS, ...noRules },
  });
  for (const r of t.rows) table.push(t.columns.map((_, i) => r[i] ?? ''));
  return table.toString();
}

/** A cell's lines on one line: "53.6 (45.6–61.6)", "Developing · below target". */
function oneRun(cell: string): string {
  return cell.replace(/\s*\n\s*(?=(?:\u001b\[[0-9;]*m)*\()/g, ' ').replace(/\s*\n\s*/g, ' · ');
}

/** One block per row: its label, then each other cell after its column's heading, wrapped. */
export function stackTable(t: FitTable): string {
  const out: string[] = [];
  for (const r of t.rows) {
    out.push(...wrapText(r[0] ?? '', t.width, '  ', { first: '' }).map((l) => t.chalk.bold(l)));
    const facts = t.columns
      .slice(1)
      .map((c, j) => ({ head: c.head.replace(/\s*\n\s*/g, ' '), cell: oneRun(r[j + 1] ?? '') }))
      .filter((f) => f.cell !== '');
    const text = facts.map((f) => (f.head ? `${f.head}: ${f.cell}` : f.cell)).join(' · ');
    if (text) out.push(...wrapText(text, t.width, '    ', { first: '  ' }));
  }
  return out.join('\n');
}
