// The inputs of report and compare: answers files and CSV exports, given as files, folders or
// globs and mixed freely. Answers files are read and CSV
// exports streamed; every respondent is checked (refusing invalid input with the same findings as
// `validate` and `import`) and folded into one sample per questionnaire, in the order first seen.
import { resolve } from 'node:path';
import type { CatalogLoad } from '../core/checks/loadCatalog.js';
import type { Finding } from '../core/checks/finding.js';
import { CSV_FILE } from '../core/checks/parsedFile.js';
import type { ImportMap } from '../core/import/importMap.js';
import type { SourceName } from '../core/scoring/hygiene.js';
import { newSample, type Sample } from '../core/scoring/sample.js';
import { layoutsOf } from '../core/model/layout.js';
import type { Context } from '../shell/context.js';
import { displayPath, expandPaths } from '../shell/files.js';
import { loadCsvSample } from '../shell/loadCsvSample.js';
import { loadSampleFiles } from '../shell/loadSampleFiles.js';
import { loadImportMap } from '../shell/loadImportMap.js';
import { EXIT, UserError } from '../shell/userError.js';
import { printFindings } from './printFindings.js';

/** How CSV exports among the inputs are read (`--questionnaire`, `--map`, `--skip-invalid`…). */
export interface ExportOptions {
  readonly questionnaire?: string;
  readonly map?: string;
  readonly organisation?: string;
  readonly skipInvalid?: boolean;
  /** One-way pseudonym of a respondent's e-mail or name (--anonymise --key-file). */
  readonly pseudonym?: (identity: string) => string;
  readonly anonymise?: boolean;
}

export interface LoadedInputs {
  readonly samples: Sample[];
  /** How a respondent's source is named in warnings: its file as shown, or file:line for a CSV row. */
  readonly sourceName: SourceName;
  /** CSV rows left out with --skip-invalid. */
  readonly skipped: number;
}

function mapFor(ctx: Context, given: string | undefined, q: Sample['layout']['questionnaire']): ImportMap | undefined {
  if (given === undefined) return undefined;
  const loaded = loadImportMap(resolve(ctx.io.cwd, given), ctx.io.cwd, q);
  if ('map' in loaded) return loaded.map;
  printFindings(ctx, loaded.findings, 1);
  throw new UserError(`fix the --map file ${given}; no report was made`, EXIT.findings);
}

async function readExports(ctx: Context, source: CatalogLoad, csvs: readonly { path: string; index: number }[], samples: Map<string, Sample>, opts: ExportOptions): Promise<{ findings: Finding[]; rejected: number }> {
  if (csvs.length === 0) return { findings: [], rejected: 0 };
  if (opts.questionnaire === undefined) throw new UserError(`CSV exports need --questionnaire ID: which questionnaire the form asked (see \`icare list\`)`);
  const layout = layoutsOf(source.catalog).get(opts.questionnaire);
  if (!layout) throw new UserError(`no questionnaire with id "${opts.questionnaire}" (known: ${[...source.catalog.keys()].sort().join(', ')}); pass its folder with --questionnaires`);
  let sample = samples.get(layout.questionnaire.id);
  if (!sample) samples.set(layout.questionnaire.id, (sample = newSample(layout)));
  const reading = { map: mapFor(ctx, opts.map, layout.questionnaire), organisation: opts.organisation, pseudonym: opts.pseudonym, anonymise: opts.anonymise };
  const findings: Finding[] = [];
  let rejected = 0;
  for (const { path, index } of csvs) {
    const r = await loadCsvSample(path, displayPath(path, ctx.io.cwd), index, sample, reading);
    findings.push(...r.findings);
    rejected += r.rejected;
    if (r.fatal) {
      printFindings(ctx, findings, csvs.length);
      throw new UserError(r.fatal, EXIT.findings);
    }
  }
  return { findings, rejected };
}

export async function loadSamples(ctx: Context, source: CatalogLoad, paths: readonly string[], opts: ExportOptions = {}): Promise<LoadedInputs> {
  const inputs = await expandPaths(paths, ctx.io.cwd, { exports: true });
  const files = inputs.filter((p) => !CSV_FILE.test(p));
  const csvs = inputs.filter((p) => CSV_FILE.test(p)).map((path, i) => ({ path, index: files.length + i }));
  const loaded = loadSampleFiles(files, layoutsOf(source.catalog), ctx.io.cwd);
  const exported = await readExports(ctx, source, csvs, loaded.samples, opts);
  const findings = [...loaded.findings, ...exported.findings];
  const fileErrors = loaded.findings.some((f) => f.severity === 'error');
  const rowErrors = exported.rejected > 0 && !opts.skipInvalid;
  if (printFindings(ctx, findings, inputs.length) && (fileErrors || rowErrors)) {
    const hint = !fileErrors && exported.rejected > 0 ? `; add --skip-invalid to report on the valid rows` : '';
    throw new UserError(`fix the errors above (see \`icare validate\`${csvs.length ? ' and `icare import`' : ''})${hint}; no report was made`, EXIT.findings);
  }
  if (loaded.samples.size === 0) throw new UserError(`no respondents found in ${paths.join(', ')}`);
  const shown = [...files, ...csvs.map((c) => c.path)].map((f) => displayPath(f, ctx.io.cwd));
  return { samples: [...loaded.samples.values()], sourceName: (i, line) => (line > 0 ? `${shown[i]}:${line}` : shown[i]!), skipped: opts.skipInvalid ? exported.rejected : 0 };
}
