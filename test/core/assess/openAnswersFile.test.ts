import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { answeredCount, answersFileText, answersToScore, newAnswersFileHead, reopenAnswersFile, type OpenAnswersFile } from '../../../src/core/assess/openAnswersFile.js';
import { type Answers } from '../../../src/core/model/model.js';
import { normaliseQuestionnaire } from '../../../src/core/model/normaliseQuestionnaire.js';

const questionnaire = normaliseQuestionnaire({
  id: 'demo',
  title: 'Demo',
  version: 2,
  sections: [
    { id: 's1', title: 'One', questions: [{ id: 'q1', text: 'Q1' }, { id: 'q2', text: 'Q2', type: 'yesno' }] },
    { id: 's2', title: 'Two', questions: [{ id: 'q3', text: 'Q3', type: 'text' }] },
  ],
});

describe('newAnswersFileHead', () => {
  it('names the questionnaire and its version, the organisation, the respondent and the date', () => {
    expect(newAnswersFileHead(questionnaire, { organisation: 'Acme', name: 'Dana', role: 'frontline' }, '2026-11-23')).toEqual({
      questionnaire: 'demo',
      version: 2,
      organisation: 'Acme',
      respondent: { name: 'Dana', role: 'frontline' },
      date: '2026-11-23',
    });
  });

  it('leaves out an empty name or role', () => {
    expect(newAnswersFileHead(questionnaire, { organisation: 'Acme', name: '', role: 'manager' }, '2026-11-23').respondent).toEqual({ role: 'manager' });
  });
});

describe('answersFileText', () => {
  it('writes the answers in the questionnaire’s order, notes as entries, after the head and status', () => {
    const file: OpenAnswersFile = {
      questionnaire,
      path: '/x.yaml',
      head: newAnswersFileHead(questionnaire, { organisation: 'Acme' }, '2026-11-23'),
      status: 'in-progress',
      answers: new Map([
        ['q3', { value: 'Fine' }],
        ['q1', { value: 4, note: 'Mostly' }],
      ]),
    };
    const text = answersFileText(file);
    expect(text.startsWith('# icare answers file')).toBe(true);
    expect(Object.keys(parse(text) as object)).toEqual(['questionnaire', 'version', 'organisation', 'date', 'status', 'answers']);
    expect((parse(text) as { answers: object }).answers).toEqual({ q1: { value: 4, note: 'Mostly' }, q3: 'Fine' });
    expect(Object.keys((parse(text) as { answers: object }).answers)).toEqual(['q1', 'q3']);
  });
});

describe('reopenAnswersFile', () => {
  it('keeps the head, the status and each answer’s value and note, nothing the loader derived', () => {
    const loaded: Answers = {
      questionnaire: 'demo',
      version: 2,
      respondent: { name: 'Dana' },
      status: 'complete',
      file: 'a.yaml',
      answers: new Map([['q1', { value: 4, note: 'n' }]]),
    };
    const file = reopenAnswersFile(loaded, questionnaire, '/a.yaml', '');
    expect(file.head).toEqual({ questionnaire: 'demo', version: 2, respondent: { name: 'Dana' } });
    expect(file.status).toBe('complete');
    expect([...file.answers]).toEqual([['q1', { value: 4, note: 'n' }]]);
    expect(answeredCount(file)).toEqual({ answered: 1, total: 3 });
  });

  it('is in progress when the file has no status', () => {
    const loaded: Answers = { questionnaire: 'demo', respondent: {}, file: 'a.yaml', answers: new Map() };
    expect(reopenAnswersFile(loaded, questionnaire, '/a.yaml', '').status).toBe('in-progress');
  });
});

describe('answersToScore', () => {
  it('gives scoring the answers with the path as shown and the date', () => {
    const file: OpenAnswersFile = { questionnaire, path: '/w/a.yaml', head: { questionnaire: 'demo', date: '2026-01-02' }, status: 'complete', answers: new Map([['q1', { value: 2 }]]) };
    expect(answersToScore(file, 'a.yaml')).toEqual({ questionnaire: 'demo', respondent: {}, answers: file.answers, file: 'a.yaml', date: '2026-01-02' });
  });
});
