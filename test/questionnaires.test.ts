// The questionnaire library (issue 4): counts, and the quality bar every question must meet.
import { describe, expect, it } from 'vitest';
import { expandPaths } from '../src/shell/files.js';
import { loadCatalogFiles } from '../src/shell/catalog.js';
import { ROOT } from './helpers/cli.js';

const { catalog, findings } = loadCatalogFiles(await expandPaths(['questionnaires'], ROOT), [], ROOT);

const expected: Record<string, { sections: string[]; minScored: number }> = {
  icare: { sections: ['ideal-service', 'culture', 'attentiveness', 'responsiveness', 'empowerment'], minScored: 6 },
  'service-truths': {
    sections: [
      'communicated-from-the-top',
      'legendary-stories',
      'everyones-responsibility',
      'extra-mile',
      'active-listening',
      'servant-leadership',
      'empathy',
      'great-questions',
      'other-centred',
      'flexibility',
      'never-satisfied',
      'dignity-and-respect',
    ],
    minScored: 3,
  },
  'fanatical-support': { sections: ['measurement', 'compensation', 'recognition', 'enforcement', 'team-structure'], minScored: 3 },
  'five-ideas': { sections: ['hire-the-right-people', 'service-as-core-value', 'empower-the-front-line', 'feedback', 'right-customers'], minScored: 3 },
  'service-foundations': { sections: ['direction', 'values', 'measurement', 'onboarding-and-knowledge'], minScored: 3 },
};

describe('the bundled questionnaires', () => {
  it('load with no findings at all', () => {
    expect(findings).toEqual([]);
    expect([...catalog.keys()].sort()).toEqual(Object.keys(expected).sort());
  });

  for (const [id, want] of Object.entries(expected)) {
    describe(id, () => {
      const q = catalog.get(id)!;
      it('has the sections the sources name, each with enough scored questions', () => {
        expect(q.sections.map((s) => s.id)).toEqual(want.sections);
        for (const s of q.sections) expect(s.questions.filter((x) => x.scored).length, s.id).toBeGreaterThanOrEqual(want.minScored);
      });

      it('every scored question has a recommendation', () => {
        for (const x of q.sections.flatMap((s) => s.questions).filter((x) => x.scored)) expect(x.recommendation, x.id).toBeTruthy();
      });

      it('has a description, a source, described levels and described sections', () => {
        expect(q.description).toBeTruthy();
        expect(q.sources.length).toBeGreaterThan(0);
        for (const l of q.levels) expect(l.description, l.name).toBeTruthy();
        for (const s of q.sections) expect(s.description, s.id).toBeTruthy();
      });

      it('labels every point of every scale, and reverse-scores some questions', () => {
        const all = q.sections.flatMap((s) => s.questions);
        for (const x of all.filter((x) => x.type === 'scale')) {
          for (let v = x.scale.min; v <= x.scale.max; v++) expect(x.scale.labels[v], `${x.id} ${v}`).toBeTruthy();
        }
        expect(all.some((x) => x.reverse)).toBe(true);
      });

      it('ends with one or two text questions for comments', () => {
        const last = q.sections.at(-1)!.questions;
        const trailing = last.slice(-2).filter((x) => x.type === 'text');
        expect(trailing.length).toBeGreaterThanOrEqual(1);
        expect(last.at(-1)!.type).toBe('text');
      });
    });
  }
});
