// The --map file of `icare import`, read from disk for the core's parseImportMap.
import { readFileSync } from 'node:fs';
import type { Finding } from '../core/checks/finding.js';
import { parseImportMap, type ImportMap } from '../core/import/importMap.js';
import type { Questionnaire } from '../core/model/model.js';
import { decodeFile } from '../core/yaml/parseYaml.js';
import { displayPath } from './files.js';
import { UserError } from './userError.js';

/** The map, or positioned findings about it; a file that cannot be read is a UserError. */
export function loadImportMap(path: string, cwd: string, q: Questionnaire): { map: ImportMap } | { findings: readonly Finding[] } {
  const file = displayPath(path, cwd);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new UserError(`${file}: cannot read the --map file (${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : ((e as NodeJS.ErrnoException).code ?? String(e))})`);
  }
  const decoded = decodeFile(bytes, file);
  if (!decoded.ok) return { findings: decoded.findings };
  const parsed = parseImportMap(decoded.text, file, q);
  return parsed.ok ? { map: parsed.map } : { findings: parsed.findings };
}
