import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { wrap, wrapParagraphs, wrapText } from '../../../src/render/text/wrapText.js';

const visible = (s: string): number => [...s.replace(/\x1b\[[0-9;]*m/g, '')].length;

describe('wrapText', () => {
  it('fills lines up to the width, prefixing each with the indent', () => {
    const lines = wrapText('Every customer gets the same standard of care, every visit, every day.', 24, '  ');
    expect(lines).toEqual(['  Every customer gets', '  the same standard of', '  care, every visit,', '  every day.']);
    for (const l of lines) expect(visible(l)).toBeLessThanOrEqual(24);
  });

  it('splits words longer than a line unless asked to keep them whole', () => {
    expect(wrapText('see abcdefghijklmnopqrstuvwxyz', 12)).toEqual(['see', 'abcdefghijkl', 'mnopqrstuvwx', 'yz']);
    expect(wrapText('see /a/very/long/path/to/answers.yaml now', 12, '', { breakWords: false })).toEqual(['see', '/a/very/long/path/to/answers.yaml', 'now']);
  });

  it('splits a long word without losing or repeating letters when the first line has its own prefix', () => {
    const word = 'abcdefghijklmnopqrstuvwxyz0123456789';
    const lines = wrapText(`go ${word}`, 16, '      ', { first: '' });
    expect(lines).toEqual(['go', '      abcdefghij', '      klmnopqrst', '      uvwxyz0123', '      456789']);
    expect(wrapText(word, 16, '      ', { first: '' })).toEqual(['abcdefghijklmnop', '      qrstuvwxyz', '      0123456789']);
  });

  it('does not count colour codes towards the width', () => {
    const chalk = new Chalk({ level: 1 });
    const text = `${chalk.green('▲ +12.0')} Leaders work on the front line every month`;
    const lines = wrapText(text, 30, '      ', { first: '  ' });
    expect(lines[0]).toContain(chalk.green('▲ +12.0'));
    for (const l of lines) expect(visible(l)).toBeLessThanOrEqual(30);
    expect(lines.map((l) => l.replace(/\x1b\[[0-9;]*m/g, ''))).toEqual(['  ▲ +12.0 Leaders work on the', '      front line every month']);
  });
});

describe('wrap', () => {
  it('keeps the text’s own leading spaces on the first line and indents the rest', () => {
    expect(wrap('  • Our biggest obstacle is the refund form', 24, '    ')).toBe('  • Our biggest obstacle\n    is the refund form');
    expect(wrap('   ', 20)).toBe('');
  });
});

describe('wrapParagraphs', () => {
  it('keeps one blank line between paragraphs', () => {
    expect(wrapParagraphs('One two three.\n\n\nFour five.', 10)).toEqual(['One two', 'three.', '', 'Four five.']);
  });
});
