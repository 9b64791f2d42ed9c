// The floor for bulk reports: read and parse every answers file in a folder, nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';

const dir = process.argv[2];
let n = 0;
for (const name of readdirSync(dir)) {
  if (!name.endsWith('.yaml')) continue;
  jsYaml.load(readFileSync(join(dir, name), 'utf8'), { schema: jsYaml.CORE_SCHEMA });
  n++;
}
console.log(`${n} files parsed`);
