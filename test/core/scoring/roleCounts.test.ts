import { describe, expect, it } from 'vitest';
import { roleCounts } from '../../../src/core/scoring/roleCounts.js';

describe('roleCounts', () => {
  const people = [{ role: 'Frontline' }, { role: 'team lead' }, {}, { role: ' frontline ' }, { role: '  ' }, { role: 'executive' }];

  it('counts normalised roles in the order they first appear', () => {
    expect(roleCounts(people).asFound).toEqual([
      { role: 'frontline', respondents: 2 },
      { role: 'team lead', respondents: 1 },
      { role: 'unspecified', respondents: 2 },
      { role: 'executive', respondents: 1 },
    ]);
  });

  it('ranks executive, manager, frontline, then other roles A–Z, unspecified last', () => {
    expect(roleCounts([...people, { role: 'manager' }, { role: 'analyst' }]).ranked.map((c) => c.role)).toEqual([
      'executive',
      'manager',
      'frontline',
      'analyst',
      'team lead',
      'unspecified',
    ]);
  });

  it('is empty without respondents', () => {
    expect(roleCounts([])).toEqual({ asFound: [], ranked: [] });
  });
});
