import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** What schemaReference may ask about the disk (the shell answers). */
export interface SchemaDisk {
  /** Whether a folder is a project's root (package.json, .git or node_modules). */
  readonly isProject: (dir: string) => boolean;
  readonly exists: (path: string) => boolean;
}

const toPosix = (p: string): string => p.split(sep).join('/');

/**
 * The modeline target of a new questionnaire in `fileDir` (an absolute path), one that still
 * works when the project is cloned elsewhere: relative to the schema in the project's own
 * node_modules/icare when icare is installed there; else relative to `schemaPath` (the running
 * icare's schema) when the file and it share a project; absolute only when nothing else works.
 */
export function schemaReference(fileDir: string, schemaPath: string, disk: SchemaDisk): string {
  const installed = installedSchema(fileDir, basename(schemaPath), disk);
  if (installed !== undefined) return toPosix(relative(fileDir, installed));
  const rel = relative(fileDir, schemaPath);
  const ups = rel.split(sep).filter((p) => p === '..').length;
  const common = resolve(fileDir, ...Array<string>(ups).fill('..'));
  if (!isAbsolute(rel) && dirname(common) !== common && disk.isProject(common)) return toPosix(rel);
  return schemaPath;
}

/** The schema in node_modules/icare of the folders from `fileDir` up to its project's root, if any. */
function installedSchema(fileDir: string, name: string, disk: SchemaDisk): string | undefined {
  const dirs: string[] = [];
  for (let dir = resolve(fileDir); ; dir = dirname(dir)) {
    dirs.push(dir);
    if (disk.isProject(dir)) break;
    // Not inside a project: a node_modules higher up is not the project's to point at.
    if (dirname(dir) === dir) return undefined;
  }
  return dirs.map((d) => join(d, 'node_modules', 'icare', 'schema', name)).find((p) => disk.exists(p));
}
