// `npm pack` gives a tarball that `npm install -g` turns into a working `icare` command,
// bundled questionnaires, schemas and examples included.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

describe('the npm package', () => {
  it('installs globally from its tarball and runs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'icare-pack-'));
    const npm = (args: string[]) => execFileSync('npm', args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, npm_config_ignore_scripts: 'true' } });
    const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', dir])) as { filename: string; files: { path: string }[] }[];
    const files = packed[0]!.files.map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(['bin/icare.js', 'dist/cli.js', 'questionnaires/icare.yaml', 'questionnaires/icare-customers.yaml', 'schema/questionnaire.schema.json', 'schema/answers.schema.json', 'dist/catalog.json']));
    expect(files.some((f) => f.startsWith('src/') || f.startsWith('test/'))).toBe(false);
    npm(['install', '-g', '--prefix', join(dir, 'prefix'), '--prefer-offline', '--no-audit', '--no-fund', join(dir, packed[0]!.filename)]);
    const icare = (args: string[]) => spawnSync(join(dir, 'prefix/bin/icare'), args, { cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20, env: { PATH: process.env.PATH, NO_COLOR: '1' } });
    const version = icare(['--version']);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const validate = icare(['validate']);
    const bundled = files.filter((f) => /^questionnaires\/[^/]+\.yaml$/.test(f)).length;
    expect(validate.stdout).toContain(`${bundled} files checked: 0 errors, 0 warnings`);
    expect(validate.status).toBe(0);
    // A syntax error and an alias take the positioned parser, which is loaded on first use.
    writeFileSync(join(dir, 'broken.yaml'), 'id: broken\ntitle: [unclosed\n');
    writeFileSync(join(dir, 'anchored.yaml'), 'id: Anchored\ntitle: &t Anchored\nversion: 1\nsections: []\ndescription: *t\n');
    const broken = icare(['validate', 'broken.yaml', 'anchored.yaml', '--format', 'json']);
    expect(broken.status).toBe(1);
    const rules = (JSON.parse(broken.stdout) as { file: string; rule: string; line: number }[]).map((f) => `${f.file} ${f.rule}`);
    expect(rules).toEqual(expect.arrayContaining(['broken.yaml yaml-syntax', 'anchored.yaml schema-min-items']));
    const report = icare(['report', join(dir, 'prefix/lib/node_modules/icare/examples/icare/2026-11-16'), '--format', 'json']);
    expect(report.status).toBe(0);
    expect(JSON.parse(report.stdout).respondents).toBe(10);
  }, 120_000);
});
