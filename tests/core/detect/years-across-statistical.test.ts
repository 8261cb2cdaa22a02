/**
 * Official statistics tables with years across and areas down ("LA code | Local authority |
 * 2019-20 | 2020-21 [note 2] | ..."): no header names the names or a figure, but the years are
 * periods with figures under them, so the table is read, each area an indicator with no target
 * (nothing invented) and its trend against the year before. A report's heading line with a quarter
 * and a year over separator lines is not such a table.
 */
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import { buildSnapshot, type CellInput } from '../../helpers/snapshot-builder';

describe('years across, areas down, no role words', () => {
  it('reads each area as an indicator of the years', () => {
    const rows: CellInput[][] = [
      ['Table 1: Average days to re-let local authority dwellings, England, 2019-20 to 2022-23 [note 1]'],
      ['This worksheet contains one table. Some cells refer to notes which can be found on the notes worksheet.'],
      ['LA code', 'Local authority', '2019-20', '2020-21 [note 2]', '2021-22', '2022-23 [p]'],
      ['E06000001', 'Hartlepool', 28, 45, 40, '36 [p]'],
      ['E06000002', 'Middlesbrough', 35, 60, 52, '[x]'],
      ['E06000003', 'Redcar and Cleveland', 31, 50, '44 [r]', '41 [p]'],
      ['E06000004', 'Stockton-on-Tees', 25, 38, 35, '33 [p]'],
    ];
    const result = scoreSheet(buildSnapshot(rows, { name: 'Table_1' }), defaultRules());
    const byName = new Map(result.indicators.map((i) => [i.source.name, i]));
    expect([...byName.keys()].sort()).toEqual(
      ['Hartlepool', 'Middlesbrough', 'Redcar and Cleveland', 'Stockton-on-Tees'].sort(),
    );
    const hartlepool = byName.get('Hartlepool')!;
    expect(hartlepool.actual).toMatchObject({ value: 36 });
    expect(hartlepool.previous).toMatchObject({ value: 40 });
    expect(hartlepool.actualPeriod?.label).toMatch(/2022-23/);
    expect(hartlepool.status).toBe('NO_TARGET');
    expect(byName.get('Middlesbrough')!.status).toBe('NOT_SCORED');
    // No targets anywhere: no rating invented.
    expect(result.indicators.some((i) => ['GREEN', 'AMBER', 'RED'].includes(i.status))).toBe(false);
  });

  it('does not read a report heading line over separator lines as a table', () => {
    const result = scoreSheet(
      buildSnapshot(
        [
          ['No Comment Required (on target)'],
          [],
          ['Performance Report', '- Quarter 1', '2012/13'],
          ['--------------------', '-------------', '---------'],
          [],
          ['Meredith Teasdale'],
          ['-------------------', '--'],
          [],
          ['RED DIAMOND'],
        ],
        { name: 'Report' },
      ),
      defaultRules(),
    );
    expect(result.indicators).toHaveLength(0);
  });
});
