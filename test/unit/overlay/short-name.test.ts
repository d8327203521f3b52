import { describe, expect, it } from 'vitest';
import { shortName } from '../../../lib/overlay/short-name';

describe('shortName: another metric named in a badge', () => {
  it.each([
    ['a short name stays whole', 'CSAT', [], 'CSAT'],
    [
      'an alias keeping the first word',
      'Landing-page conversion rate',
      ['Landing-page CR'],
      'Landing-page CR',
    ],
    ['an acronym alias', 'Customer acquisition cost', ['CAC'], 'CAC'],
    [
      'else the name cut at a word',
      'Trial-to-paid conversion rate',
      ['Trial → paid'],
      'Trial-to-paid',
    ],
    [
      'one long word is cut with an ellipsis',
      'Supercalifragilisticexpialidocious',
      [],
      'Supercalifragil…',
    ],
  ])('%s', (_case, name, aliases, short) => {
    expect(shortName({ name, aliases })).toBe(short);
  });
});
