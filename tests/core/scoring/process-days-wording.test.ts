/**
 * The days a process takes, named after the process ("Average re-let days", "Average void days",
 * "Average processing days"), are smaller-is-better; before, no word decided them and bigger was
 * assumed, so a re-let time falling from 41 to 36 days read as "Not better". Days of something good
 * (training, volunteering) are not durations.
 */
import { wordingWay as way } from '../../helpers/wording-way';

describe('days a process takes', () => {
  it.each(['Average re-let days', 'Average relet days', 'Average void days', 'Average processing days (new claims)'])(
    '%p is smaller-is-better',
    (name) => {
      expect(way(name)).toBe('lower');
    },
  );

  it.each(['Average training days per employee', 'Average volunteer hours'])('%p is not a duration', (name) => {
    expect(way(name)).toBe('higher');
  });
});
