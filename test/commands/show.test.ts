import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { marked, type Token } from 'marked';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { escapeMarkdown } from '../../src/render/markdown/escapeMarkdown.js';
import { oneLine } from '../../src/render/text/sanitize.js';
import { FIXTURES, ROOT, runCli, spawnCli } from '../helpers/cli.js';
import { printedCommands, runPrinted } from '../helpers/printedCommands.js';

interface RawQuestion {
  id: string;
  text: string;
  type?: string;
  reverse?: boolean;
  options?: { label: string }[];
}
interface RawQuestionnaire {
  id: string;
  title: string;
  sections: { id: string; title: string; questions: RawQuestion[] }[];
}

const bundled: RawQuestionnaire[] = readdirSync(join(ROOT, 'questionnaires'))
  .filter((n) => n.endsWith('.yaml'))
  .sort()
  .map((n) => parse(readFileSync(join(ROOT, 'questionnaires', n), 'utf8')) as RawQuestionnaire);

const HOSTILE_DIR = join(FIXTURES, 'show');

/** The text a reader of the rendered Markdown sees, token by token. */
function visibleText(tokens: readonly Token[]): string {
  let out = '';
  const walk = (ts: readonly Token[]): void => {
    for (const t of ts) {
      if ('tokens' in t && Array.isArray(t.tokens) && t.tokens.length) walk(t.tokens as Token[]);
      else if ('items' in t && Array.isArray(t.items)) walk(t.items as Token[]);
      else if ('text' in t && typeof t.text === 'string') out += t.text;
      else out += ' ';
    }
  };
  walk(tokens);
  return out;
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

describe('icare show (terminal)', () => {
  for (const q of bundled) {
    it(`${q.id}: every section and question, with reverse markers`, async () => {
      const r = await runCli(['show', q.id]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toContain(q.title);
      for (const s of q.sections) {
        expect(r.stdout).toContain(`. ${s.title} (${s.id})`);
        // The facts follow the id, on the same line when they fit.
        for (const question of s.questions) expect(r.stdout).toMatch(new RegExp(`• ${question.id}(?: · |\\n {5}\\S)`));
      }
      const reversed = q.sections.flatMap((s) => s.questions).filter((x) => x.reverse).length;
      expect(r.stdout.split('reverse-scored ↺').length - 1).toBe(reversed);
      for (const line of r.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    });
  }

  it('shows scales, options with their scores, weights and targets', async () => {
    const r = await runCli(['show', 'icare']);
    expect(r.stdout).toContain('1. Ideal service (ideal-service) · weight 1.5 · target 75%');
    expect(r.stdout).toMatch(/• same-standard-everywhere · scale 1–5 \(1 Never … 5 Always\)/);
    expect(r.stdout).toContain('- Known informally but not written down (0.33)');
    expect(r.stdout).toMatch(/0–40 +Reactive/);
  });

  it('exits 2 for an unknown id and names the known ones', async () => {
    const r = await runCli(['show', 'no-such-thing']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('no questionnaire with id "no-such-thing"');
    for (const q of bundled) expect(r.stderr).toContain(q.id);
  });

  it('prints no raw control sequences from a hostile questionnaire', async () => {
    const r = await runCli(['show', 'hostile-text', '-q', HOSTILE_DIR], { env: { FORCE_COLOR: '1', NO_COLOR: undefined } });
    expect(r.code).toBe(0);
    // Colour is on, so the only ESC sequences left are chalk's own SGR codes.
    expect(r.stdout).toContain('\u001b[');
    const withoutSgr = r.stdout.replace(/\u001b\[[0-9;]*m/g, '');
    expect(withoutSgr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(withoutSgr).not.toContain('pwned');
    expect(withoutSgr).toContain('Hostile red <script>alert(1)</script> | # *title*');
    expect(withoutSgr).toContain('Basics | with a pipe');
  });
});

describe('icare show: the commands it prints work when pasted', () => {
  it('carries --questionnaires in the blank-form command and in the form\'s assess line', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'icare-show-'));
    const folder = join(cwd, 'my questionnaires');
    mkdirSync(folder);
    copyFileSync(join(FIXTURES, 'validate', 'valid-questionnaire.yaml'), join(folder, 'mini.yaml'));
    const r = await runCli(['show', 'mini', '-q', 'my questionnaires'], { cwd, columns: 60 });
    expect(r.code, r.stderr).toBe(0);
    const [blank] = printedCommands(r.stdout);
    expect(blank).toContain("--questionnaires 'my questionnaires'");
    const ran = runPrinted(blank!, cwd);
    expect(ran.code, ran.stderr).toBe(0);
    const form = readFileSync(join(cwd, 'mini-form.md'), 'utf8');
    const assess = /`(icare assess [^`]+)`/.exec(form)![1]!;
    expect(assess).toBe("icare assess mini --questionnaires 'my questionnaires'");
  });
});

describe('icare show --format markdown', () => {
  for (const q of bundled) {
    it(`${q.id}: a blank form with every question, answer boxes and N/A`, async () => {
      const r = await runCli(['show', q.id, '--format', 'markdown']);
      expect(r.code).toBe(0);
      const md = r.stdout;
      const tokens = marked.lexer(md);
      expect(tokens.filter((t) => t.type === 'heading' && t.depth === 1).map((t) => (t as Extract<Token, { type: 'heading' }>).text)).toEqual([escapeMarkdown(q.title)]);
      const seen = squash(visibleText(tokens));
      const questions = q.sections.flatMap((s) => s.questions);
      questions.forEach((question, i) => {
        expect(md).toContain(`**${i + 1}.** ${escapeMarkdown(oneLine(question.text).trim())}`);
        expect(seen).toContain(squash(question.text));
      });
      for (const s of q.sections) expect(md).toContain(`## ${q.sections.indexOf(s) + 1}. ${escapeMarkdown(s.title)}`);
      // N/A boxes go with scored questions only: not comments, nor customer metrics (NPS, ratings).
      const scored = questions.filter((x) => x.type !== 'text' && x.type !== 'nps' && x.type !== 'rating').length;
      expect(md.split('☐ N/A').length - 1).toBe(scored);
      for (const question of questions.filter((x) => x.type === 'choice')) {
        for (const o of question.options ?? []) expect(md).toContain(`- ☐ ${escapeMarkdown(o.label)}`);
      }
      // Nothing that would bias a respondent.
      expect(md).not.toMatch(/reverse|weight/i);
      expect(md).toContain('**Organisation:**');
      expect(md).toContain('**Date:**');
    });
  }

  it('lays out scales as numbered, labelled boxes and text questions as writing lines', async () => {
    const md = (await runCli(['show', 'icare', '-f', 'markdown'])).stdout;
    expect(md).toContain('☐ 1 Never ☐ 2 Rarely ☐ 3 Sometimes ☐ 4 Usually ☐ 5 Always ☐ N/A');
    expect(md).toContain('☐ Yes ☐ No ☐ N/A');
    expect(md).toMatch(/Describe a recent moment[^\n]*\n\n\\_{20,}\n\n\\_{20,}/);
    // Writing lines are text, not thematic breaks or emphasis.
    const types = new Set<string>();
    const walk = (ts: readonly Token[]): void => {
      for (const t of ts) {
        types.add(t.type);
        if ('tokens' in t && Array.isArray(t.tokens)) walk(t.tokens as Token[]);
        if ('items' in t && Array.isArray(t.items)) walk(t.items as Token[]);
      }
    };
    walk(marked.lexer(md));
    expect([...types].filter((t) => !['heading', 'paragraph', 'text', 'space', 'br', 'strong', 'em', 'list', 'list_item', 'escape', 'hr', 'codespan'].includes(t))).toEqual([]);
    expect(md.match(/^---$/gm)).toHaveLength(1);
  });

  it('escapes a hostile questionnaire: no raw HTML, links or control characters survive', async () => {
    const r = await runCli(['show', 'hostile-text', '-q', HOSTILE_DIR, '--format', 'markdown']);
    expect(r.code).toBe(0);
    const md = r.stdout;
    expect(md).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(md).toContain('# Hostile red \\<script\\>alert(1)\\</script\\> \\| # \\*title\\*');
    expect(md).toContain('Customers are greeted \\<script\\>alert(\'x\')\\</script\\> \\| within a minute \\*fast\\*');
    expect(md).toContain('- ☐ \\[written\\](javascript:alert(1))');
    expect(md).toContain('\\# Not a heading');
    const html = marked.parse(md, { async: false });
    expect(html).not.toMatch(/<(script|img|i|b)\b/);
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('&lt;script&gt;');
    // The description's fake heading and list stay one paragraph of text.
    expect(html.match(/<h1>/g)).toHaveLength(1);
  });
});

