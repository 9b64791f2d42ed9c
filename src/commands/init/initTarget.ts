import { join, resolve } from 'node:path';
import { YAML_FILE } from '../../shell/files.js';
import { isFolder, pathExists } from '../../shell/pathExists.js';
import { UserError } from '../../shell/userError.js';

/** Where the new questionnaire goes: PATH as a file, into PATH as an existing folder, or into the working folder as `<id>.yaml`. */
export function initTarget(path: string | undefined, cwd: string, force: boolean): (id: string) => string {
  if (path === undefined) return (id) => join(cwd, `${id}.yaml`);
  const abs = resolve(cwd, path);
  if (isFolder(abs)) return (id) => join(abs, `${id}.yaml`);
  if (!YAML_FILE.test(abs)) throw new UserError(`${path}: the file name must end in .yaml or .yml, so that \`--questionnaires\` folders pick it up`);
  if (!force && pathExists(abs)) throw new UserError(`${path} already exists; use --force to overwrite it`);
  return () => abs;
}
