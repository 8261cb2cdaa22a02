/**
 * Which way is good for police outcome measures (SCORING.md evidence 4): an arrest or charge rate, a
 * positive outcome rate, a detection rate, crimes solved are the service working, as convictions
 * are, whatever crime they name. Before, "Domestic abuse arrest rate" read smaller-is-better from
 * "abuse", and "Crimes solved" from "crimes".
 */
import { wordingWay as way } from '../../helpers/wording-way';

describe('police outcome measures', () => {
  it.each([
    ['Domestic abuse arrest rate', 'higher'],
    // "Stop and search" is the power used, not a "stop" that turns the words after it round.
    ['Stop and search arrest rate', 'higher'],
    ['Stop and search positive outcome rate', 'higher'],
    ['Charge rate for rape offences', 'higher'],
    ['Positive outcome rate', 'higher'],
    ['Crimes solved', 'higher'],
    ['Detection rate', 'higher'],
    ['Total recorded crime', 'lower'],
  ])('%p is %s', (name, polarity) => {
    expect(way(name)).toBe(polarity);
  });

  it('does not read "arrested" or "charged" alone as good', () => {
    expect(way('Children arrested')).not.toBe('higher');
    expect(way('Council tax charged')).not.toBe('higher');
  });
});
