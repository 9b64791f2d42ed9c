// Loading: files → parsed, schema-checked, rule-checked, normalised data plus positioned findings.
// Findings are converted from yaml/ajv errors here, at the boundary, and nowhere else.
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { validateAnswers, validateQuestionnaire } from '../../generated/validators.js';
import { answersRules, unknownQuestionnaire } from './answersRules.js';
import { compareFindings, type Finding, type PathFinding } from './finding.js';
import { normaliseAnswers, normaliseQuestionnaire, type Answer, type Answers, type AnswersFile, type Questionnaire, type QuestionnaireFile } from '../model/model.js';
import { decodeFile, locateFindings, parseYaml } from '../yaml/parseYaml.js';
import { questionnaireRules } from './questionnaireRules.js';
import { schemaFindings } from './schemaFindings.js';

export const FILE_KINDS = ['questionnaire', 'answers'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** An I/O problem that is not a finding about a file's content: a missing path, an unreadable file. */
export class IoError extends Error {}

export interface ParsedFile {
  readonly file: string;
  readonly text: string;
  readonly data: unknown;
}

/** Questionnaires by id. */
export type Catalog = ReadonlyMap<string, Questionnaire>;

const YAML_FILE = /\.ya?ml$/i;

export function displayPath(path: string, cwd: string): string {
  // Fast path for the usual case, a plain path under a plain cwd: path.relative normalises both
  // sides every time, which adds up over 10,000 files.
  if (sep === '/' && cwd.startsWith('/') && path.startsWith(cwd) && path.charCodeAt(cwd.length) === 47 && isPlain(cwd) && isPlain(path)) {
    const rel = path.slice(cwd.length + 1);
    return rel && !rel.startsWith('..') ? rel : path;
  }
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

const NOT_PLAIN = /\/\/|\/\.\.?(?:\/|$)|\/$/;

/** No empty, "." or ".." segments and no trailing slash: path.resolve would return it unchanged. */
function isPlain(p: string): boolean {
  return !NOT_PLAIN.test(p);
}

export function classify(data: unknown): FileKind | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  if (Object.hasOwn(data, 'sections')) return 'questionnaire';
  if (Object.hasOwn(data, 'answers')) return 'answers';
  if (Object.hasOwn(data, 'title') || Object.hasOwn(data, 'levels')) return 'questionnaire';
  if (Object.hasOwn(data, 'questionnaire')) return 'answers';
  return undefined;
}

/** Lists the YAML files under a folder (an absolute, resolved path), sorted, recursively. */
export function yamlFilesIn(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    // Plain concatenation, not path.join: d is already normalised, and join's normalising of
    // every one of 10,000 names was most of the walk's time.
    const prefix = d.endsWith(sep) ? d : d + sep;
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const name = entry.name;
      if (name.startsWith('.') || name === 'node_modules') continue;
      if (entry.isDirectory()) walk(prefix + name);
      else if (entry.isFile() && YAML_FILE.test(name)) out.push(prefix + name);
    }
  };
  walk(resolve(dir));
  return out;
}

const GLOB_CHARS = /[*?[\]{}]/;

/** Files, folders and globs → absolute file paths; a path that matches nothing is an IoError. */
export async function expandPaths(paths: readonly string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const abs = resolve(cwd, p);
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      if (GLOB_CHARS.test(p)) {
        const { glob } = await import('tinyglobby');
        const matches = (await glob(p, { cwd, absolute: true, onlyFiles: true })).sort();
        if (matches.length === 0) throw new IoError(`no files match ${p}`);
        out.push(...matches);
        continue;
      }
      throw new IoError(`${p}: no such file or folder`);
    }
    if (stat.isDirectory()) out.push(...yamlFilesIn(abs));
    else out.push(abs);
  }
  return [...new Set(out)];
}

// One reusable buffer: most files fit in it, so a read costs open, read and close (readFileSync
// also stats the file and allocates a buffer per file). The bytes are decoded before the next read.
const scratch = Buffer.allocUnsafe(64 * 1024);

