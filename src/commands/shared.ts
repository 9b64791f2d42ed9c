// Small pieces every command uses: loading the catalog, printing findings, writing output.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Context } from '../shell/context.js';
import { EXIT } from '../shell/exitCodes.js';
import { compareFindings, countBySeverity, type Finding } from '../core/checks/finding.js';
import { expandPaths, IoError, loadCatalog, type Catalog, type CatalogSnapshot } from '../core/checks/load.js';
import { findingsRenderers } from '../render/findings/index.js';
import { renderContext } from '../shell/context.js';
import { oneLine } from '../render/text/sanitize.js';
import { FileExistsError, writeFileAtomic } from '../shell/writeFileAtomic.js';

export async function bundledFiles(ctx: Context): Promise<string[]> {
  return expandPaths([ctx.bundledDir], ctx.io.cwd);
}

export interface CatalogFor {
  readonly catalog: Catalog;
  readonly findings: readonly Finding[];
  /** Where the catalog came from, so worker threads can load the same one. */
  readonly bundled: readonly string[];
  readonly extra: readonly string[];
  /** The questionnaire files read, valid or not. */
  readonly files: readonly string[];
}

/** The catalog for a command: bundled questionnaires plus --questionnaires folders. */
export async function catalogFor(ctx: Context, dirs: readonly string[]): Promise<CatalogFor> {
  const bundled = await bundledFiles(ctx);
  const extra = await expandPaths(dirs, ctx.io.cwd);
  return { ...loadCatalog(bundled, extra, ctx.io.cwd, readSnapshot(ctx)), bundled, extra };
}

/** dist/catalog.json, written by the build; without it (or if unreadable) the YAML is loaded. */
function readSnapshot(ctx: Context): CatalogSnapshot | undefined {
  try {
    const snapshot = JSON.parse(readFileSync(join(ctx.packageRoot, 'dist/catalog.json'), 'utf8')) as CatalogSnapshot;
    return typeof snapshot?.files === 'object' && snapshot.files !== null ? snapshot : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Prints the findings about the questionnaires a command loaded (bundled and --questionnaires),
 * counting the questionnaire files read; returns whether any is an error.
 */
export function printCatalogFindings(ctx: Context, source: CatalogFor): boolean {
  return printFindings(ctx, source.findings, source.files.length);
}

/** Prints findings to stderr in the text format; returns whether any is an error. */
export function printFindings(ctx: Context, findings: readonly Finding[], checked: number): boolean {
  if (findings.length === 0) return false;
  const sorted = [...findings].sort(compareFindings);
  ctx.io.stderr.write(findingsRenderers.text({ findings: sorted, checked }, renderContext(ctx, ctx.chalkErr)));
  return countBySeverity(sorted).errors > 0;
}

export function fail(ctx: Context, message: string, code: number = EXIT.usage): number {
  ctx.io.stderr.write(ctx.chalkErr.red(`icare: ${oneLine(message)}`) + '\n');
  return code;
}

/** Writes a result to --out (atomically, refusing to overwrite without --force) or to stdout. */
export function emit(ctx: Context, text: string, out: string | undefined, force: boolean | undefined): number {
  if (!out) {
    ctx.io.stdout.write(text);
    return EXIT.ok;
  }
  const path = resolve(ctx.io.cwd, out);
  try {
    writeFileAtomic(path, text, { overwrite: force === true });
  } catch (e) {
    if (e instanceof FileExistsError) return fail(ctx, `${out} already exists; use --force to overwrite it`);
    return fail(ctx, `cannot write ${out}: ${(e as Error).message}`);
  }
  ctx.io.stderr.write(`Wrote ${out}\n`);
  return EXIT.ok;
}

/** Runs a command body, turning IoErrors (missing paths, unreadable files) into exit 2. */
export async function guarded(ctx: Context, body: () => Promise<number> | number): Promise<number> {
  try {
    return await body();
  } catch (e) {
    if (e instanceof IoError) return fail(ctx, e.message);
    throw e;
  }
}
