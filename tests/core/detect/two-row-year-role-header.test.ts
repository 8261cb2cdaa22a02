/**
 * A header over two rows, each figure column with its own year above its role ("2023/24" over
 * "Outturn", "2024/25" over "Target", "Q2", "RAG"), the names' headers (Service, Ref, Performance
 * Indicator, Polarity) in the upper row only. The lower row's blank start is not a blank-corner
 * header of its own: before, it was read as one, the Service column ("Housing") became the names
 * and the Polarity column was lost (directions assumed).
 */
import { scoreRows } from '../../helpers/score-by-name';

describe('a year over each role, names in the upper row', () => {
  const { by, result } = scoreRows([
    [
      'Service',
      'Ref',
      'Performance Indicator',
      'Polarity',
      '2022/23',
      '2023/24',
      '2024/25',
      '2024/25',
      '2024/25',
      'Comments',
    ],
    [null, null, null, null, 'Outturn', 'Outturn', 'Target', 'Q2', 'RAG', null],
    ['Housing', 'H01', 'Average time to complete adaptations (weeks)', 'Low', 14, 12, 12, 13.5, null, ''],
    ['Housing', 'H02', 'Tenant satisfaction with repairs', 'High', '78%', '81%', '85%', '84%', null, ''],
  ]);

  it('reads the names, codes and polarity from the upper row', () => {
    expect(result.indicators.map((i) => i.source.code)).toEqual(['H01', 'H02']);
    const adapt = by('Average time to complete adaptations (weeks)');
    expect(adapt.polarity).toBe('lower');
    expect(adapt.polaritySource).toBe('field');
  });

  it("rates this year's Q2 against this year's target, last year's outturn the trend reference", () => {
    const adapt = by('Average time to complete adaptations (weeks)');
    expect(adapt.actual?.value).toBe(13.5);
    expect(adapt.previous?.value).toBe(12);
    expect(adapt.target).toMatchObject({ kind: 'value', value: { value: 12 } });
    expect(adapt.status).toBe('RED');
    const sat = by('Tenant satisfaction with repairs');
    expect(sat.status).toBe('AMBER');
    expect(sat.trend).toBe('BIT_BETTER');
    // The status goes in the RAG column.
    expect(sat.source.statusCell).toMatchObject({ row: 3, col: 8 });
  });
});
