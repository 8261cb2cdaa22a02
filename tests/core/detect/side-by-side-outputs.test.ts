/**
 * Two tables side by side with a gap narrower than the outputs the left one adds, the right one
 * starting with a code column: the right table still gets a status column of its own. Before, the left table's variance took the column right of
 * the right table, the right table's status landed on the same cells, and its statuses were not
 * written ("shares output cells with a table read before it").
 */
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import { buildSnapshot } from '../../helpers/snapshot-builder';

describe('output columns of tables side by side', () => {
  it('gives each table its own output cells, every status written', () => {
    const result = scoreSheet(
      buildSnapshot(
        [
          ['Measure', 'Target', 'Actual', '', '', 'Ref', 'Measure', 'Target', 'Actual'],
          ['Calls answered (%)', 90, 92, '', '', 'HR1', 'Sickness days per FTE', 8, 8.6],
          ['Complaints answered in time (%)', 95, 93, '', '', 'HR2', 'Staff turnover (%)', 12, 10.1],
        ],
        { name: 'Two tables' },
      ),
      defaultRules(),
    );
    expect(result.indicators).toHaveLength(4);
    const refs = result.indicators.flatMap((i) => [i.source.statusCell, i.source.trendCell, i.source.varianceCell]);
    // Every status has its cell; the left table's added columns stop at the right table
    // (side-tables-one-spacer.test.ts), so its variance may have none.
    expect(result.indicators.every((i) => i.source.statusCell !== undefined)).toBe(true);
    const cells = refs.filter((c) => c !== undefined).map((c) => `${c!.row}:${c!.col}`);
    expect(new Set(cells).size).toBe(cells.length);
    expect(result.warnings.filter((w) => /shares output cells/.test(w.message))).toEqual([]);
    const written = new Set(result.plan.writes.map((w) => `${w.cell.row}:${w.cell.col}`));
    for (const i of result.indicators)
      expect(written.has(`${i.source.statusCell!.row}:${i.source.statusCell!.col}`)).toBe(true);
  });
});
