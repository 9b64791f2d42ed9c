import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { renderQuitMessage, renderStoppedBeforeStart } from '../../../src/render/assess/quitMessage.js';

const ctx = { chalk: new Chalk({ level: 0 }), width: 80, version: '0.0.0' };

describe('renderQuitMessage', () => {
  it('says what was saved and how to resume the one open file', () => {
    expect(renderQuitMessage([{ shown: 'assessments/a.yaml', status: 'in-progress', answered: 2, total: 6 }], ctx, [])).toBe(
      '\nSaved 2 of 6 answers to assessments/a.yaml\nTo continue where you stopped, run:\n  icare assess --resume assessments/a.yaml\n',
    );
  });

  it('marks complete files and gives a resume command for each open one, quoted for the shell', () => {
    const text = renderQuitMessage(
      [
        { shown: 'a.yaml', status: 'complete', answered: 6, total: 6 },
        { shown: 'my b.yaml', status: 'in-progress', answered: 0, total: 4 },
        { shown: 'c.yaml', status: 'in-progress', answered: 1, total: 4 },
      ],
      ctx,
      [],
    );
    expect(text).toBe(
      "\nSaved 6 of 6 answers to a.yaml (complete)\nSaved 0 of 4 answers to my b.yaml\nSaved 1 of 4 answers to c.yaml\nTo continue where you stopped, run each of:\n  icare assess --resume 'my b.yaml'\n  icare assess --resume c.yaml\n",
    );
  });

  it('carries the --questionnaires folders, quoted, into the resume command', () => {
    expect(renderQuitMessage([{ shown: 'a.yaml', status: 'in-progress', answered: 1, total: 6 }], ctx, ['qs', 'my qs'])).toContain("\n  icare assess --resume a.yaml --questionnaires qs --questionnaires 'my qs'\n");
  });

  it('gives no resume command when every file is complete', () => {
    expect(renderQuitMessage([{ shown: 'a.yaml', status: 'complete', answered: 3, total: 3 }], ctx, [])).toBe('\nSaved 3 of 3 answers to a.yaml (complete)\n');
  });
});

describe('renderStoppedBeforeStart', () => {
  it('says nothing was saved', () => {
    expect(renderStoppedBeforeStart()).toBe('\nStopped before the first question; nothing was saved.\n');
  });
});
