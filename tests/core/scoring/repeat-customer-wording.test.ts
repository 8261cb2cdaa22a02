/**
 * "Repeat customers are good" (SCORING.md), in the singular and as a rate too: "Repeat Customer
 * Rate (%)" was smaller-is-better from the word "repeat" alone. Repeat contact about one problem,
 * and the public-service repeats SCORING.md names (referrals, victims, offending, homelessness),
 * stay smaller-is-better.
 */
import { wordingWay as way } from '../../helpers/wording-way';

describe('repeat custom is good', () => {
  it.each([
    'Repeat Customer Rate (%)',
    'Repeat customer rate',
    '% of repeat customers',
    'Repeat purchase rate',
    'Repeat visitor rate',
    'Repeat buyers',
    'Repeat order rate',
    'Customer repeat rate',
  ])('%p: bigger is better', (name) => {
    expect(way(name)).toBe('higher');
  });
});

describe('repeats of a problem stay bad', () => {
  it.each([
    'Repeat referrals',
    '% repeat referrals to children’s social care within 12 months',
    'Repeat victims of domestic abuse',
    'Repeat offending rate',
    'Repeat homelessness',
    'Repeat customer contacts',
    'Repeat customer calls',
    'Repeat visits to fix a repair',
    'Repeat calls to the contact centre',
  ])('%p: smaller is better', (name) => {
    expect(way(name)).toBe('lower');
  });
});