function readBytes(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    let n = 0;
    for (let got = -1; got !== 0 && n < scratch.length; n += got) got = readSync(fd, scratch, n, scratch.length - n, null);
    if (n < scratch.length) return scratch.subarray(0, n);
    // Larger than the buffer: read the rest as readFileSync would (decodeFile refuses huge files).
    return Buffer.concat([scratch, readFileSync(fd)]);
  } finally {
    closeSync(fd);
  }
}

// A form tool's export passed where answers files go: say what to do with it rather than list
// the YAML errors a CSV line makes.
const CSV_FILE = /\.(?:csv|tsv)$/i;

export function readParsed(path: string, cwd: string): { ok: true; parsed: ParsedFile } | { ok: false; findings: readonly Finding[] } {
  const file = displayPath(path, cwd);
  if (CSV_FILE.test(path)) {
    return {
      ok: false,
      findings: [{ file, line: 1, column: 1, severity: 'error', rule: 'csv-file', message: `a CSV export, not a YAML file; turn it into answers files with \`icare import ${file} --questionnaire ID\`` }],
    };
  }
  let bytes: Uint8Array;
  try {
    bytes = readBytes(path);
  } catch (e) {
    throw new IoError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  const decoded = decodeFile(bytes, file);
  if (!decoded.ok) return decoded;
  const parsed = parseYaml(decoded.text, file);
  if (!parsed.ok) return parsed;
  return { ok: true, parsed: { file, text: decoded.text, data: parsed.data } };
}

export interface QuestionnaireCheck {
  /** No errors (warnings allowed). */
  readonly valid: boolean;
  /** The normalised questionnaire, when valid and asked for. */
  readonly questionnaire?: Questionnaire;
  readonly findings: readonly Finding[];
}

/** `normalise: false` only checks: `validate` over many files has no use for the model. */
export function checkQuestionnaire(p: ParsedFile, opts: { readonly normalise?: boolean } = {}): QuestionnaireCheck {
  if (!validateQuestionnaire(p.data)) {
    return { valid: false, findings: locateFindings(p.text, p.file, schemaFindings(validateQuestionnaire.errors ?? [], p.data)) };
  }
  const raw = p.data as QuestionnaireFile;
  const findings = locateFindings(p.text, p.file, questionnaireRules(raw));
  const valid = !findings.some((f) => f.severity === 'error');
  return { valid, ...(valid && opts.normalise !== false && { questionnaire: normaliseQuestionnaire(raw, p.file) }), findings };
}

const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

export interface AnswersCheck {
  readonly answers?: Answers;
  readonly findings: readonly Finding[];
}

/** `known`: the questionnaire ids to suggest when the one named is missing (default: the catalog's). */
export function checkAnswers(p: ParsedFile, catalog: Catalog, known: readonly string[] = [...catalog.keys()]): AnswersCheck {
  if (!validateAnswers(p.data)) {
    return { findings: locateFindings(p.text, p.file, schemaFindings(validateAnswers.errors ?? [], p.data)) };
  }
  const raw = p.data as AnswersFile;
  const q = catalog.get(raw.questionnaire);
  const answers = new Map<string, Answer>();
  const found: PathFinding[] = q ? answersRules(raw, q, answers) : [unknownQuestionnaire(raw.questionnaire, known)];
  if (found.length === 0) return { answers: normaliseAnswers(raw, p.file, answers), findings: NO_FINDINGS };
  const findings = locateFindings(p.text, p.file, found);
  const ok = !findings.some((f) => f.severity === 'error');
  return { ...(ok && { answers: normaliseAnswers(raw, p.file, answers) }), findings };
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

/**
 * The bundled questionnaires as the build loaded them (dist/catalog.json): parsing and checking
 * five YAML files cost about 35 ms at every start, reading this costs about 2. An entry is used
 * only while its file still has the same bytes (SHA-1); an edited file is loaded as usual.
 */
export interface CatalogSnapshot {
  /** By file name within the bundled folder. */
  readonly files: Readonly<Record<string, { readonly sha1: string; readonly questionnaire: Omit<Questionnaire, 'file'> }>>;
}

/** The snapshot of the given bundled files; a file with findings is left out (and so is checked at every start). */
export function snapshotOf(paths: readonly string[], cwd: string): CatalogSnapshot {
  const files: Record<string, CatalogSnapshot['files'][string]> = {};
  for (const path of paths) {
    const { catalog, findings } = loadCatalog([path], [], cwd);
    const q = [...catalog.values()][0];
    if (!q || findings.length > 0) continue;
    const { file: _, ...questionnaire } = q;
    files[basename(path)] = { sha1: sha1(readFileSync(path)), questionnaire };
  }
  return { files };
}

// node:crypto is required on first use: commands that never read the snapshot (validate) do not
// pay for loading it.
let crypto: typeof import('node:crypto') | undefined;

function sha1(bytes: Uint8Array): string {
  crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return crypto.createHash('sha1').update(bytes).digest('hex');
}

export interface CatalogLoad {
  readonly catalog: Catalog;
  readonly findings: readonly Finding[];
  /** Files that were questionnaires, valid or not. */
  readonly files: readonly string[];
}

/**
 * Loads questionnaires: the bundled folder first, then extra folders or files, which may
 * replace a bundled questionnaire of the same id but must not repeat one another's ids.
 */
export function loadCatalog(bundled: readonly string[], extra: readonly string[], cwd: string, snapshot?: CatalogSnapshot): CatalogLoad {
  const catalog = new Map<string, Questionnaire>();
  const origin = new Map<string, 'bundled' | string>();
  const findings: Finding[] = [];
  const files: string[] = [];
  const add = (paths: readonly string[], isBundled: boolean): void => {
    for (const path of paths) {
      const snapped = isBundled ? fromSnapshot(snapshot, path, cwd) : undefined;
      if (snapped) {
        files.push(snapped.file);
        catalog.set(snapped.id, snapped);
        origin.set(snapped.id, 'bundled');
        continue;
      }
      const read = readParsed(path, cwd);
      if (!read.ok) {
        findings.push(...read.findings);
        files.push(displayPath(path, cwd));
        continue;
      }
      if (classify(read.parsed.data) !== 'questionnaire') continue;
      files.push(read.parsed.file);
      const { questionnaire, findings: f } = checkQuestionnaire(read.parsed);
      findings.push(...f);
      if (!questionnaire) continue;
      const before = origin.get(questionnaire.id);
      if (before !== undefined && before !== 'bundled' && !isBundled) {
        findings.push(
          ...locateFindings(read.parsed.text, read.parsed.file, [
            { path: ['id'], severity: 'error', rule: 'unique-questionnaire-id', message: `questionnaire id "${questionnaire.id}" is also used by ${before}` },
          ]),
        );
        continue;
      }
      catalog.set(questionnaire.id, questionnaire);
      origin.set(questionnaire.id, isBundled ? 'bundled' : read.parsed.file);
    }
  };
  add(bundled, true);
  add(extra, false);
  return { catalog, findings: findings.sort(compareFindings), files };
}

function fromSnapshot(snapshot: CatalogSnapshot | undefined, path: string, cwd: string): Questionnaire | undefined {
  const entry = snapshot?.files[basename(path)];
  if (!entry) return undefined;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined; // the usual path reports it
  }
  return sha1(bytes) === entry.sha1 ? { ...entry.questionnaire, file: displayPath(path, cwd) } : undefined;
}

/** Loads answers files against a catalog; files that fail keep their findings and are left out. */
export function loadAnswers(paths: readonly string[], catalog: Catalog, cwd: string): { answers: Answers[]; findings: Finding[] } {
  const answers: Answers[] = [];
  const findings: Finding[] = [];
  for (const path of paths) {
    const read = readParsed(path, cwd);
    if (!read.ok) {
      findings.push(...read.findings);
      continue;
    }
    if (classify(read.parsed.data) !== 'answers') {
      findings.push(notA('answers', read.parsed));
      continue;
    }
    const r = checkAnswers(read.parsed, catalog);
    findings.push(...r.findings);
    if (r.answers) answers.push(r.answers);
  }
  return { answers, findings };
}
