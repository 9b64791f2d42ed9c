import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/core/yaml/parseYaml.js';
import { FIXTURES, normalise, ROOT, runCli, spawnCli } from '../helpers/cli.js';

/** The bundled questionnaires, counted from the folder rather than assumed. */
const BUNDLED = readdirSync(join(ROOT, 'questionnaires')).filter((f) => f.endsWith('.yaml')).length;

interface JsonFinding {
  file: string;
  line: number;
  column: number;
  severity: string;
  rule: string;
  message: string;
}

/** Each fixture states what it must produce on its first line: `# expect: error rule line:col`. */
function expectation(path: string): { severity: string; rule: string; line: number; column: number } | null {
  const bytes = readFileSync(path);
  // A UTF-16 fixture states its expectation in UTF-16 too.
  const text = bytes[0] === 0xff && bytes[1] === 0xfe ? bytes.subarray(2).toString('utf16le') : bytes.toString('latin1');
  const head = text.split('\n')[0] ?? '';
  const m = /^# expect: (error|warning) ([a-z0-9-]+) (\d+):(\d+)$/.exec(head);
  if (!m) {
    expect(head).toBe('# expect: nothing');
    return null;
  }
  return { severity: m[1]!, rule: m[2]!, line: Number(m[3]), column: Number(m[4]) };
}

async function findings(args: string[]): Promise<{ code: number; list: JsonFinding[] }> {
  const r = await runCli(['validate', ...args, '--format', 'json']);
  return { code: r.code, list: JSON.parse(r.stdout) as JsonFinding[] };
}

describe('icare validate: one fixture per rule, exact positions', () => {
  const dir = join(FIXTURES, 'validate');
  for (const name of readdirSync(dir).sort()) {
    it(name, async () => {
      const want = expectation(join(dir, name));
      const { code, list } = await findings([join(dir, name)]);
      if (!want) {
        expect(list).toEqual([]);
        expect(code).toBe(0);
        return;
      }
      expect(list[0]).toMatchObject({ file: `test/fixtures/validate/${name}`, ...want });
      expect(code).toBe(want.severity === 'error' ? 1 : 0);
    });
  }
});

describe('icare validate: answers files against their questionnaire', () => {
  const dir = join(FIXTURES, 'answers');
  for (const name of readdirSync(dir).filter((n) => n !== 'mini.yaml').sort()) {
    it(name, async () => {
      const want = expectation(join(dir, name));
      const { code, list } = await findings([join(dir, name), '--questionnaires', join(dir, 'mini.yaml')]);
      if (!want) {
        expect(list).toEqual([]);
        expect(code).toBe(0);
        return;
      }
      expect(list).toHaveLength(1);
      expect(list[0]).toMatchObject(want);
      expect(code).toBe(want.severity === 'error' ? 1 : 0);
    });
  }

  it('finds the questionnaire among the paths given, not only in --questionnaires', async () => {
    const { code, list } = await findings([join(dir, 'mini.yaml'), join(dir, 'valid-answers.yaml')]);
    expect(list).toEqual([]);
    expect(code).toBe(0);
  });
});

describe('icare validate: one run lists every finding', () => {
  const dir = join(FIXTURES, 'validate-all');
  const mini = join(FIXTURES, 'answers', 'mini.yaml');
  const said = (list: JsonFinding[], file: string): string[] => list.filter((f) => f.file.endsWith(file)).map((f) => `${f.severity} ${f.rule}: ${f.message}`);

  it('a file with schema errors gets the rules\' findings too, the same ones as once the schema errors are fixed', async () => {
    const { code, list } = await findings([dir, '--questionnaires', mini]);
    expect(code).toBe(1);
    const rules = (file: string) => [...new Set(list.filter((f) => f.file.endsWith(file)).map((f) => f.rule))].sort();
    expect(rules('everything-wrong.yaml')).toEqual([
      'kebab-case-id',
      'levels-ascending',
      'levels-start-at-zero',
      'missing-recommendation',
      'options-on-non-choice',
      'scale-min-below-max',
      'scale-not-allowed',
      'schema-type',
      'schema-unknown-key',
      'unique-question-id',
      'unique-section-id',
    ]);
    expect(rules('answers-wrong.yaml')).toEqual(['answer-type', 'invalid-date', 'schema-type', 'schema-unknown-key', 'unknown-question', 'version-mismatch']);
    // The value the schema refused is named once, by the schema.
    expect(list.filter((f) => f.file.endsWith('answers-wrong.yaml') && f.line === 7)).toHaveLength(1);

    // Fixing only the schema errors brings nothing new to light.
    const fixed = mkdtempSync(join(tmpdir(), 'icare-fixed-'));
    const q = readFileSync(join(dir, 'everything-wrong.yaml'), 'utf8').replace('colour: blue\n', '').replace('    weight: heavy\n', '');
    const a = readFileSync(join(dir, 'answers-wrong.yaml'), 'utf8').replace(', age: 40', '').replace('greet: 3.5', 'greet: 3').replace('note: 7', 'note: "7"');
    writeFileSync(join(fixed, 'everything-wrong.yaml'), q);
    writeFileSync(join(fixed, 'answers-wrong.yaml'), a);
    const after = await findings([fixed, '--questionnaires', mini]);
    for (const file of ['everything-wrong.yaml', 'answers-wrong.yaml']) {
      expect(said(after.list, file).some((f) => f.includes('schema-')), file).toBe(false);
      expect(said(after.list, file), file).toEqual(said(list, file).filter((f) => !/ schema-/.test(f)));
    }
  });

  it('the text format lists them all under the file, with the count', async () => {
    const r = await runCli(['validate', join(dir, 'everything-wrong.yaml')]);
    expect(r.stdout).toMatch(/^1 file checked: 11 errors, 2 warnings$/m);
  });
});

