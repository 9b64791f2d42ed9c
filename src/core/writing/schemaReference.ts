import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * The modeline target of a new questionnaire in `fileDir` (an absolute path): relative when the
 * file and the bundled schema share a project (so the file can be committed and works for
 * everyone who installs icare the same way), absolute otherwise. `isProject` looks at a folder.
 */
export function schemaReference(fileDir: string, schemaPath: string, isProject: (dir: string) => boolean): string {
  const rel = relative(fileDir, schemaPath);
  const ups = rel.split(sep).filter((p) => p === '..').length;
  const common = resolve(fileDir, ...Array<string>(ups).fill('..'));
  if (!isAbsolute(rel) && dirname(common) !== common && isProject(common)) return rel.split(sep).join('/');
  return schemaPath;
}
