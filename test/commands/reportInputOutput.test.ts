import { mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalise, ROOT, runCli } from '../helpers/cli.js';
import { checkTables, ICARE, NOV, textOf } from '../helpers/report.js';

describe('icare report: invalid or missing input, --out files and hostile text', () => {
  it('refuses invalid answers with the same findings as validate', async () => {
    const r = await runCli(['report', 'test/fixtures/answers/answer-out-of-scale.yaml', '-q', 'test/fixtures/answers/mini.yaml']);
    expect(r.code).toBe(1);
    expect(normalise(r.stderr)).toContain('test/fixtures/answers/answer-out-of-scale.yaml:5:10 error answer 7 to "greet" is outside its scale 1–5 (answer-out-of-scale)');
    expect(r.stdout).toBe('');
  });

  it('--out writes atomically and refuses to overwrite without --force', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'icare-report-'));
    const out = join(dir, 'scorecard.md');
    expect((await runCli(['report', NOV, '--format', 'markdown', '--out', out])).code).toBe(0);
    const first = readFileSync(out, 'utf8');
    expect(first).toContain('# ICARE');
    writeFileSync(out, 'my own notes');
    const again = await runCli(['report', NOV, '--format', 'markdown', '--out', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists; use --force');
    expect(readFileSync(out, 'utf8')).toBe('my own notes');
    expect((await runCli(['report', NOV, '--format', 'markdown', '--out', out, '--force'])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(first);
    expect(readdirSync(dir)).toEqual(['scorecard.md']);
  });

  it('an empty folder or a missing file is a usage error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'icare-empty-'));
    expect((await runCli(['report', dir])).code).toBe(2);
    const r = await runCli(['report', 'nope.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nope.yaml: no such file or folder');
  });

  it('escapes hostile text in every format', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'icare-hostile-'));
    writeFileSync(
      join(dir, 'a.yaml'),
      `questionnaire: icare\nversion: ${ICARE.version}\norganisation: "Evil | Corp <b>\\e[2J"\nrespondent: {name: "**Mallory**", role: frontline}\nanswers:\n  wait-apology: {value: 1, note: "<script>alert(1)</script> | # not a heading \\e]0;title\\a"}\n`,
    );
    expect(existsSync(join(dir, 'a.yaml'))).toBe(true);
    const term = await runCli(['report', dir, '--all']);
    expect(term.code).toBe(0);
    expect(term.stdout).not.toMatch(/[\u001b\u0007]/);
    const md = await runCli(['report', dir, '--format', 'markdown']);
    expect(md.stdout).not.toContain('<script>');
    expect(md.stdout).toContain('\\<script\\>');
    expect(md.stdout).toContain('Evil \\| Corp');
    // One answer: no verdict, and the note still appears.
    expect(md.stdout).toContain('\\<script\\>alert(1)\\</script\\> \\| # not a heading');
    checkTables(md.stdout);
  });

  it('escapes hostile text in html', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'icare-hostile-'));
    writeFileSync(
      join(dir, 'a.yaml'),
      `questionnaire: icare\nversion: ${ICARE.version}\norganisation: "Evil | Corp <b>\\e[2J"\nrespondent: {name: "**Mallory**", role: frontline}\nanswers:\n  wait-apology: {value: 1, note: "<script>alert(1)</script> | # not a heading \\e]0;title\\a"}\n`,
    );
    const html = await runCli(['report', dir, '--format', 'html']);
    expect(html.stdout).not.toContain('<script>');
    expect(html.stdout).toContain('&lt;script&gt;');
  });
});

