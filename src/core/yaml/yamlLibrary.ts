// `yaml` (positions, syntax errors, alias limits) is needed only for the rare file with a syntax
// error, anchors or a shape js-yaml's events cannot locate. Bundled, it was 60% of the parser
// code every `validate` and `report` compiled at start; required on first use, it costs nothing
// until then. A plain require keeps it synchronous, as the loading core is.
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

let loaded: typeof Yaml | undefined;

export function yamlLibrary(): typeof Yaml {
  return (loaded ??= createRequire(import.meta.url)('yaml') as typeof Yaml);
}
