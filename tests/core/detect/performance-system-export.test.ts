/**
 * A performance system's export to a committee report: "Code & Short Name | Q2 2023/24 Value | ...
 * | Q3 2024/25 Value | Q3 2024/25 Target | Status | Short Trend | Long Trend | Latest Note". The
 * names' header is a phrase the quick name test refuses (four words with "&"), but its words say
 * name and the column below is a list of distinct labels: it is the names' column (before: no
 * table found on the sheet). The short trend (against the previous period) takes our trend.
 */
import { scoreRows } from '../../helpers/score-by-name';

describe('a "Code & Short Name" export', () => {
  const rows = [
    ['Performance Report - Education and Children’s Services Committee'],
    ['Generated on: 14 January 2025'],
    [],
    [
      'Code & Short Name',
      'Q2 2023/24 Value',
      'Q3 2023/24 Value',
      'Q1 2024/25 Value',
      'Q2 2024/25 Value',
      'Q3 2024/25 Value',
      'Q3 2024/25 Target',
      'Status',
      'Short Trend',
      'Long Trend',
      'Latest Note',
    ],
    ['ECS02 Attendance rate - primary (%)', 94.2, 93.8, 95.1, 94.7, 94.4, 95, '', '', '', ''],
    ['ECS03 Exclusion rate per 1,000 pupils - secondary', 21.3, 23.8, 12.1, 19.4, 24.6, 20, '', '', '', ''],
    ['ECS04 Early learning and childcare places (1140 hours)', 4810, 4822, 4790, 4812, 4815, 4800, '', '', '', ''],
  ];

  it('reads each row as an indicator, the latest quarter against its target', () => {
    const { result, by } = scoreRows(rows);
    expect(result.indicators).toHaveLength(3);
    const exclusions = result.indicators.find((i) => i.source.name.includes('Exclusion rate'))!;
    expect(exclusions.actual?.value).toBe(24.6);
    expect(exclusions.previous?.value).toBe(19.4);
    expect(exclusions.status).toBe('RED');
    // Status in "Status" (H), trend in "Short Trend" (I): row 6 is index 5.
    expect(exclusions.source.statusCell).toMatchObject({ row: 5, col: 7 });
    expect(exclusions.source.trendCell).toMatchObject({ row: 5, col: 8 });
    expect(by(result.indicators[0].source.name).status).toBe('AMBER');
  });
});
