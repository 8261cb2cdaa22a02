/**
 * A register or logframe often has a grouping column on the left, merged down over its rows
 * ("Outputs work package 1" over three rows; a council's Priority or Outcome), then the indicators,
 * one per row. Only the top cell of a merge holds text, so read as the names' column every other row
 * would be lost ("Row 5 has figures but no indicator name"). The column whose header says
 * Indicator / Measure names the rows; without such a header, the column of distinct labels on every
 * row does; the merged column is the rows' group.
 */
import { scoreRows } from '../../helpers/score-by-name';
import type { CellInput } from '../../helpers/snapshot-builder';
import type { CellRange } from '../../../src/core/snapshot';

/** A merge over rows r0..r1 (0-based) of column c. */
const down = (c: number, r0: number, r1: number): CellRange => ({
  row: r0,
  col: c,
  rowCount: r1 - r0 + 1,
  colCount: 1,
});

/** Results framework: group (merged), result statement, indicator, baseline, target, actual, on track. */
function framework(nameHeader: string): { rows: CellInput[][]; merges: CellRange[] } {
  const rows: CellInput[][] = [
    ['Project results framework'],
    [],
    ['', '', nameHeader, 'Baseline', 'Target', 'Actual', 'On track?'],
    ['Outputs work package 1', 'Output 1.1 Staff trained', 'Number of staff trained', 0, 40, 42, 'Y'],
    [null, 'Output 1.2 Guidance published', 'Number of guidance notes published', 0, 5, 2, 'N'],
    [null, 'Output 1.3 Partners engaged', 'Number of partner workshops held', 0, 6, 6, 'Y'],
    ['Outputs work package 2', 'Output 2.1 Data harmonised', 'Number of datasets harmonised', 0, 3, 1, 'N'],
    [null, 'Output 2.2 Maps produced', 'Number of map layers produced', 0, 3, 3, 'Y'],
  ];
  return { rows, merges: [down(0, 3, 5), down(0, 6, 7)] };
}

const EXPECTED: [string, string][] = [
  ['Number of staff trained', 'GREEN'],
  ['Number of guidance notes published', 'RED'],
  ['Number of partner workshops held', 'GREEN'],
  ['Number of datasets harmonised', 'RED'],
  ['Number of map layers produced', 'GREEN'],
];

describe('a merged grouping column left of the indicators', () => {
  it.each(['Indicator', 'Measure', 'Performance indicator'])(
    'the column headed "%s" names the rows, not the merged group column under the blank corner',
    (header) => {
      const { rows, merges } = framework(header);
      const { result, by } = scoreRows(rows, { name: 'Logframe', merges });
      expect(result.indicators).toHaveLength(5);
      for (const [name, status] of EXPECTED) expect(by(name).status).toBe(status);
      expect(result.warnings.filter((w) => /no indicator name/.test(w.message))).toEqual([]);
    },
  );

  it('with no name header, the column of distinct labels on every row names them, not the merged one', () => {
    const rows: CellInput[][] = [
      ['Service plan 2024/25'],
      [],
      ['', '', 'Baseline', 'Target', 'Actual'],
      ['Cleaner streets', 'Missed bin collections per 100,000', 80, 60, 75],
      [null, 'Streets graded A for litter (%)', 85, 90, 93],
      [null, 'Fly-tipping incidents cleared in 2 days (%)', 90, 95, 96],
      ['Better homes', 'Homes built', 200, 250, 262],
      [null, 'Empty homes brought back into use', 100, 120, 80],
    ];
    const { result, by } = scoreRows(rows, { name: 'Plan', merges: [down(0, 3, 5), down(0, 6, 7)] });
    expect(result.indicators.map((i) => i.source.name).sort()).toEqual(
      [
        'Missed bin collections per 100,000',
        'Streets graded A for litter (%)',
        'Fly-tipping incidents cleared in 2 days (%)',
        'Homes built',
        'Empty homes brought back into use',
      ].sort(),
    );
    expect(by('Homes built').status).toBe('GREEN');
    expect(by('Empty homes brought back into use').status).toBe('RED');
    expect(result.warnings.filter((w) => /no indicator name/.test(w.message))).toEqual([]);
  });

  it('a council register: a merged Priority column left of the Measure column', () => {
    const rows: CellInput[][] = [
      ['Priority', 'Measure', 'Target', 'Actual'],
      ['A greener borough', 'Household waste recycled (%)', 50, 52],
      [null, 'Residual waste per household (kg)', 450, 480],
      ['A safer borough', 'Anti-social behaviour reports', 900, 850],
      [null, 'Repeat victims of domestic abuse (%)', 25, 24],
    ];
    const { result } = scoreRows(rows, { name: 'Register', merges: [down(0, 1, 2), down(0, 3, 4)] });
    expect(result.indicators.map((i) => i.source.name)).toEqual([
      'Household waste recycled (%)',
      'Residual waste per household (kg)',
      'Anti-social behaviour reports',
      'Repeat victims of domestic abuse (%)',
    ]);
  });
});
