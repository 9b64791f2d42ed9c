// The cheap locator (js-yaml's node events) must point exactly where `yaml`'s positioned document
// points, for every node of every YAML file in the repository, or decline and leave it to the
// document.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { stringify } from 'yaml';
import { blockOffsets } from '../../../src/core/yaml/blockYaml.js';
import { describe, expect, it } from 'vitest';
import { documentOffsets, eventOffsets, offsetsOfPaths, type PathQuery } from '../../../src/core/yaml/offsetsOfPaths.js';
import { ROOT } from '../../helpers/cli.js';

function yamlFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Every path in the data, at the value and (for mapping entries) at the key, plus some misses. */
function everyPath(data: unknown): PathQuery[] {
  const out: PathQuery[] = [{ path: ['no-such-key'] }, { path: [99] }, { path: ['sections', 0, 'questions', 0, 'no-such-key'], atKey: true }];
  const walk = (v: unknown, path: (string | number)[]): void => {
    if (out.length > 5000) return; // an alias bomb expands without end
    out.push({ path });
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v !== null && typeof v === 'object') {
      for (const k of Object.keys(v)) {
        out.push({ path: [...path, k], atKey: true });
        walk((v as Record<string, unknown>)[k], [...path, k]);
      }
    }
  };
  walk(data, []);
  return out;
}

const files = ['questionnaires', 'examples', 'test/fixtures'].flatMap(yamlFiles);

/** The queries where `found` points elsewhere than the positioned document does. */
function mismatches(text: string, queries: readonly PathQuery[], found: readonly number[]): object[] {
  const slow = documentOffsets(text, queries);
  return queries.flatMap((q, i) => (found[i] === slow[i] ? [] : [{ ...q, found: found[i], slow: slow[i] }]));
}

describe('offsetsOfPaths', () => {
  it('finds the repository holds a good spread of YAML to compare on', () => {
    expect(files.length).toBeGreaterThan(80);
  });

  it('agrees with the positioned document on every node of every file, or declines', () => {
    let compared = 0;
    let declined = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      let data: unknown;
      try {
        data = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
      } catch {
        continue; // syntax errors are positioned by `yaml` alone
      }
      const queries = everyPath(data);
      const fast = eventOffsets(text, queries);
      if (fast === undefined) {
        declined++;
        continue;
      }
      expect(mismatches(text, queries, fast).map((d) => ({ file, ...d }))).toEqual([]);
      compared++;
    }
    // Most files take the cheap way; the declined ones are those with anchors, tags or empty items.
    expect(compared).toBeGreaterThan(files.length * 0.8);
    expect(declined).toBeGreaterThan(0);
  });

  it('the block reader agrees with the positioned document on every node, or declines, in every file and block-style rewrites of them', () => {
    let compared = 0;
    for (const file of files) {
      const original = readFileSync(file, 'utf8');
      let data: unknown;
      try {
        data = jsYaml.load(original, { schema: jsYaml.CORE_SCHEMA });
      } catch {
        continue;
      }
      // The repository's hand-written files use flow collections; icare and form tools write block style.
      const texts = data !== null && typeof data === 'object' ? [original, stringify(data, { lineWidth: 60 }), jsYaml.dump(data, { lineWidth: 40 })] : [original];
      for (const text of texts) {
        const queries = everyPath(jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }));
        const block = blockOffsets(text, queries);
        if (block === undefined) continue;
        expect(mismatches(text, queries, block).map((d) => ({ file, text: text.slice(0, 200), ...d })).slice(0, 3)).toEqual([]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(files.length);
  });

  it('declines on anchors, tags and empty sequence items, and the combined answer is the document one', () => {
    for (const name of ['properties.yaml', 'empty-item.yaml']) {
      const text = readFileSync(join(ROOT, 'test/fixtures/yaml-shapes', name), 'utf8');
      const queries = everyPath(jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }));
      expect(eventOffsets(text, queries), name).toBeUndefined();
      expect(offsetsOfPaths(text, queries)).toEqual(documentOffsets(text, queries));
    }
  });

  it('points at an empty value just after its colon, as the document does', () => {
    const text = 'a: 1\nb:\nc: {d: }\n';
    const queries = [{ path: ['b'] }, { path: ['c', 'd'] }, { path: ['c', 'd'], atKey: true }];
    // "b:" ends at 7; in "c: {d: }" the "d" is at 12 and the "}" after the blank at 15.
    expect(eventOffsets(text, queries)).toEqual([7, 15, 12]);
    expect(documentOffsets(text, queries)).toEqual([7, 15, 12]);
    // The same in block style, placed by the block reader: "  d:  " has d at 13 and its blanks end at 17.
    const block = 'a: 1\nb:\nc:\n  d:  \n';
    expect(blockOffsets(block, queries)).toEqual([7, 17, 13]);
    expect(documentOffsets(block, queries)).toEqual([7, 17, 13]);
  });
});
