/**
 * A long download with a metric's statistics beside its figure ("Metric | Date | Value | Mean |
 * UCL | LCL | Target", a row per metric per date, as SPC charts are fed): each metric is one
 * indicator, rated on its latest date against its target. Before, the repeated names were not taken
 * for names, and "Value", "Mean", "UCL" and "LCL" were each read as a metric across the dates (LCL
 * rated against the target column).
 */
import { scoreRows } from '../../helpers/score-by-name';
import { pct } from '../../helpers/snapshot-builder';

describe('long format with statistics columns', () => {
  it('reads one indicator a metric, the statistics aside', () => {
    const { result, by } = scoreRows([
      ['Metric', 'Date', 'Value', 'Mean', 'UCL', 'LCL', 'Target'],
      ['Bed occupancy', '2023-06-01', pct(0.93), pct(0.92), pct(0.97), pct(0.87), pct(0.92)],
      ['Bed occupancy', '2023-07-01', pct(0.95), pct(0.92), pct(0.97), pct(0.87), pct(0.92)],
      ['Bed occupancy', '2023-08-01', pct(0.91), pct(0.92), pct(0.97), pct(0.87), pct(0.92)],
      ['Delayed discharges', '2023-06-01', 84, 80, 110, 50, 60],
      ['Delayed discharges', '2023-07-01', 92, 80, 110, 50, 60],
      ['Delayed discharges', '2023-08-01', 77, 80, 110, 50, 60],
    ]);
    expect(result.indicators.map((i) => i.source.name)).toEqual(['Bed occupancy', 'Delayed discharges']);
    const delays = by('Delayed discharges');
    expect(delays.actual?.value).toBe(77);
    expect(delays.previous?.value).toBe(92);
    expect(delays.target).toMatchObject({ kind: 'value', value: { value: 60 } });
    expect(delays.status).toBe('RED');
  });

  it('still reads metrics across where the first column is the periods', () => {
    const { result } = scoreRows([
      ['Week', 'Calls answered %', 'Target', 'Abandoned %', 'Target'],
      ['2024-01-07', 88, 90, 6.1, 5],
      ['2024-01-14', 91, 90, 4.8, 5],
    ]);
    expect(result.indicators.map((i) => i.source.name)).toEqual(['Calls answered %', 'Abandoned %']);
  });
});
