// Shared by the HTML page tests: the bundled questionnaires and examples, checks on a page as
// text, and headless Chromium to render it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import { expect, it } from 'vitest';
import type { Answers, Questionnaire } from '../../src/core/model/model.js';
import type { RenderContext } from '../../src/render/context.js';
import { loadCatalogFiles } from '../../src/shell/catalog.js';
import { expandPaths, yamlFilesIn } from '../../src/shell/files.js';
import { loadAnswersFiles } from '../../src/shell/loadFiles.js';
import { ROOT } from './cli.js';

export const ctx: RenderContext = { chalk: new Chalk({ level: 0 }), width: 80, version: '9.9.9-test' };
export const ESC = '\u001b';

export interface Bundled {
  readonly questionnaire: (id: string) => Questionnaire;
  /** Answers files under these paths (relative to the repository), which must load without findings. */
  readonly answersIn: (...paths: string[]) => Promise<Answers[]>;
}

/** The bundled questionnaires and any `extra` questionnaire files, which must load without findings. */
export function bundled(extra: readonly string[] = []): Bundled {
  const loaded = loadCatalogFiles(yamlFilesIn(join(ROOT, 'questionnaires')), extra, ROOT);
  expect(loaded.findings).toEqual([]);
  const catalog = loaded.catalog;
  return {
    questionnaire: (id) => {
      const q = catalog.get(id);
      if (!q) throw new Error(`bundled questionnaire ${id} is missing`);
      return q;
    },
    answersIn: async (...paths) => {
      const r = loadAnswersFiles(await expandPaths(paths, ROOT), catalog, ROOT);
      // Hostile test files hold control characters on purpose: validate's warning about them is expected.
      expect(r.findings.filter((f) => f.rule !== 'control-characters')).toEqual([]);
      return r.answers;
    },
  };
}

/** The bundled ICARE example's two rounds. */
export async function icareRounds(b: Bundled): Promise<{ icare: Questionnaire; before: Answers[]; after: Answers[] }> {
  return { icare: b.questionnaire('icare'), before: await b.answersIn('examples/icare/2026-05-18'), after: await b.answersIn('examples/icare/2026-11-16') };
}

/** Tags opened and closed in order (void elements and self-closed SVG elements aside); the first mismatch, or null. */
function unbalancedTag(doc: string): string | null {
  const VOID = new Set(['meta', 'br', 'hr', 'img', 'input', 'link', 'col', 'wbr', 'area', 'base', 'source']);
  const body = doc.replace(/<style>[\s\S]*?<\/style>/, '');
  const stack: string[] = [];
  for (const m of body.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/g)) {
    const [, close, rawName, selfClose] = m;
    const name = rawName!.toLowerCase();
    if (selfClose || VOID.has(name)) continue;
    if (!close) stack.push(name);
    else if (stack.pop() !== name) return `</${name}> at offset ${m.index}`;
  }
  return stack.length ? `<${stack[stack.length - 1]}> never closed` : null;
}

export function expectSelfContainedDocument(doc: string): void {
  expect(doc.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
  expect(doc).toContain('<meta charset="utf-8">');
  expect(doc).toMatch(/<title>[^<]+<\/title>/);
  expect(doc.trimEnd().endsWith('</html>')).toBe(true);
  expect(doc.match(/<!doctype/gi)).toHaveLength(1);
  expect(unbalancedTag(doc)).toBeNull();
  // No network: nothing to fetch, no script at all. (Only the offending text is printed on failure.)
  for (const re of [/https?:\/\//i, /<[a-z][^>]*\ssrc\s*=/i, /<[a-z][^>]*\shref\s*=\s*(?!["']?#)/i, /<link\b/i, /<script/i, /url\(|@import/i]) {
    expect(doc.match(re)?.[0], String(re)).toBeUndefined();
  }
  expect(doc).toContain("default-src 'none'");
  expect(doc).toContain('@media print');
  // Numbers never leak as JavaScript values.
  expect(doc.match(/.{0,60}(?:NaN|undefined|Infinity|>null<).{0,20}/)?.[0]).toBeUndefined();
}

export const count = (doc: string, needle: string | RegExp): number =>
  typeof needle === 'string' ? doc.split(needle).length - 1 : (doc.match(new RegExp(needle.source, needle.flags.includes('g') ? needle.flags : `${needle.flags}g`)) ?? []).length;

export function tableBody(doc: string, cls: string, nth = 0): string {
  const tables = [...doc.matchAll(new RegExp(`<table class="${cls}">([\\s\\S]*?)</table>`, 'g'))];
  const t = tables[nth]?.[1];
  if (t === undefined) throw new Error(`no table.${cls} #${nth}`);
  return t;
}

// ---- a real browser ----

const CHROMIUM = '/usr/bin/chromium';

export function chromium(args: readonly string[], profile: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(
    CHROMIUM,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND',
      // The page's console (CSP violations, errors) goes to stderr as ":CONSOLE" lines.
      '--enable-logging=stderr',
      '--v=0',
      `--user-data-dir=${profile}`,
      ...args,
    ],
    { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
  );
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? String(r.error ?? '') };
}

/** What the page said on its console while loading: CSP violations, errors. */
export function consoleMessages(stderr: string): string[] {
  return stderr.split('\n').filter((l) => /:CONSOLE[:(]/.test(l));
}

/**
 * Whether Chromium is there to render pages in; when it is not, registers the one test that says
 * so (failing in CI, which must install it; skipped elsewhere). Call inside a describe.
 */
export function haveChromium(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI) {
    it('needs Chromium in CI', () => {
      expect.fail(`${CHROMIUM} not found: CI must install Debian's chromium package to test the HTML pages in a browser`);
    });
  } else {
    it.skip(`renders the pages (skipped: ${CHROMIUM} not found; apt-get install chromium to run it)`, () => {});
  }
  return false;
}