describe('icare report: in-progress answers, warnings and answer distributions', () => {
  it('a one-answer in-progress file gives no level and no "on target" anywhere, and says it is in progress', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'icare-one-'));
    writeFileSync(join(dir, 'a.yaml'), `questionnaire: icare\nversion: ${ICARE.version}\nstatus: in-progress\nrespondent: {role: frontline}\nanswers:\n  wait-apology: 5\n`);
    const doc = JSON.parse((await runCli(['report', dir, '--format', 'json'])).stdout);
    expect(doc.score).toBe(100);
    const levels: string[] = JSON.parse((await runCli(['show', 'icare', '--format', 'json'])).stdout).levels.map((l: { name: string }) => l.name);
    for (const format of ['terminal', 'markdown', 'csv']) {
      for (const columns of [60, 80, 120]) {
        const out = (await runCli(['report', dir, '--format', format], { columns })).stdout.replaceAll(doc.questionnaire.title, 'TITLE');
        for (const name of levels) expect(out, `${format} ${name}`).not.toContain(name);
        expect(out).not.toMatch(/on target|meets its target/);
        expect(out).toMatch(/needs more answers/i);
        if (format !== 'csv') expect(out.replace(/\s+/g, ' ')).toContain('one respondent (frontline), still in progress');
      }
    }
  });

  it('warnings come first, under "Before you read this"; with --names naming at most five files then how many more', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'icare-warn-'));
    const files = readdirSync(join(ROOT, NOV)).sort().slice(0, 7);
    for (const f of files) writeFileSync(join(dir, f), readFileSync(join(ROOT, NOV, f), 'utf8').replace('status: complete', 'status: in-progress'));
    const doc = JSON.parse((await runCli(['report', dir, '--format', 'json', '--names'])).stdout);
    const warning = doc.warnings.find((w: { rule: string }) => w.rule === 'in-progress');
    expect(warning.files).toHaveLength(7);
    const term = (await runCli(['report', dir, '--names'], { columns: 200 })).stdout;
    const md = (await runCli(['report', dir, '--format', 'markdown', '--names'])).stdout;
    for (const out of [term, md]) {
      const part = out.slice(out.indexOf('Before you read this')).replace(/\s+/g, ' ');
      expect(out.indexOf('Before you read this')).toBeLessThan(out.indexOf('Priorities'));
      expect(part).toContain(warning.message);
      expect(part).toContain('and 2 more');
      expect(part.replace(/\\/g, '')).toContain(warning.files.slice(0, 5).join(', '));
      expect(part).not.toContain(warning.files[5]);
    }
    expect(term).toContain(`${doc.respondents} respondents`);
    expect(term).toContain(`${doc.inProgress} still in progress`);
    // Files are often named after their respondent: without --names the report gives the warning
    // and leaves the files to stderr, for whoever runs it.
    for (const format of ['terminal', 'markdown', 'json', 'html', 'csv']) {
      const r = await runCli(['report', dir, '--format', format]);
      expect(r.stdout, format).toContain(format === 'csv' ? '' : 'in progress');
      for (const f of files) expect(r.stdout, `${format} ${f}`).not.toContain(f.replace(/\.yaml$/, ''));
      expect(r.stderr).toContain(`in-progress (files not named in the report without --names): ${warning.files.join(', ')}`);
    }
  });

  it('markdown: each question\'s answers as a distribution, with n/a, don\'t know and "not visible to the people asked"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'icare-dk-'));
    const values = [1, 'dont-know', 'dont-know', 4, 'n/a'];
    values.forEach((v, i) => writeFileSync(join(dir, `r${i}.yaml`), `questionnaire: icare\nversion: ${ICARE.version}\nanswers:\n  same-standard-everywhere: ${v}\n  wait-apology: ${1 + i}\n`));
    const doc = JSON.parse((await runCli(['report', dir, '--format', 'json'])).stdout);
    const q = doc.sections[0].questions.find((x: { id: string }) => x.id === 'same-standard-everywhere');
    expect(q.notVisible).toBe(true);
    const md = (await runCli(['report', dir, '--format', 'markdown'])).stdout;
    checkTables(md);
    const sameText = (await textOf('icare', 'same-standard-everywhere')).slice(0, 40);
    const row = md.split('\n').find((l) => l.startsWith('| ') && l.includes(sameText))!;
    const asked = q.coverage.total + q.na;
    expect(row).toContain(`not visible to the people asked (${Math.round((100 * q.dontKnow) / asked)}% don't know)`);
    expect(row).toContain('`1█ 2· 3· 4█ 5·` · n/a 1 · don\'t know 2');
    expect(row).toMatch(/\| 2\/4 \| 1 \| 2 \|/);
    const waitText = (await textOf('icare', 'wait-apology')).slice(0, 40);
    const busy = md.split('\n').find((l) => l.startsWith('| ') && l.includes(waitText))!;
    expect(busy).toContain('`1█ 2█ 3█ 4█ 5█`');
  });
});
