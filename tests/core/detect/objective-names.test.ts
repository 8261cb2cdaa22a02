/**
 * Where no header names the names' column and no unnamed column holds labels, a column headed as an
 * objective, priority or outcome whose cells are distinct short labels is the names' column: in
 * "Objective | Target | Actual" each row is an objective with its figures. Where a Measure column
 * is there too, the measures are the names and the objectives stay their context.
 */
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import { buildSnapshot, type CellInput } from '../../helpers/snapshot-builder';

function scored(rows: CellInput[][]): Map<string, string> {
  const result = scoreSheet(buildSnapshot(rows, { name: 'Plan' }), defaultRules());
  return new Map(result.indicators.map((i) => [i.source.name, i.status]));
}

describe('an objective column as the names', () => {
  it.each(['Objective', 'Priority', 'Outcome'])('reads "%s | Target | Actual" rows as indicators', (header) => {
    const byName = scored([
      [header, 'Target', 'Actual'],
      ['Increase the number of homes built', 250, 262],
      ['Reduce missed bin collections per 100,000', 60, 75],
      ['Increase the recycling rate', '50%', '41%'],
    ]);
    expect(byName.get('Increase the number of homes built')).toBe('GREEN');
    expect(byName.get('Reduce missed bin collections per 100,000')).toBe('RED');
    expect(byName.get('Increase the recycling rate')).toBe('RED');
  });

  it('takes the Measure column for the names where there is one', () => {
    const byName = scored([
      ['Objective', 'Measure', 'Target', 'Actual'],
      ['Better homes', 'Homes built', 250, 262],
      ['Cleaner streets', 'Missed bin collections per 100,000', 60, 75],
      ['Greener council', 'Recycling rate (%)', 50, 41],
    ]);
    expect([...byName.keys()].sort()).toEqual(
      ['Homes built', 'Missed bin collections per 100,000', 'Recycling rate (%)'].sort(),
    );
  });

  it('does not take a column of paragraphs for the names', () => {
    const long =
      'We will work with our partners across the borough to make sure that every resident who needs help can find it quickly, whoever they ask first, and we will report on this every quarter to the cabinet and to scrutiny so that residents can see how we are doing against what we promised in the plan.';
    const result = scoreSheet(
      buildSnapshot(
        [
          ['Objective', 'Target', 'Actual'],
          [long, 250, 262],
          [`${long} (2)`, 60, 75],
          [`${long} (3)`, 50, 41],
        ],
        { name: 'Plan' },
      ),
      defaultRules(),
    );
    expect(result.indicators).toHaveLength(0);
  });
});
