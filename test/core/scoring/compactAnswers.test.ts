// A worker's answers come back compacted; expanded on the main thread they must be the answers
// the main thread would have loaded itself, down to sharing the same answer objects.
import { describe, expect, it } from 'vitest';
import { compactAnswers, expandAnswers } from '../../../src/core/scoring/compactAnswers.js';
import { expandPaths } from '../../../src/shell/files.js';
import { loadAnswersFiles } from '../../../src/shell/loadFiles.js';
import { loadCatalogFiles } from '../../../src/shell/catalog.js';
import type { Answers, Questionnaire } from '../../../src/core/model/model.js';
import { ROOT } from '../../helpers/cli.js';

describe('compactAnswers / expandAnswers', () => {
  it('round-trips every bundled example through a structured clone', async () => {
    const { catalog } = loadCatalogFiles(await expandPaths(['questionnaires'], ROOT), [], ROOT);
    const files = await expandPaths(['examples'], ROOT);
    const { answers, findings } = loadAnswersFiles(files, catalog, ROOT);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(answers.length).toBeGreaterThan(20);
    let notes = 0;
    for (const a of answers) {
      const q = catalog.get(a.questionnaire)!;
      const back = expandAnswers(structuredClone(compactAnswers(a, q)), q);
      expect(back).toEqual(a);
      expect([...back.answers.keys()]).toEqual([...a.answers.keys()]);
      for (const [id, answer] of a.answers) {
        if (answer.note === undefined) expect(back.answers.get(id), `${a.file} ${id}`).toBe(answer);
        else notes++;
      }
    }
    expect(notes).toBeGreaterThan(0);
  });

  it('refuses question numbers and options the questionnaire does not have', () => {
    expect(() => expandAnswers({ file: 'x.yaml', head: { questionnaire: 'tiny' }, values: [3, 'yes'] }, tiny)).toThrow(/question number 3/);
    expect(() => expandAnswers({ file: 'x.yaml', head: { questionnaire: 'tiny' }, values: [-2, 5] }, tiny)).toThrow(/option 5 of "c"/);
    expect(expandAnswers({ file: 'x.yaml', head: { questionnaire: 'tiny' }, values: [0, 'yes'], notes: [0, 'why'] }, tiny).answers.get('q')).toMatchObject({ value: 'yes', note: 'why' });
  });

  it('sends an option spelled as its label by number, and any other spelling as written', () => {
    const answers = (value: string): Answers => ({ questionnaire: 'tiny', respondent: {}, file: 'x.yaml', answers: new Map([['c', { value }]]) });
    const exact = compactAnswers(answers('Always'), tiny);
    expect(exact.values).toEqual([-2, 1]);
    expect(expandAnswers(exact, tiny).answers.get('c')).toMatchObject({ value: 'Always', meaning: { ok: true, kind: 'scored', score: 1 } });
    const loose = compactAnswers(answers(' always'), tiny);
    expect(loose.values).toEqual([1, ' always']);
    expect(expandAnswers(loose, tiny).answers.get('c')).toMatchObject({ value: ' always', meaning: { ok: true, kind: 'scored', score: 1 } });
  });
});

const scale = { min: 0, max: 1, labels: {} };
const tiny: Questionnaire = {
  id: 'tiny',
  title: 'Tiny',
  version: 1,
  sources: [],
  target: 75,
  levels: [{ min: 0, name: 'Any' }],
  file: '',
  sections: [
    {
      id: 's',
      title: 'S',
      weight: 1,
      target: 75,
      questions: [
        { id: 'q', text: 'Q?', type: 'yesno', variant: 'classic', weight: 1, reverse: false, scale, options: [], scored: true },
        {
          id: 'c',
          text: 'C?',
          type: 'choice',
          variant: 'classic',
          weight: 1,
          reverse: false,
          scale,
          options: [
            { label: 'Never', score: 0 },
            { label: 'Always', score: 1 },
          ],
          scored: true,
        },
      ],
    },
  ],
};