describe('icare show --format json', () => {
  it('prints the normalised questionnaire', async () => {
    const r = await runCli(['show', 'icare', '--format', 'json']);
    expect(r.code).toBe(0);
    const q = JSON.parse(r.stdout) as { id: string; target: number; levels: unknown[]; sections: { weight: number; target: number; questions: { type: string; scored: boolean; scale: { min: number; max: number } }[] }[] };
    const raw = bundled.find((x) => x.id === 'icare')!;
    expect(q.id).toBe('icare');
    expect(q.sections).toHaveLength(raw.sections.length);
    expect(q.sections[0]!.weight).toBe(1.5);
    // Defaults are applied: every question has a type, a scale and knows whether it is scored.
    for (const s of q.sections) {
      expect(s.target).toBe(75);
      for (const x of s.questions) {
        expect(typeof x.type).toBe('string');
        expect(x.scale.min).toBeLessThan(x.scale.max);
        expect(x.scored).toBe(x.type !== 'text' && x.type !== 'nps');
      }
    }
  });
});

describe('icare show --out', () => {
  it('writes the file, refuses to overwrite it, and overwrites with --force', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'icare-show-'));
    const first = await runCli(['show', 'five-ideas', '-f', 'markdown', '--out', 'form.md'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    expect(first.stderr).toContain('Wrote form.md');
    const written = readFileSync(join(dir, 'form.md'), 'utf8');
    expect(written).toMatch(/^# The Five Best Customer Service Ideas\n/);

    writeFileSync(join(dir, 'form.md'), 'keep me\n');
    const again = await runCli(['show', 'five-ideas', '-f', 'markdown', '--out', 'form.md'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('form.md already exists; use --force to overwrite it');
    expect(readFileSync(join(dir, 'form.md'), 'utf8')).toBe('keep me\n');
    expect(readdirSync(dir)).toEqual(['form.md']);

    const forced = await runCli(['show', 'five-ideas', '-f', 'markdown', '--out', 'form.md', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'form.md'), 'utf8')).toBe(written);
  });

  it('works from the built binary', () => {
    const r = spawnCli(['show', 'service-truths', '--format', 'markdown']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Moments That Matter/);
    expect(r.stdout).toContain('☐ N/A');
  });
});

describe('icare show: audiences, customer metrics and the ends of a scale', () => {
  // Relative to the project (runCli's cwd): printed commands carry the folder, and an absolute
  // path would make the width check depend on where the project is checked out.
  const KINDS = ['-q', 'test/fixtures/show-kinds'];

  it('terminal: marks who is asked, shows ratings and NPS as customer metrics, names the ends of every scale', async () => {
    for (const columns of [60, 80, 120]) {
      const r = await runCli(['show', 'kinds', ...KINDS], { columns });
      expect(r.code).toBe(0);
      for (const line of r.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(columns);
      const out = squash(r.stdout);
      expect(out).toMatch(/• standards-revised · yes\/no(?: · | )asked of executive, manager/);
      expect(out).toMatch(/• effort · scale 0–10 \(0 lowest … 10 highest\)(?: · | )asked of manager/);
      expect(out).toMatch(/• recommend(?: · | )NPS 0–10 \(0 Not at all likely … 10 Extremely likely\)(?: · | )customer metric, not scored/);
      expect(out).toMatch(/• satisfied(?: · | )rating 1–5 \(1 Very dissatisfied … 5 Very satisfied\)(?: · | )customer metric, not scored/);
    }
  });

  it('markdown form: says who each question is for and what the ends of an unlabelled scale mean', async () => {
    const r = await runCli(['show', 'kinds', ...KINDS, '--format', 'markdown']);
    expect(r.stdout).toContain('**1.** Standards were revised in the last 12 months.\n\n*For: executive, manager*');
    expect(r.stdout).toContain('*For: manager*');
    expect(r.stdout).toContain('☐ 0 lowest ☐ 1 ☐ 2');
    expect(r.stdout).toContain('☐ 9 ☐ 10 highest ☐ N/A');
    expect(r.stdout).toContain('☐ 0 Not at all likely ☐ 1');
    expect(r.stdout).toContain('☐ 1 Very dissatisfied ☐ 2');
  });
});
