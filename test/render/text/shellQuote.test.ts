import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { shellQuote } from '../../../src/render/text/shellQuote.js';

describe('shellQuote', () => {
  it('leaves plain paths alone and single-quotes the rest', () => {
    expect(shellQuote('assessments/acme-icare-2026-11-23.yaml')).toBe('assessments/acme-icare-2026-11-23.yaml');
    expect(shellQuote('my answers/it’s.yaml')).toBe("'my answers/it’s.yaml'");
    expect(shellQuote("o'brien.yaml")).toBe("'o'\\''brien.yaml'");
  });

  it('writes control and bidi characters as ANSI-C escapes that bash reads back as the same word', () => {
    const word = "bad \u001b[2J it's \u202e\u0007 dir";
    const quoted = shellQuote(word);
    expect(quoted).toBe("$'bad \\x1b[2J it\\'s \\u202e\\x07 dir'");
    expect(quoted).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
    const echoed = spawnSync('bash', ['-c', `printf %s ${quoted}`], { encoding: 'utf8' });
    expect(echoed.stdout).toBe(word);
  });
});
