/**
 * A monthly table where each measure's row is followed by a row labelled "Target" alone, in the
 * names' column: that row is the measure's target per month (the measure's own row its figures).
 * Before: each "Target" row was read as an indicator of its own named "Target", and the measures
 * had no target (NO_TARGET).
 */
import { scoreRows } from '../../helpers/score-by-name';

describe('a "Target" row under each measure', () => {
  const { result, by } = scoreRows([
    ['Measure', 'Apr', 'May', 'Jun', 'Jul', 'RAG'],
    ['Rent collected (%)', 95.1, 96.0, 96.4, 96.8, null],
    ['Target', 97, 97, 97, 97, null],
    ['Repairs completed on time (%)', 88, 90, 87, 85, null],
    ['Target', 92, 92, 92, 92, null],
  ]);

  it('is the target of the measure above, not an indicator', () => {
    expect(result.indicators.map((i) => i.source.name)).toEqual([
      'Rent collected (%)',
      'Repairs completed on time (%)',
    ]);
    expect(by('Rent collected (%)').status).toBe('AMBER');
    expect(by('Repairs completed on time (%)').status).toBe('RED');
  });
});
