// The assess command's disk writes: an answers file is created without replacing another, then
// rewritten whole after every change.
import { numberedNames } from '../../core/writing/answersYaml.js';
import { answersFileText, type OpenAnswersFile } from '../../core/assess/openAnswersFile.js';
import { displayPath } from '../../shell/files.js';
import { ioFailure } from '../../shell/userError.js';
import { writeFileAtomic, writeNewFile } from '../../shell/writeFileAtomic.js';

/** Creates the file as `name` in `dir`, or under the first free name after it (name-2.yaml, …). */
export function createAnswersFile(dir: string, name: string, file: Omit<OpenAnswersFile, 'path'>, cwd: string): OpenAnswersFile {
  try {
    return { ...file, path: writeNewFile(dir, numberedNames(name), answersFileText(file)) };
  } catch (e) {
    throw ioFailure(`cannot create an answers file in ${displayPath(dir, cwd)}`, e);
  }
}

export function saveAnswersFile(file: OpenAnswersFile): void {
  const text = answersFileText(file);
  writeFileAtomic(file.path, text, { overwrite: true });
  if (file.text !== undefined) file.text = text;
}
