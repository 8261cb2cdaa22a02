/**
 * A "Met?" column of ticks and crosses: the author's two-state key (met, not met). It is the status
 * column (before: a column of our own was added beside it), ours are written as the author's marks,
 * and Amber, which the key has no mark for, in Scorelight's word (SCORING.md: a two-word key).
 */
import { ratingOf } from '../../../src/core/scoring/rating-words';
import { scoreRows } from '../../helpers/score-by-name';

describe('ticks and crosses', () => {
  it.each([
    ['✓', 'GREEN'],
    ['✔', 'GREEN'],
    ['✗', 'RED'],
    ['✘', 'RED'],
  ])('%p is %p', (mark, status) => {
    expect(ratingOf(mark)).toBe(status);
  });

  it('writes statuses into the "Met?" column in its marks', () => {
    const { by } = scoreRows([
      ['Measure', 'Target', 'Q1', 'Q2', 'Met?'],
      ['Household waste recycled (%)', '45%', '44%', '46%', null],
      ['Invoices paid in 30 days (%)', '95%', '96%', '93%', null],
      ['Planning apps on time (%)', '90%', '92%', '94%', '✓'],
      ['Staff turnover (%)', '10%', '12%', '13%', '✗'],
    ]);
    const waste = by('Household waste recycled (%)');
    expect(waste.source.statusCell).toMatchObject({ row: 1, col: 4 });
    expect(waste.statusLabel).toBe('✓');
    expect(by('Staff turnover (%)').statusLabel).toBe('✗');
    expect(by('Invoices paid in 30 days (%)').statusLabel).toBe('Amber');
  });
});
