// The bundled ICARE rounds that the report and compare commands run on, and checks on what they print.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { marked, type Tokens } from 'marked';
import { parse } from 'yaml';
import { expect } from 'vitest';
import { ROOT, runCli } from './cli.js';

export const NOV = 'examples/icare/2026-11-16';
export const MAY = 'examples/icare/2026-05-18';
export const ICARE = parse(readFileSync(join(ROOT, 'questionnaires/icare.yaml'), 'utf8')) as { title: string; version: number };

/** A question's text, as `icare show` gives it. */
export const textOf = async (questionnaire: string, id: string): Promise<string> =>
  JSON.parse((await runCli(['show', questionnaire, '--format', 'json'])).stdout)
    .sections.flatMap((s: { questions: { id: string; text: string }[] }) => s.questions)
    .find((q: { id: string }) => q.id === id).text;

/** Every markdown table must have as many cells per row as its header. */
export function checkTables(md: string): number {
  let tables = 0;
  marked.walkTokens(marked.lexer(md), (t) => {
    if (t.type !== 'table') return;
    const table = t as Tokens.Table;
    tables++;
    for (const row of table.rows) expect(row.length).toBe(table.header.length);
  });
  // marked drops cells beyond the header silently; count the raw pipes too.
  for (const block of md.split(/\n\n/)) {
    const lines = block.split('\n').filter((l) => l.startsWith('| '));
    if (lines.length < 2) continue;
    const cells = (l: string) => l.replace(/\\\|/g, '').split('|').length;
    for (const l of lines) expect(cells(l)).toBe(cells(lines[0]!));
  }
  return tables;
}
