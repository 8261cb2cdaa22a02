/**
 * Metrics across with months down, whose corner over the months is a name word ("KPI", "Metric"):
 * the word labels the row of metric names. Before, a name word anywhere on the row made it a
 * register's header, and the table ("KPI | Calls answered | Abandoned calls" over "Target", "Jan",
 * "Feb", "Mar") was not found.
 */
import { scoreRows } from '../../helpers/score-by-name';

describe('a name word in the corner over the months', () => {
  it.each(['KPI', 'Metric'])('"%s" labels the metric names; each column is a metric', (corner) => {
    const { result, by } = scoreRows([
      [corner, 'Calls answered', 'Abandoned calls', 'Avg handle time (secs)'],
      ['Target', '90%', '5%', 300],
      ['Jan', '88%', '6%', 320],
      ['Feb', '91%', '4%', 305],
      ['Mar', '89%', '5%', 298],
    ]);
    expect(result.indicators.map((i) => i.source.name)).toEqual([
      'Calls answered',
      'Abandoned calls',
      'Avg handle time (secs)',
    ]);
    const calls = by('Calls answered');
    expect(calls.actual?.value).toBe(89);
    expect(calls.previous?.value).toBe(91);
    expect(calls.status).toBe('AMBER');
    expect(by('Avg handle time (secs)').status).toBe('GREEN');
  });

  it('keeps a long table, whose name column holds names, as it was', () => {
    const { result } = scoreRows([
      ['Metric', 'Month', 'Value', 'Target'],
      ['Calls answered', 'Jan-24', '88%', '90%'],
      ['Calls answered', 'Feb-24', '91%', '90%'],
      ['Abandoned calls', 'Jan-24', '6%', '5%'],
      ['Abandoned calls', 'Feb-24', '4%', '5%'],
    ]);
    expect(result.indicators.map((i) => i.source.name)).toEqual(['Calls answered', 'Abandoned calls']);
  });
});
