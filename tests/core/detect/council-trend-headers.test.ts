/**
 * Trend columns headed by what they compare with: "Compared to last year", "Performance compared
 * with previous quarter", "Trend (vs last year)", "DoT since Q2", "Better or worse than last year",
 * "Improved / declined". The trend goes into the author's column, not a new one beside the table
 * (before: the header gave no role, and ours was added after the last column). A column so headed
 * that holds figures ("+2.3") is the author's own change figures: not written, ours goes beside it.
 */
import { keywordRole } from '../../../src/core/detect/column-words';
import { scoreRows } from '../../helpers/score-by-name';

describe('trend headers that name the comparison', () => {
  it.each([
    'Compared to last year',
    'Performance compared with previous quarter',
    'Comparison with previous year',
    'Trend (vs last year)',
    'DoT since Q2',
    'Direction of travel since last year',
    'Better or worse than last year',
    'Improved / declined',
  ])('"%s" is the trend column', (header) => {
    expect(keywordRole(header)).toBe('trend');
  });

  it.each(['Change on last year', 'Trend commentary', 'Variance compared to last year'])('"%s" is not', (header) => {
    expect(keywordRole(header)).not.toBe('trend');
  });

  it('writes the trend into an empty "Compared to last year" column', () => {
    const { by } = scoreRows([
      ['Ref', 'Measure', '2022/23', '2023/24', 'Target 2023/24', 'Compared to last year'],
      ['PAM/041', '% of clients who completed the exercise programme', 55, 57, 55, ''],
      ['PAM/043', 'Kilograms of residual waste per person', 165.1, 158.9, 160, ''],
    ]);
    expect(by('Kilograms of residual waste per person').source.trendCell).toMatchObject({ row: 2, col: 5 });
  });

  it('leaves a "Compared to last year" column of figures to the author', () => {
    const { by } = scoreRows([
      ['Ref', 'Measure', '2022/23', '2023/24', 'Target 2023/24', 'Compared to last year'],
      ['A1', '% of clients who completed the exercise programme', 55, 57, 55, 2],
      ['A2', 'Kilograms of residual waste per person', 165.1, 158.9, 160, -6.2],
      ['A3', 'Number of trees planted', 2500, 2900, 3000, 400],
    ]);
    expect(by('Number of trees planted').source.trendCell?.col).not.toBe(5);
  });
});
