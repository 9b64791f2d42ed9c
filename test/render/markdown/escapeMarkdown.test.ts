import fc from 'fast-check';
import { marked, type Token } from 'marked';
import { describe, expect, it } from 'vitest';
import { escapeInline, escapeMarkdown, escapeTableCell } from '../../../src/render/markdown/escapeMarkdown.js';

/** Every token type in a lexed document, depth first. */
function tokenTypes(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  const walk = (ts: readonly Token[]): void => {
    for (const t of ts) {
      out.push(t.type);
      if ('tokens' in t && Array.isArray(t.tokens)) walk(t.tokens as Token[]);
      if ('items' in t && Array.isArray(t.items)) walk(t.items as Token[]);
    }
  };
  walk(tokens);
  return out;
}

const decode = (html: string): string =>
  html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** What a reader sees: the rendered HTML must be plain paragraphs whose text is the input. */
function rendered(markdown: string): string {
  const html = marked.parse(markdown, { async: false });
  const withoutParagraphs = html.replace(/<\/?p>/g, ' ');
  expect(withoutParagraphs).not.toMatch(/</);
  return squash(decode(withoutParagraphs));
}

describe('escapeMarkdown', () => {
  it.each([
    ['# heading', '\\# heading'],
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['1. first', '1\\. first'],
    ['2) second', '2\\) second'],
    ['> quote', '\\> quote'],
    ['a *b* _c_', 'a \\*b\\* \\_c\\_'],
    ['[x](javascript:alert(1))', '\\[x\\](javascript:alert(1))'],
    ['![img](x.png)', '\\!\\[img\\](x.png)'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['a | b', 'a \\| b'],
    ['`code`', '\\`code\\`'],
    ['~~gone~~', '\\~\\~gone\\~\\~'],
    ['&amp; &#x41;', '\\&amp; \\&#x41;'],
    ['back\\slash', 'back\\\\slash'],
    ['Support #', 'Support \\#'],
    ['Support ###', 'Support \\###'],
    ['---', '\\---'],
    ['===', '\\==='],
    ['    indented code', 'indented code'],
    ['trailing hard break  ', 'trailing hard break'],
    ['R&D is 50% done! See #4.', 'R\\&D is 50% done! See #4.'],
  ])('%j → %j', (input, want) => {
    expect(escapeMarkdown(input)).toBe(want);
  });

  it('keeps paragraphs and strips terminal escape sequences and control characters', () => {
    expect(escapeMarkdown('one\n\ntwo\u001b[31m red\u001b[0m\u0007')).toBe('one\n\ntwo red');
    expect(escapeMarkdown('a\r\nb')).toBe('a\nb');
  });

  it('leaves ordinary text alone', () => {
    const text = 'Customers are greeted within a minute, every day (even on busy days): 100%.';
    expect(escapeMarkdown(text)).toBe(text);
  });

  it('renders every listed hostile string as plain paragraph text', () => {
    for (const s of ['# h', '* x', '<img src=x onerror=alert(1)>', '[a]: /x "title"', '```\ncode\n```', '| a | b |\n|---|---|', 'x\n===', '&lt;b&gt;', '\\', 'a\\\nb']) {
      const md = escapeMarkdown(s);
      expect(tokenTypes(marked.lexer(md)).filter((t) => !['paragraph', 'text', 'escape', 'space'].includes(t))).toEqual([]);
      expect(rendered(md)).toBe(squash(s));
    }
  });

  it('property: any text made of markup characters renders as exactly that text', () => {
    const alphabet = [...'\\`*_[]<>|#+-!~&=.():;/ aZ19é☐中\n\t'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }), (chars) => {
        const s = chars.join('');
        const md = escapeMarkdown(s);
        const types = tokenTypes(marked.lexer(md)).filter((t) => !['paragraph', 'text', 'escape', 'space', 'br'].includes(t));
        expect(types).toEqual([]);
        expect(rendered(md)).toBe(squash(s));
      }),
      { numRuns: 400 },
    );
  });
});

describe('escapeTableCell', () => {
  it('keeps a cell in its column: pipes escaped, newlines as <br>', () => {
    const cell = escapeTableCell('a | b\nsecond line\n\nnew paragraph');
    expect(cell).toBe('a \\| b<br>second line<br><br>new paragraph');
    const tokens = marked.lexer(`| Text | Other |\n|---|---|\n| ${cell} | z |\n`);
    const table = tokens.find((t) => t.type === 'table') as Extract<Token, { type: 'table' }> | undefined;
    expect(table).toBeDefined();
    expect(table!.rows).toHaveLength(1);
    expect(table!.rows[0]).toHaveLength(2);
    expect(table!.rows[0]![1]!.text).toBe('z');
    // GFM drops the backslash of an escaped pipe inside a cell: the reader sees the pipe.
    expect(table!.rows[0]![0]!.text).toContain('a | b');
  });

  it('escapes markup inside the cell too', () => {
    expect(escapeTableCell('<b>*x*</b>')).toBe('\\<b\\>\\*x\\*\\</b\\>');
    expect(escapeTableCell('  padded \n')).toBe('padded');
  });
});

describe('escapeInline', () => {
  it('folds the text onto one line, then escapes it', () => {
    expect(escapeInline('# Title\n\n*two*\tlines')).toBe('\\# Title \\*two\\* lines');
  });
});
