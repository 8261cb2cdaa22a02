/**
 * Visits to a service people choose to use ("Library visits", "Number of visits to leisure centres",
 * "Website visits") are bigger-is-better; before, no word decided them and the direction was assumed.
 * An emergency visit stays as the health words read it.
 */
import { wordingWay as way } from '../../helpers/wording-way';

describe('visits', () => {
  it.each([
    'Library visits',
    'Number of visits to leisure centres',
    'Website visits (millions)',
    'Visits to the library (physical)',
    'Museum visits per 1,000 population',
  ])('%p is bigger-is-better', (name) => {
    expect(way(name)).toBe('higher');
  });

  it('"A&E visits" stays smaller-is-better', () => {
    expect(way('A&E visits')).toBe('lower');
  });
});
