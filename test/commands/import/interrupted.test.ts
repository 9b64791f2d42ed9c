// Ctrl-C during an import: nothing half-imported is left behind.
import { exitCodeFor } from '../../../src/cli.js';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCsv } from '../../../src/commands/import/index.js';
import { makeContext } from '../../../src/shell/context.js';
import { ROOT } from '../../helpers/cli.js';
import { fixture } from '../../helpers/importedFiles.js';
import { tempFolders } from '../../helpers/tempFolders.js';

const tmp = tempFolders('icare-import-');

describe('icare import: interrupted', () => {
  it('Ctrl-C stops at the next row, removes what it staged and leaves --out as it was', async () => {
    const root = tmp();
    const csv = join(root, 'big.csv');
    const [header, ...data] = readFileSync(fixture('google-forms.csv'), 'utf8').trimEnd().split('\n');
    // Rows without a quoted line break, repeated: enough that the import is under way when Ctrl-C comes.
    const oneLine = data.filter((l) => (l.match(/"/g) ?? []).length % 2 === 0);
    expect(oneLine.length).toBeGreaterThan(0);
    writeFileSync(csv, [header, ...Array.from({ length: 3000 }, (_, i) => oneLine[i % oneLine.length])].join('\n') + '\n');
    const out = join(root, 'out');
    let err = '';
    let removed = 0;
    const ctx = await makeContext(
      {
        stdout: { write: () => true },
        stderr: { write: (t: string) => ((err += t), true) },
        stdin: process.stdin,
        env: { NO_COLOR: '1' },
        cwd: root,
        // The interrupt arrives once the import has started writing.
        onInterrupt: (handler) => {
          const timer = setInterval(() => {
            if (existsSync(out) && readdirSync(out).some((f) => f.startsWith('.icare-import-'))) {
              clearInterval(timer);
              handler();
            }
          }, 1);
          return () => {
            clearInterval(timer);
            removed++;
          };
        },
      },
      ROOT,
    );
    const code = await importCsv({ csv, questionnaire: 'icare', questionnaires: [], out, format: 'text' }, ctx).catch((e: unknown) => exitCodeFor(e, ctx));
    expect(err).toMatch(/^icare: interrupted after \d+ rows; nothing was imported\n$/);
    expect(code).toBe(130);
    expect(removed).toBe(1);
    expect(existsSync(out)).toBe(false);
  });
});
