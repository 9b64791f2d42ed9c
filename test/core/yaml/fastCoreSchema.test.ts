// The faster schema must load everything exactly as js-yaml's CORE_SCHEMA does.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { fastCoreSchema } from '../../../src/core/yaml/fastCoreSchema.js';
import { ROOT } from '../../helpers/cli.js';

/** The loaded value, or the error message: both schemas must agree on either. */
function load(text: string, schema: jsYaml.Schema): unknown {
  try {
    return { value: jsYaml.load(text, { schema }) };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

const SCALARS = [
  '0', '-0', '+0', '12', '-12', '+12', '012', '0x1F', '0o17', '0b101', '-0x1F', '1_000', '_1', '1.5', '-1.5', '.5', '-.5', '1e3', '1.5E-3', '1.', '.',
  '.inf', '-.Inf', '+.INF', '.nan', '.NaN', '.NAN', 'nan', 'inf', '~', 'null', 'Null', 'NULL', 'nULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE',
  'yes', 'no', 'on', 'off', '-', '+', '--', '+-1', '1-2', '2026-11-23', '1:30', 'e5', 'E', '١٢', '１２', '12 apples', 'Apples 12', 'n/a',
];

describe('fastCoreSchema', () => {
  it('loads tricky scalars, as values and keys, exactly as CORE_SCHEMA does', () => {
    for (const s of SCALARS) {
      for (const text of [`${s}\n`, `k: ${s}\n`, `${s}: v\n`, `- ${s}\n`, `[${s}]\n`, `k: !!str ${s}\n`, `k: !!int ${s}\n`, `k: !!float ${s}\n`]) {
        expect(load(text, fastCoreSchema), JSON.stringify(text)).toEqual(load(text, jsYaml.CORE_SCHEMA));
      }
    }
  });

  it('loads arbitrary number-like scalars exactly as CORE_SCHEMA does', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[-+0-9._eEoxbINFnaAfFtTrueslN~ ]{0,8}$/), (s) => {
        const text = `k: ${s}\n`;
        expect(load(text, fastCoreSchema)).toEqual(load(text, jsYaml.CORE_SCHEMA));
      }),
      { numRuns: 2000 },
    );
  });

  it('loads every YAML file in the repository exactly as CORE_SCHEMA does', () => {
    const files = ['questionnaires', 'examples', 'test/fixtures'].flatMap((dir) =>
      readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
        // The alias bomb loads fine (aliases are shared) but comparing it would expand it.
        .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name) && e.name !== 'alias-bomb.yaml')
        .map((e) => join(e.parentPath, e.name)),
    );
    expect(files.length).toBeGreaterThan(80);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(load(text, fastCoreSchema), file).toEqual(load(text, jsYaml.CORE_SCHEMA));
    }
  });
});
