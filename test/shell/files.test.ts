// readYamlFile's quick path screens the bytes for the characters the block reader leaves to
// js-yaml, so that the reader need not look for them again in the text; the parsed data must be
// the same either way.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/core/checks/parsedFile.js';
import { parseYaml } from '../../src/core/yaml/parseYaml.js';
import { readYamlFile } from '../../src/shell/files.js';
import { tempFolders } from '../helpers/tempFolders.js';

const folder = tempFolders('icare-files-');

describe('readYamlFile', () => {
  const cases: readonly [string, string, boolean][] = [
    ['plain', 'a: “quoted” — é…\nb:\n  - 1\n', true],
    ['a leading BOM, stripped', '\ufeffa: 1\n', true],
    ['a tab', 'a:\t1\n', false],
    ['a carriage return', 'a: 1\r\n', false],
    ['an emoji (two surrogates in the text, read as one character)', 'a: ok 👍\n', true],
    ['a bidi mark', 'a: x\u202ey\n', false],
  ];
  it.each(cases)('screens %s', (_, text, screened) => {
    const dir = folder();
    writeFileSync(join(dir, 'f.yaml'), text);
    const read = readYamlFile(join(dir, 'f.yaml'), dir);
    expect(read).toMatchObject({ ok: true, file: 'f.yaml', text: text.replace(/^\ufeff/, ''), screened });
    const parsed = parseFile(read);
    expect(parsed.ok && parsed.parsed.data).toEqual((parseYaml(text.replace(/^\ufeff/, ''), 'f.yaml') as { data: unknown }).data);
  });
});
