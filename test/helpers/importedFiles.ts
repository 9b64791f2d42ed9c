// The import's fixtures (real export shapes and broken ones) and what the import writes.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './cli.js';

const DIR = join(FIXTURES, 'import');
export const fixture = (name: string): string => join(DIR, name);

export function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
}

export interface JsonSummary {
  rows: number;
  written: number;
  rejected: number;
  empty: number;
  files: string[];
  problems: { row: number; column: number; header: string; rule: string; message: string }[];
  notes: { column: number; header: string; severity: string; rule: string }[];
}
