/**
 * A year-to-date figure in the first quarter of a new year: "% of council tax collected" runs 27.9,
 * 55.2, 82.8, 96.9 through 2022/23 and starts again at 28.1 in Q1 2023/24. Against Q4 it "fell" by
 * two thirds (before: Not better); it restarted. The trend is against the same quarter last year
 * (27.9: a bit better), and the note says why. Within a year the quarter before stays the reference.
 */
import { scoreRows } from '../../helpers/score-by-name';

const header = [
  'Measure',
  'Target',
  'Q1 2022/23',
  'Q2 2022/23',
  'Q3 2022/23',
  'Q4 2022/23',
  'Q1 2023/24',
  'Q2 2023/24',
];

describe('a cumulative figure at the start of a new year', () => {
  it('trends against the same quarter last year, not the last quarter of the old year', () => {
    const { by } = scoreRows([
      header,
      ['Percentage of council tax collected', 28, 27.9, 55.2, 82.8, 96.9, 28.1, null],
      ['Average days to process new claims', 18, 19, 18, 21, 17, 16, null],
    ]);
    const tax = by('Percentage of council tax collected');
    expect(tax.previousPeriod?.label).toBe('Q1 2022/23');
    expect(tax.trend).toBe('BIT_BETTER');
    expect(tax.status).toBe('GREEN');
    expect(tax.notes.join(' ')).toMatch(/same period last year .*cumulative/);
    // Not cumulative: the quarter before is the reference, across the year end too.
    expect(by('Average days to process new claims').previousPeriod?.label).toBe('Q4 2022/23');
  });

  it('within a year the quarter before stays the reference', () => {
    const { by } = scoreRows([header, ['Percentage of council tax collected', 56, 27.9, 55.2, 82.8, 96.9, 28.1, 55.9]]);
    expect(by('Percentage of council tax collected').previousPeriod?.label).toBe('Q1 2023/24');
  });
});
