/**
 * A North American scorecard: Plan, Actual, Variance and a "Favorable / Unfavorable" column. The
 * US spelling is the author's rating as "Favourable" is (rating-words.ts): the column is the status
 * column, written in the author's words, and the ratings tell which way is good where the name does
 * not. A "call answer time" is smaller-is-better by its wording (expenditure is not said either way:
 * public tables count R&D and capital expenditure to be more).
 */
import { polarityFromWording } from '../../../src/core/scoring/evidence/polarity-from-wording';
import { ratingOf } from '../../../src/core/scoring/rating-words';
import { nameOnly } from '../../../scripts/bench/polarity';
import { scoreRows } from '../../helpers/score-by-name';

describe('Favorable / Unfavorable against plan', () => {
  it('reads the US spelling as a rating', () => {
    expect(ratingOf('Favorable')).toBe('GREEN');
    expect(ratingOf('Unfavorable')).toBe('RED');
  });

  it('writes statuses into the author column and takes its ratings as evidence', () => {
    const { result, by } = scoreRows([
      ['Measure', 'Plan', 'Actual', 'Variance', 'Favorable / Unfavorable'],
      ['Transit ridership (millions)', 15.2, 14.1, -1.1, 'Unfavorable'],
      ['Snow routes cleared in 24 hours', 40, 46, 6, 'Favorable'],
      ['Lane closures over 48 hours', 20, 14, -6, 'Favorable'],
    ]);
    const closures = by('Lane closures over 48 hours');
    expect(closures.polarity).toBe('lower');
    expect(closures.status).toBe('GREEN');
    expect(closures.source.statusCell).toEqual({ row: 3, col: 4 });
    const written = (row: number) => result.plan.writes.find((w) => w.cell.row === row && w.cell.col === 4)?.text;
    expect(written(3)).toContain('Favorable');
    expect(written(1)).toContain('Unfavorable');
  });
});

describe('wording of answering', () => {
  it.each([
    ['Average 911 call answer time (seconds)', 'lower'],
    ['Call answer time', 'lower'],
  ])('%p is %s', (name, polarity) => {
    expect(polarityFromWording(nameOnly(name))?.polarity ?? null).toBe(polarity);
  });
});
