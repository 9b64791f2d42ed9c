// The questionnaire library (issue 4): counts, and the quality bar every question must meet.
import { describe, expect, it } from 'vitest';
import { allQuestions, KNOWN_ROLES, type Question, type Questionnaire } from '../src/core/model/model.js';
import { expandPaths } from '../src/shell/files.js';
import { loadCatalogFiles } from '../src/shell/catalog.js';
import { ROOT } from './helpers/cli.js';

const { catalog, findings } = loadCatalogFiles(await expandPaths(['questionnaires'], ROOT), [], ROOT);

const ICARE_SECTIONS = ['ideal-service', 'culture', 'attentiveness', 'responsiveness', 'empowerment'];

/** The staff questionnaires: the sections the sources name, each with at least `minScored` scored questions. */
const staff: Record<string, { sections: string[]; minScored: number }> = {
  icare: { sections: ICARE_SECTIONS, minScored: 6 },
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

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const VIRTUE_WORDS = /\b(?:sincerely|genuinely)\b/i;

const questionsOf = (q: Questionnaire): readonly Question[] => allQuestions(q);

describe('the bundled questionnaires', () => {
  it('load with no findings at all', () => {
    expect(findings).toEqual([]);
    expect([...catalog.keys()].sort()).toEqual([...Object.keys(staff), 'icare-customers'].sort());
  });

  // What every bundled questionnaire, staff or customers, must have.
  for (const id of [...Object.keys(staff), 'icare-customers']) {
    describe(id, () => {
      const q = catalog.get(id)!;
      it('every scored question has a recommendation', () => {
        for (const x of questionsOf(q).filter((x) => x.scored)) expect(x.recommendation, x.id).toBeTruthy();
      });

      it('has a description, a source, described levels and described sections', () => {
        expect(q.description).toBeTruthy();
        expect(q.sources.length).toBeGreaterThan(0);
        for (const l of q.levels) expect(l.description, l.name).toBeTruthy();
        for (const s of q.sections) expect(s.description, s.id).toBeTruthy();
      });

      it('labels every point of every scale, and reverse-scores some questions', () => {
        const all = questionsOf(q);
        for (const x of all.filter((x) => x.type === 'scale' || x.type === 'rating')) {
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

  for (const [id, want] of Object.entries(staff)) {
    describe(id, () => {
      const q = catalog.get(id)!;
      const all = questionsOf(q);
      it('has the sections the sources name, each with enough scored questions', () => {
        expect(q.sections.map((s) => s.id)).toEqual(want.sections);
        for (const s of q.sections) expect(s.questions.filter((x) => x.scored).length, s.id).toBeGreaterThanOrEqual(want.minScored);
      });

      it('keys every choice option in kebab-case, unique within its question', () => {
        const choices = all.filter((x) => x.type === 'choice');
        expect(choices.length).toBeGreaterThan(0);
        for (const x of choices) {
          const keys = x.options.map((o) => o.key);
          for (const k of keys) expect(k, `${x.id} ${String(k)}`).toMatch(KEBAB);
          expect(new Set(keys).size, x.id).toBe(keys.length);
        }
      });

      it('reverse-keys between 20% and 40% of its scored questions', () => {
        const scored = all.filter((x) => x.scored);
        const share = scored.filter((x) => x.reverse).length / scored.length;
        expect(share).toBeGreaterThanOrEqual(0.2);
        expect(share).toBeLessThanOrEqual(0.4);
      });

      it('gives audiences that are known roles in kebab-case', () => {
        const audiences = [...q.sections.map((s) => s.audience), ...all.map((x) => x.audience)].filter((a) => a !== undefined);
        expect(audiences.length, 'some questions are for some roles only').toBeGreaterThan(0);
        for (const a of audiences) {
          expect(a.length).toBeGreaterThan(0);
          for (const role of a) {
            expect(role).toMatch(KEBAB);
            expect(KNOWN_ROLES, role).toContain(role);
          }
        }
      });

      it('asks about practices, not virtues: no "sincerely" or "genuinely"', () => {
        for (const x of all) expect(x.text, x.id).not.toMatch(VIRTUE_WORDS);
      });
    });
  }

  describe('icare-customers', () => {
    const q = catalog.get('icare-customers')!;
    const icare = catalog.get('icare')!;
    const all = questionsOf(q);
    const ofType = (type: Question['type'], variant?: Question['variant']): readonly Question[] =>
      all.filter((x) => x.type === type && (variant === undefined || x.variant === variant));

    it('mirrors icare with one section per ICARE element, in icare’s order', () => {
      expect(q.mirrors).toBe('icare');
      const mirrored = q.sections.filter((s) => s.mirrors !== undefined);
      expect(mirrored.map((s) => s.mirrors)).toEqual(icare.sections.map((s) => s.id));
      expect(icare.sections.map((s) => s.id)).toEqual(ICARE_SECTIONS);
      for (const s of mirrored) expect(s.questions.filter((x) => x.scored).length, s.id).toBeGreaterThan(0);
    });

    it('is short: at most 15 questions', () => {
      expect(all.length).toBeLessThanOrEqual(15);
    });

    it('asks one classic 0–10 NPS, one yes/no NPS, one 1–5 rating and one comment', () => {
      expect(ofType('nps', 'classic')).toHaveLength(1);
      expect(ofType('nps', 'classic')[0]!.scale).toMatchObject({ min: 0, max: 10 });
      expect(ofType('nps', 'binary')).toHaveLength(1);
      const ratings = ofType('rating');
      expect(ratings).toHaveLength(1);
      expect(ratings[0]!.scale).toMatchObject({ min: 1, max: 5 });
      expect(ofType('text')).toHaveLength(1);
    });
  });
});
