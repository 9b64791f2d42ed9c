import { readdirSync } from 'node:fs';
import { readYamlFile } from '../src/shell/files.js';
import { parseFile } from '../src/core/checks/parsedFile.js';
import { validateQuestionnaire } from '../src/generated/validators.js';
import { questionnaireRules } from '../src/core/checks/questionnaireRules.js';
import { mayHoldControls } from '../src/core/checks/controlCharacters.js';
import { schemaFindings } from '../src/core/checks/schemaFindings.js';
import { locateFindings } from '../src/core/yaml/parseYaml.js';
const d = process.argv[2]!;
const t: Record<string, number> = { read: 0, parse: 0, ajv: 0, rules: 0, controls: 0, locate: 0 };
const T0 = performance.now();
for (const f of readdirSync(d).sort()) {
  let a = performance.now();
  const r = readYamlFile(d + '/' + f, d); t.read += performance.now() - a; a = performance.now();
  const o = parseFile(r); t.parse += performance.now() - a; a = performance.now();
  if (!o.ok) continue;
  const ok = validateQuestionnaire(o.parsed.data); const sf = ok ? [] : schemaFindings(validateQuestionnaire.errors ?? [], o.parsed.data); t.ajv += performance.now() - a; a = performance.now();
  const rules = questionnaireRules(o.parsed.data); t.rules += performance.now() - a; a = performance.now();
  mayHoldControls(o.parsed.text); t.controls += performance.now() - a; a = performance.now();
  const all = [...sf, ...rules]; if (all.length) locateFindings(o.parsed.text, o.parsed.file, all); t.locate += performance.now() - a;
}
console.log(Object.entries(t).map(([k, v]) => `${k} ${v.toFixed(0)}`).join('  '), ' total', (performance.now() - T0).toFixed(0));
