/**
 * Metrics across with their targets on a row of their own ("Target | 90% | 60" under the header,
 * above the months), as operational dashboards lay them out: each metric rated against its
 * column's target (metrics-across-target-row.ts). Before, the "Target" label ended the body before
 * any period and the table was not found.
 */
import { scoreRows } from '../../helpers/score-by-name';
import { pct } from '../../helpers/snapshot-builder';

describe('a target row in a metrics-across table', () => {
  it('gives each metric its target, and is not a period', () => {
    const { result, by } = scoreRows([
      ['Month', 'Calls offered', 'Calls answered %', 'Avg wait (secs)'],
      ['Target', '', pct(0.9), 60],
      ['April 2023', '12,450', pct(0.88), 72],
      ['May 2023', '11,980', pct(0.91), 58],
      ['June 2023', '13,210', pct(0.87), 81],
    ]);
    expect(result.indicators.map((i) => i.source.name)).toEqual([
      'Calls offered',
      'Calls answered %',
      'Avg wait (secs)',
    ]);
    const wait = by('Avg wait (secs)');
    expect(wait.actual?.value).toBe(81);
    expect(wait.previous?.value).toBe(58);
    expect(wait.target).toMatchObject({ kind: 'value', value: { value: 60 } });
    expect(wait.status).toBe('RED');
    expect(by('Calls answered %').status).toBe('AMBER');
    expect(by('Calls offered').status).toBe('NO_TARGET');
  });

  it('reads "Target 2023/24" below the months too', () => {
    const { by } = scoreRows([
      ['Month', 'Repairs completed', 'Homes let'],
      ['April 2023', 410, 52],
      ['May 2023', 455, 61],
      ['Target 2023/24', 420, 55],
    ]);
    expect(by('Repairs completed').status).toBe('GREEN');
    expect(by('Homes let').actual?.value).toBe(61);
  });
});
