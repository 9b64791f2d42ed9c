import type { FindingsResult } from './result.js';

// Workflow-command values escape %, CR and LF; properties also escape : and , (GitHub Actions toolkit rules).
const data = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const prop = (s: string): string => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::error file=…,line=…,col=…,title=…::message` annotations for GitHub Actions. */
export function github(result: FindingsResult): string {
  return result.findings
    .map((f) => `::${f.severity} file=${prop(f.file)},line=${f.line},col=${f.column},title=${prop(f.rule)}::${data(f.message)}\n`)
    .join('');
}
