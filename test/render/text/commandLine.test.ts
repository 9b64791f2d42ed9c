import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { renderCommandLine } from '../../../src/render/text/commandLine.js';

const ctx = (width: number) => ({ chalk: new Chalk({ level: 0 }), width, version: '0.0.0' });

describe('renderCommandLine', () => {
  it('indents the command on one line when it fits', () => {
    expect(renderCommandLine(['icare', 'report', 'a.yaml'], ctx(80))).toBe('  icare report a.yaml');
  });

  it('breaks between words onto continuation lines when it does not', () => {
    expect(renderCommandLine(['icare', 'assess', '--resume', 'assessments/a-long-file-name.yaml'], ctx(40))).toBe('  icare assess --resume \\\n    assessments/a-long-file-name.yaml');
  });

  it('is bold in colour', () => {
    expect(renderCommandLine(['icare', 'report', 'a.yaml'], { ...ctx(80), chalk: new Chalk({ level: 1 }) })).toBe('\u001b[1m  icare report a.yaml\u001b[22m');
  });

  it('keeps every line of a long command within the width, each continued with a backslash', () => {
    const text = renderCommandLine(['icare', 'assess', '--resume', "'my answers/acme-support-cc-health-2026-11-23.yaml'", '--questionnaires', 'qs', '--questionnaires', "'more qs'"], ctx(60));
    expect(text).toBe("  icare assess --resume \\\n    'my answers/acme-support-cc-health-2026-11-23.yaml' \\\n    --questionnaires qs --questionnaires 'more qs'");
    for (const line of text.split('\n')) expect(line.length).toBeLessThan(60);
  });
});
