// A file's bytes → its parsed data, or positioned findings. The bytes come from the shell's
// reader; nothing here touches the disk.
import type { Finding } from './finding.js';
import { decodeFile, parseYaml } from '../yaml/parseYaml.js';

export const FILE_KINDS = ['questionnaire', 'answers'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/**
 * A file as the shell read it, with the name to show: its bytes, or its text when already decoded
 * from valid UTF-8 without NULs (`screened` when its bytes were also found to hold none of the
 * characters the block reader leaves to js-yaml); or why it could not be read.
 */
export type FileBytes =
  | { readonly ok: true; readonly file: string; readonly bytes: Uint8Array }
  | { readonly ok: true; readonly file: string; readonly text: string; readonly screened?: boolean }
  | { readonly ok: false; readonly findings: readonly Finding[] };
export type ReadFile = (path: string) => FileBytes;

export interface ParsedFile {
  readonly file: string;
  readonly text: string;
  readonly data: unknown;
  /** Known to hold no control character or bidi mark, raw or escaped: nothing to look for. */
  readonly controlFree?: boolean;
}

export type ParseOutcome = { readonly ok: true; readonly parsed: ParsedFile } | { readonly ok: false; readonly findings: readonly Finding[] };

// A form tool's export passed where YAML files go: say what to do with it rather than list the
// YAML errors a CSV line makes.
export const CSV_FILE = /\.(?:csv|tsv)$/i;

export function parseFile(read: FileBytes): ParseOutcome {
  if (!read.ok) return read;
  const { file } = read;
  if (CSV_FILE.test(file)) {
    return {
      ok: false,
      findings: [{ file, line: 1, column: 1, severity: 'error', rule: 'csv-file', message: 'a CSV export, not a YAML file: `icare report` reads it as it is when told which questionnaire the form asked (`--questionnaire ID`), and `icare import` turns it into answers files' }],
    };
  }
  const decoded = 'text' in read ? { ok: true as const, text: read.text } : decodeFile(read.bytes, file);
  if (!decoded.ok) return decoded;
  const parsed = parseYaml(decoded.text, file, 'screened' in read && read.screened === true);
  if (!parsed.ok) return parsed;
  return { ok: true, parsed: { file, text: decoded.text, data: parsed.data, controlFree: parsed.controlFree === true } };
}

export function classify(data: unknown): FileKind | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  if (Object.hasOwn(data, 'sections')) return 'questionnaire';
  if (Object.hasOwn(data, 'answers')) return 'answers';
  if (Object.hasOwn(data, 'title') || Object.hasOwn(data, 'levels')) return 'questionnaire';
  if (Object.hasOwn(data, 'questionnaire')) return 'answers';
  return undefined;
}

export function notA(kind: FileKind | 'questionnaire or answers', p: ParsedFile): Finding {
  return {
    file: p.file,
    line: 1,
    column: 1,
    severity: 'error',
    rule: 'unknown-file-kind',
    message: `expected ${kind === 'answers' ? 'an answers file (with "questionnaire" and "answers" keys)' : kind === 'questionnaire' ? 'a questionnaire (with "id", "title", "version" and "sections")' : 'a questionnaire (with "sections") or an answers file (with "answers")'}`,
  };
}
