/**
 * A quarter's profiled target beside month-end columns: "Annual target 2024/25 | Q3 profiled target
 * | Jun-24 | Sep-24 | Dec-24". The figures are cumulative, so December's figure meets the Q3
 * profile, not the year's target (before: "profiled" hid the quarter, and every row was rated
 * against the annual target: 290 businesses against 400 was RED, against the Q3 profile of 300 it
 * is AMBER). The year's target still stands where the quarter's cell is blank.
 */
import { scoreRows } from '../../helpers/score-by-name';
import { mmmYY } from '../../helpers/snapshot-builder';

describe('a Q3 profiled target beside month columns', () => {
  const rows = [
    ['Quarter 3 Performance Monitoring 2024/25'],
    [],
    [
      'Code',
      'Indicator',
      'Polarity',
      'Annual target 2024/25',
      'Q3 profiled target',
      mmmYY(2024, 6),
      mmmYY(2024, 9),
      mmmYY(2024, 12),
      'Status',
    ],
    ['ECD1', 'Businesses supported (cumulative)', 'Higher', 400, 300, 95, 210, 290, ''],
    ['ENV3', 'Tonnes of CO2e from council buildings (cumulative)', 'Lower', 6000, 4300, 1310, 2750, 4600, ''],
    ['ECD2', 'New jobs created (cumulative)', 'Higher', 150, '', 20, 60, 118, ''],
  ];

  it('rates the latest month against the quarter it ends', () => {
    const { by } = scoreRows(rows);
    const businesses = by('Businesses supported (cumulative)');
    expect(businesses.target).toMatchObject({ kind: 'value', value: { value: 300 } });
    expect(businesses.status).toBe('AMBER');
    expect(by('Tonnes of CO2e from council buildings (cumulative)').status).toBe('RED');
  });

  it('falls back to the year target where the quarter has none', () => {
    const { by } = scoreRows(rows);
    expect(by('New jobs created (cumulative)').target).toMatchObject({ kind: 'value', value: { value: 150 } });
  });
});
