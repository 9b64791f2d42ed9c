import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { renderCreatedMessage } from '../../../src/render/init/createdMessage.js';

const ctx = { chalk: new Chalk({ level: 0 }), width: 80, version: '0.0.0' };

describe('renderCreatedMessage', () => {
  it('says what was created and the next steps, with paths quoted for the shell', () => {
    expect(renderCreatedMessage({ shown: 'my qs/team.yaml', folder: 'my qs', id: 'team', sections: 1 }, ctx)).toBe(
      [
        'Created my qs/team.yaml (1 section plus comments, questionnaire id "team")',
        '',
        'Next steps:',
        '  1. Edit the example questions and recommendations in my qs/team.yaml.',
        "  2. Check it:    icare validate 'my qs/team.yaml'",
        "  3. Answer it:   icare assess --questionnaires 'my qs' team",
        '',
      ].join('\n'),
    );
  });

  it('counts sections in the plural', () => {
    expect(renderCreatedMessage({ shown: 'a.yaml', folder: '.', id: 'a', sections: 3 }, ctx)).toContain('(3 sections plus comments');
  });

  it('says when the new questionnaire takes a bundled one\'s place', () => {
    expect(renderCreatedMessage({ shown: 'icare.yaml', folder: '.', id: 'icare', sections: 3, replacesBundled: true }, ctx)).toContain(
      'questionnaire id "icare")\n  Wherever it is loaded, it replaces the bundled questionnaire "icare".\n',
    );
  });
});
