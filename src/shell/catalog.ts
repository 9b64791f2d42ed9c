// The questionnaires a command can use: the bundled folder (through the build's snapshot, see
// below) plus --questionnaires folders, read from disk for the core's loadCatalog.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { loadCatalog, type CatalogLoad } from '../core/checks/loadCatalog.js';
import type { Catalog, Questionnaire } from '../core/model/model.js';
import type { Context } from './context.js';
import { displayPath, expandPaths, fileReader } from './files.js';

/**
 * The bundled questionnaires as the build loaded them (dist/catalog.json): reading this is much
 * cheaper at every start than parsing and checking the YAML. An entry is used only while its file
 * still has the same bytes (SHA-1); an edited file is loaded as usual.
 */
export interface CatalogSnapshot {
  /** By file name within the bundled folder. */
  readonly files: Readonly<Record<string, { readonly sha1: string; readonly questionnaire: Omit<Questionnaire, 'file'> }>>;
}

export async function bundledFiles(ctx: Context): Promise<string[]> {
  return expandPaths([ctx.bundledDir], ctx.io.cwd);
}

/** The catalog for a command: bundled questionnaires plus --questionnaires folders. */
export async function commandCatalog(ctx: Context, dirs: readonly string[]): Promise<CatalogLoad> {
  const bundled = await bundledFiles(ctx);
  const extra = await expandPaths(dirs, ctx.io.cwd);
  return loadCatalogFiles(bundled, extra, ctx.io.cwd, readSnapshot(ctx.packageRoot));
}

/** The bundled questionnaires alone, loaded when first asked for (validate needs them only sometimes). */
export function bundledCatalogLoader(ctx: Context, bundled: readonly string[]): () => Catalog {
  return () => loadCatalogFiles(bundled, [], ctx.io.cwd, readSnapshot(ctx.packageRoot)).catalog;
}

/** loadCatalog with the shell's reader; bundled files still matching `snapshot` are not read again. */
export function loadCatalogFiles(bundled: readonly string[], extra: readonly string[], cwd: string, snapshot?: CatalogSnapshot): CatalogLoad {
  return loadCatalog(bundled, extra, fileReader(cwd), preloaded(snapshot, bundled, cwd));
}

/** dist/catalog.json, written by the build; without it (or if unreadable) the YAML is loaded. */
function readSnapshot(packageRoot: string): CatalogSnapshot | undefined {
  try {
    const snapshot = JSON.parse(readFileSync(join(packageRoot, 'dist/catalog.json'), 'utf8')) as CatalogSnapshot;
    return typeof snapshot?.files === 'object' && snapshot.files !== null ? snapshot : undefined;
  } catch {
    return undefined;
  }
}

/** The snapshot's questionnaires whose files are unchanged, by path. */
function preloaded(snapshot: CatalogSnapshot | undefined, paths: readonly string[], cwd: string): Map<string, Questionnaire> {
  const out = new Map<string, Questionnaire>();
  if (!snapshot) return out;
  for (const path of paths) {
    const entry = snapshot.files[basename(path)];
    if (!entry) continue;
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch {
      continue; // loadCatalog reads it again and reports it
    }
    if (sha1(bytes) === entry.sha1) out.set(path, { ...entry.questionnaire, file: displayPath(path, cwd) });
  }
  return out;
}

// node:crypto is required on first use: validate, which reads the snapshot only when it needs the
// bundled questionnaires, does not load it otherwise.
let crypto: typeof import('node:crypto') | undefined;

function sha1(bytes: Uint8Array): string {
  crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return crypto.createHash('sha1').update(bytes).digest('hex');
}

/** The snapshot of the given bundled files (for the build); a file with findings is left out. */
export function snapshotOf(paths: readonly string[], cwd: string): CatalogSnapshot {
  const files: Record<string, CatalogSnapshot['files'][string]> = {};
  const read = fileReader(cwd);
  for (const path of paths) {
    const { catalog, findings } = loadCatalog([path], [], read);
    const q = [...catalog.values()][0];
    if (!q || findings.length > 0) continue;
    const { file: _, ...questionnaire } = q;
    files[basename(path)] = { sha1: sha1(readFileSync(path)), questionnaire };
  }
  return { files };
}