describe('icare validate: the bundled library and the examples', () => {
  it('passes on the bundled questionnaires by default, with no warnings', async () => {
    const r = await runCli(['validate']);
    expect(r.code).toBe(0);
    expect(BUNDLED).toBe(6);
    expect(r.stdout).toMatch(new RegExp(`^${BUNDLED} files checked: 0 errors, 0 warnings$`, 'm'));
  });

  it('passes on every example answers file', async () => {
    const r = await runCli(['validate', 'examples', '--max-warnings', '0']);
    expect(r.stdout).toMatch(/files checked: 0 errors, 0 warnings/);
    expect(r.code).toBe(0);
  });
});

describe('icare validate: formats', () => {
  const bad = join(FIXTURES, 'validate', 'unique-question-id.yaml');
  const warn = join(FIXTURES, 'validate', 'missing-recommendation.yaml');

  it('text: grouped by file with a summary line', async () => {
    const r = await runCli(['validate', bad, warn]);
    expect(r.code).toBe(1);
    expect(normalise(r.stdout)).toContain('test/fixtures/validate/unique-question-id.yaml:12:13 error duplicate question id "greet" (first used in section "basics") (unique-question-id)');
    expect(r.stdout).toMatch(/2 files checked: 1 error, 1 warning\n$/);
  });

  it('github: workflow annotations', async () => {
    const r = await runCli(['validate', bad, '--format', 'github']);
    expect(r.stdout).toBe(
      '::error file=test/fixtures/validate/unique-question-id.yaml,line=12,col=13,title=unique-question-id::duplicate question id "greet" (first used in section "basics")\n',
    );
  });

  it('sarif: a SARIF 2.1.0 log with rule ids and 1-based regions', async () => {
    const r = await runCli(['validate', bad, warn, '--format', 'sarif']);
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe('2.1.0');
    const results = log.runs[0].results;
    expect(results).toHaveLength(2);
    // Findings are sorted by file: the warning's file name sorts first.
    expect(results[0]).toMatchObject({ ruleId: 'missing-recommendation', level: 'warning' });
    expect(results[1]).toMatchObject({
      ruleId: 'unique-question-id',
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'test/fixtures/validate/unique-question-id.yaml' }, region: { startLine: 12, startColumn: 13 } } }],
    });
    expect(log.runs[0].tool.driver.rules.map((x: { id: string }) => x.id)).toEqual(['missing-recommendation', 'unique-question-id']);
  });

  it('--max-warnings turns too many warnings into a failure', async () => {
    expect((await runCli(['validate', warn])).code).toBe(0);
    expect((await runCli(['validate', warn, '--max-warnings', '1'])).code).toBe(0);
    const r = await runCli(['validate', warn, '--max-warnings', '0']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('1 warnings exceed --max-warnings 0');
  });
});

describe('icare validate: hostile and odd input', () => {
  it('never echoes terminal escapes raw', async () => {
    const r = await runCli(['validate', join(FIXTURES, 'validate', 'terminal-escape.yaml')]);
    expect(r.stdout).not.toMatch(/\u001b|\u0007/);
    expect(r.stdout).toContain('\\u001b[2J');
  });

  it('refuses files over the size bound without parsing them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'icare-big-'));
    const file = join(dir, 'big.yaml');
    writeFileSync(file, `id: big\ndescription: "${'x'.repeat(MAX_FILE_BYTES)}"\n`);
    const { code, list } = await findings([file]);
    expect(code).toBe(1);
    expect(list[0]).toMatchObject({ rule: 'file-too-large', line: 1, column: 1 });
  });

  it('flags a questionnaire id used by two files', async () => {
    const { code, list } = await findings([join(FIXTURES, 'validate-dup')]);
    expect(code).toBe(1);
    expect(list).toEqual([expect.objectContaining({ file: 'test/fixtures/validate-dup/b-second.yaml', rule: 'unique-questionnaire-id', line: 1, column: 5 })]);
  });

  it('takes globs', async () => {
    const r = await runCli(['validate', 'test/fixtures/answers/valid-*.yaml', '-q', 'test/fixtures/answers/mini.yaml']);
    expect(r.stdout).toMatch(/^1 file checked: 0 errors, 0 warnings$/m);
    expect(r.code).toBe(0);
  });

  it('points a CSV export at `icare import` instead of listing YAML errors', async () => {
    const csv = join(FIXTURES, 'import', 'google-forms.csv');
    const { code, list } = await findings([csv]);
    expect(code).toBe(1);
    expect(list).toEqual([expect.objectContaining({ rule: 'csv-file', line: 1, column: 1, message: expect.stringContaining('`icare report` reads it as it is when told which questionnaire the form asked (`--questionnaire ID`)') })]);
    // report reads exports itself, once told which questionnaire the form asked.
    const r = await runCli(['report', csv]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('CSV exports need --questionnaire ID');
  });

  it('a missing path is a usage error (exit 2), not a finding', async () => {
    const r = await runCli(['validate', 'no/such/file.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no/such/file.yaml: no such file or folder');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('icare validate through the built binary', () => {
  it('exit codes and output match the in-process run', () => {
    const ok = spawnCli(['validate']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(`${BUNDLED} files checked: 0 errors, 0 warnings`);
    const bad = spawnCli(['validate', 'test/fixtures/validate/unique-question-id.yaml', '--format', 'json']);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout)[0].rule).toBe('unique-question-id');
    const usage = spawnCli(['validate', '--format', 'xml']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("argument 'xml' is invalid");
  });
});
