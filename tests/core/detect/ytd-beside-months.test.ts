/**
 * Month columns, then a "YTD" figure and a "YTD Target" (and the year's target): the target is on
 * the year-to-date basis, so the figure it is met by is the YTD column, not the latest month. 120
 * homes to date against a to-date target of 75 is GREEN; before, September's 20 was rated against
 * 75 (RED).
 */
import { scoreRows } from '../../helpers/score-by-name';

describe('a YTD figure and a YTD target beside the months', () => {
  const rows = (months: string[]) => [
    ['Measure', ...months, 'YTD', 'YTD Target', 'Annual Target', 'RAG'],
    ['Affordable homes delivered', 20, 20, 20, 20, 20, 20, 120, 75, 150, null],
    ['New businesses supported', 3, 4, 2, 5, 3, 4, 21, 30, 60, null],
  ];

  it.each([
    [['Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep']],
    [['Apr-23', 'May-23', 'Jun-23', 'Jul-23', 'Aug-23', 'Sep-23']],
  ])('rates the YTD figure against the YTD target (%p)', (months) => {
    const { by } = scoreRows(rows(months));
    const homes = by('Affordable homes delivered');
    expect(homes.actual).toMatchObject({ value: 120 });
    expect(homes.status).toBe('GREEN');
    expect(by('New businesses supported').status).toBe('RED');
  });

  it('with no YTD target, the latest month stays the figure (its target unknown basis)', () => {
    const { by } = scoreRows([
      ['Measure', 'Apr', 'May', 'Jun', 'YTD', 'Target', 'RAG'],
      ['Household waste recycled (%)', 48, 51, 50, 49.7, 50, null],
    ]);
    expect(by('Household waste recycled (%)').actual).toMatchObject({ value: 50 });
  });
});
