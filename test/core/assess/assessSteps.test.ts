import { describe, expect, it } from 'vitest';
import { assessSteps, leftBehind, nextStep, openings, resumeStep } from '../../../src/core/assess/assessSteps.js';
import type { OpenAnswersFile } from '../../../src/core/assess/openAnswersFile.js';
import { type Answer } from '../../../src/core/model/model.js';
import { normaliseQuestionnaire } from '../../../src/core/model/normaliseQuestionnaire.js';

function file(id: string, sections: string[][], answered: string[] = []): OpenAnswersFile {
  const questionnaire = normaliseQuestionnaire({
    id,
    title: id,
    version: 1,
    sections: sections.map((qs, i) => ({ id: `s${i + 1}`, title: `S${i + 1}`, questions: qs.map((q) => ({ id: q, text: q })) })),
  });
  return { questionnaire, path: `/tmp/${id}.yaml`, head: { questionnaire: id }, status: 'in-progress', answers: new Map<string, Answer>(answered.map((q) => [q, { value: 3 }])) };
}

describe('assessSteps', () => {
  it('gives one step per question, file after file, with the section index', () => {
    const a = file('a', [['a1', 'a2'], ['a3']]);
    const b = file('b', [['b1']]);
    expect(assessSteps([a, b]).map((s) => `${s.file.questionnaire.id}:${s.section}:${s.question.id}`)).toEqual(['a:0:a1', 'a:0:a2', 'a:1:a3', 'b:0:b1']);
  });
});

describe('assessSteps with audiences', () => {
  const questionnaire = normaliseQuestionnaire({
    id: 'aud',
    title: 'aud',
    version: 1,
    sections: [
      { id: 's1', title: 'S1', questions: [{ id: 'all', text: 'all' }, { id: 'lead', text: 'lead', audience: ['executive', 'manager'] }] },
      { id: 's2', title: 'S2', audience: ['frontline'], questions: [{ id: 'floor', text: 'floor' }, { id: 'both', text: 'both', audience: ['manager', 'frontline'] }] },
    ],
  });
  const asked = (role?: string): string[] => {
    const f: OpenAnswersFile = { questionnaire, path: '/tmp/aud.yaml', head: { questionnaire: 'aud', ...(role !== undefined && { respondent: { role } }) }, status: 'in-progress', answers: new Map() };
    return assessSteps([f]).map((s) => `${s.section}:${s.question.id}`);
  };

  it('skips the questions whose audience (the question\'s, else its section\'s) leaves out the role', () => {
    expect(asked('frontline')).toEqual(['0:all', '1:floor', '1:both']);
    expect(asked('manager')).toEqual(['0:all', '0:lead', '1:both']);
    expect(asked('executive')).toEqual(['0:all', '0:lead']);
    expect(asked('Team lead')).toEqual(['0:all']);
  });

  it('asks a respondent without a role everything, and compares roles as reports do (case, spaces)', () => {
    expect(asked()).toEqual(['0:all', '0:lead', '1:floor', '1:both']);
    expect(asked('  ')).toEqual(['0:all', '0:lead', '1:floor', '1:both']);
    expect(asked(' Frontline ')).toEqual(['0:all', '1:floor', '1:both']);
  });
});

describe('nextStep', () => {
  it('skips questions the file answers that this run has not shown', () => {
    const a = file('a', [['q1', 'q2', 'q3', 'q4']], ['q2', 'q3']);
    const steps = assessSteps([a]);
    expect(nextStep(steps, [true, false, false, false], 0)).toBe(3);
  });

  it('stops at an answered question once it has been shown (the respondent went back over it)', () => {
    const a = file('a', [['q1', 'q2', 'q3']], ['q2']);
    const steps = assessSteps([a]);
    expect(nextStep(steps, [true, true, false], 0)).toBe(1);
  });

  it('runs to the end when everything after is answered', () => {
    const a = file('a', [['q1', 'q2']], ['q2']);
    expect(nextStep(assessSteps([a]), [true, false], 0)).toBe(2);
  });
});

describe('leftBehind', () => {
  it('names the unfinished files whose last step lies before the step reached', () => {
    const a = file('a', [['a1', 'a2']]);
    const b = file('b', [['b1']]);
    const steps = assessSteps([a, b]);
    expect(leftBehind([a, b], steps, 1)).toEqual([]);
    expect(leftBehind([a, b], steps, 2)).toEqual([a]);
    expect(leftBehind([a, b], steps, 3)).toEqual([a, b]);
    a.status = 'complete';
    expect(leftBehind([a, b], steps, 3)).toEqual([b]);
  });

  it('names a file with no step (nothing its respondent is asked) from the start', () => {
    const a = file('a', [['a1']]);
    const none = file('none', []);
    const steps = assessSteps([none, a]);
    expect(leftBehind([none, a], steps, 0)).toEqual([none]);
  });
});

describe('resumeStep', () => {
  it('is the first unanswered question, or the end when none is left', () => {
    expect(resumeStep(assessSteps([file('a', [['q1', 'q2'], ['q3']], ['q1'])]))).toBe(1);
    expect(resumeStep(assessSteps([file('a', [['q1', 'q2'], ['q3']], ['q1', 'q2', 'q3'])]))).toBe(3);
  });
});

describe('openings', () => {
  it('opens the questionnaire and the section at the start, then each new section, then the next file', () => {
    const a = file('a', [['a1', 'a2'], ['a3']]);
    const b = file('b', [['b1']]);
    const [s1, s2, s3, s4] = assessSteps([a, b]);
    expect(openings(undefined, s1!)).toEqual({ questionnaire: true, section: true });
    expect(openings(s1, s2!)).toEqual({ questionnaire: false, section: false });
    expect(openings(s2, s3!)).toEqual({ questionnaire: false, section: true });
    expect(openings(s3, s4!)).toEqual({ questionnaire: true, section: true });
    // Going back re-opens what it crosses into.
    expect(openings(s3, s2!)).toEqual({ questionnaire: false, section: true });
  });
});
