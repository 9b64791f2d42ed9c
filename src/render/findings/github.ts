import { stripControl } from '../text/sanitize.js';
import type { FindingsResult } from './result.js';

// Workflow-command values escape %, CR and LF; properties also escape : and , (GitHub Actions toolkit
// rules). File names and messages come from files: their terminal controls go first (a CI log is a terminal too).
const data = (s: string): string => stripControl(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const prop = (s: string): string => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::error file=…,line=…,col=…,title=…::message` annotations for GitHub Actions. */
export function github(result: FindingsResult): string {
  return result.findings
    .map((f) => `::${f.severity} file=${prop(f.file)},line=${f.line},col=${f.column},title=${prop(f.rule)}::${data(f.message)}\n`)
    .join('');
}
