import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../src/render/html/escapeHtml.js';
import { ESC } from '../../helpers/html.js';

describe('escapeHtml', () => {
  it('escapes markup and quotes and drops control characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>${ESC}[31m!\u0007`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;!');
    expect(escapeHtml(3)).toBe('3');
  });
});
