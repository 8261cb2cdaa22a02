/**
 * The board summary plan for a seed-002 style sheet, checked cell by cell: what a board member
 * would read, where it sits, how numbers are formatted, and what prints.
 */
import { buildSummary } from '../../src/core/summary/build';
import type { SummaryPlan } from '../../src/core/summary/types';
import { boardResult, boardRules } from './board-fixture';
import { SCORED_AT } from './fixtures';

/** The plan as rows of 8 values ("" for empty), null for an empty row. */
function grid(plan: SummaryPlan): ((string | number)[] | null)[] {
  const last = Math.max(...plan.cells.map((c) => c.row));
  const rows: ((string | number)[] | null)[] = Array.from({ length: last + 1 }, () => null);
  for (const c of plan.cells) {
    const row = rows[c.row] ?? Array<string | number>(8).fill('');
    row[c.col] = c.value;
    rows[c.row] = row;
  }
  return rows;
}

function cell(plan: SummaryPlan, row: number, col: number) {
  const c = plan.cells.find((x) => x.row === row && x.col === col);
  if (!c) throw new Error(`no cell at ${row},${col}`);
  return c;
}

const EXPECTED: ((string | number)[] | null)[] = [
  ['Performance indicators: Children KPIs', '', '', '', '', '', '', ''],
  ['Quarter 2 2020/21 (July to September 2020)', '', '', '', '', '', '', ''],
  ['Scored on 14 October 2020 by Scorelight.', '', '', '', '', '', '', ''],
  null,
  ['Summary', '', '', '', '', '', '', ''],
  [
    'This summary provides Quarter 2 (July to September) 2020/21 performance information for 6 indicators on the “Children KPIs” sheet: 2 are green, 1 amber and 1 red.',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
  ],
  [
    'Performance improved on 2 of the 4 indicators that can be compared with Quarter 1 2020/21; 1 indicator is red: % Re-referrals within 12 months.',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
  ],
  [
    'Compared with Quarter 2 2019/20, 2 indicators are better and 2 worse; the largest improvements were Missing episodes of children in care (from 31 to 18) and Initial Child Protection Conferences within 15 working days (from 84.0% to 91.6%).',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
  ],
  [
    'Performing well: Missing episodes of children in care at 6, 4 below the target of 10 (smaller is better); and Initial Child Protection Conferences within 15 working days at 91.6%, 6.6 percentage points above the target of 85.0%.',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
  ],
  [
    'Areas for focus: % Re-referrals within 12 months at 22.4%, 4.4 percentage points above the target of 18.0% (smaller is better); and =Children in care per 10,000 at 65, 2 above the target of 63 (smaller is better).',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
  ],
  [
    '2 indicators could not be rated: 1 is not yet reported and 1 has no target set as a figure. Where indicators are reported annually, quarterly updates are not available.',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
  ],
  null,
  ['Indicators by status', '', '', '', '', '', '', ''],
  ['Status', 'Indicators', '', '', '', '', '', ''],
  ['● Green', 2, '', '', '', '', '', ''],
  ['▲ Amber', 1, '', '', '', '', '', ''],
  ['■ Red', 1, '', '', '', '', '', ''],
  ['○ No data', 1, '', '', '', '', '', ''],
  ['◇ No target', 1, '', '', '', '', '', ''],
  ['Total', 6, '', '', '', '', '', ''],
  [
    'Chart: Indicators by status, one bar per status. ● Green 2 (33%); ▲ Amber 1 (17%); ■ Red 1 (17%); ○ No data 1 (17%); ◇ No target 1 (17%). Total 6 indicators.',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
  ],
  null,
  ['Performing well (2)', '', '', '', '', '', '', ''],
  ['Indicator', 'Latest value', 'Target', 'Status', 'Variance against target', 'Trend', '', ''],
  [
    'Missing episodes of children in care',
    6,
    10,
    '● Green',
    '4 below the target of 10 (smaller is better)',
    '▲ Much better',
    '',
    '',
  ],
  [
    'Initial Child Protection Conferences within 15 working days',
    91.6,
    85,
    '● Green',
    '6.6 percentage points above the target of 85.0%',
    '△ Bit better',
    '',
    '',
  ],
  null,
  ['Areas for focus (2)', '', '', '', '', '', '', ''],
  ['Indicator', 'Latest value', 'Target', 'Status', 'Variance against target', 'Trend', '', ''],
  [
    '% Re-referrals within 12 months',
    22.4,
    18,
    '■ Red',
    '4.4 percentage points above the target of 18.0% (smaller is better)',
    '▼ Not better',
    '',
    '',
  ],
  [
    '=Children in care per 10,000',
    65,
    63,
    '▲ Amber',
    '2 above the target of 63 (smaller is better)',
    '▼ Not better',
    '',
    '',
  ],
  null,
  ['Quarter on quarter: Q2 2020/21 (4)', '', '', '', '', '', '', ''],
  [
    'Indicator',
    'This quarter Q2 2020/21',
    'Previous quarter Q1 2020/21',
    'Change on previous quarter',
    'Better or worse than previous quarter',
    'Same quarter last year Q2 2019/20',
    'Change on last year',
    'Better or worse than last year',
  ],
  ['Missing episodes of children in care', 18, 24, -6, '▲ Better', 31, -13, '▲ Better'],
  ['% Re-referrals within 12 months', 22.4, 20.1, 2.3, '▼ Worse', 19, 3.4, '▼ Worse'],
  ['Initial Child Protection Conferences within 15 working days', 91.6, 90, 1.6, '▲ Better', 84, 7.6, '▲ Better'],
  ['=Children in care per 10,000', 65, 63, 2, '▼ Worse', 61, 4, '▼ Worse'],
  [
    "Each quarter's figure is the total of its months for Missing episodes of children in care; the last month's figure for % Re-referrals within 12 months, Initial Child Protection Conferences within 15 working days, =Children in care per 10,000. Quarters are UK financial quarters (Q1 April to June ... Q4 January to March). Better or worse follows each indicator’s polarity.",
    '',
    '',
    '',
    '',
    '',
    '',
    '',
  ],
  null,
  ['Not rated this period (2)', '', '', '', '', '', '', ''],
  ['Indicator', 'Last figure', 'Period of last figure', 'Status', 'Reason', 'Target', '', ''],
  ['+Dental checks for children in care', 14.9, 'Jun-20', '○ No data', 'Not yet reported', 90, '', ''],
  ['@Young people in education, employment or training', 62, '–', '◇ No target', 'Target not set', 'Not set', '', ''],
  null,
  [
    'Key: Green: on or better than target; Amber: worse than target by no more than the tolerance; Red: worse than target by more than the tolerance. Trend compares the latest figure with the previous period.',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
  ],
];

describe("buildSummary for a children's services sheet (Quarter 2 2020/21)", () => {
  const plan = buildSummary(boardResult(), boardRules(), SCORED_AT);

  test('every cell, row by row', () => {
    expect(grid(plan)).toEqual(EXPECTED);
  });

  test('names the sheet after its source', () => {
    expect(plan.sheetName).toBe('Children KPIs summary');
    expect(plan.sourceSheet).toBe('Children KPIs');
  });

  test("figures are numbers in the sheet's own format; percentages are points shown with a literal %", () => {
    expect(cell(plan, 25, 1)).toMatchObject({ value: 91.6, kind: 'number', numberFormat: '0.0"%"', style: 'td-num' });
    expect(cell(plan, 24, 2)).toMatchObject({ value: 10, kind: 'number', numberFormat: '0' });
    expect(cell(plan, 34, 3)).toMatchObject({ value: -6, numberFormat: '+0;-0;0' });
    expect(cell(plan, 35, 3)).toMatchObject({ value: 2.3, numberFormat: '+0.0" pts";-0.0" pts";0.0" pts"' });
    expect(cell(plan, 42, 1)).toMatchObject({ value: 14.9, numberFormat: '0.0"%"' });
  });

  test("status, trend and direction cells carry word, symbol and the rules' colours", () => {
    expect(cell(plan, 29, 3)).toMatchObject({ value: '■ Red', style: 'status-RED' });
    expect(plan.styles['status-RED']).toMatchObject({ fill: '#FFC7CE', fontColor: '#9C0006', bold: true });
    expect(cell(plan, 24, 5)).toMatchObject({ value: '▲ Much better', style: 'trend-MUCH_BETTER' });
    expect(plan.styles['trend-MUCH_BETTER']).toMatchObject({ fill: '#C6EFCE' });
    expect(cell(plan, 34, 4)).toMatchObject({ value: '▲ Better', style: 'dir-better' });
    expect(cell(plan, 35, 4)).toMatchObject({ value: '▼ Worse', style: 'dir-worse' });
  });

  test('titles, headings and wide text are merged across the page; nothing inside a table is merged', () => {
    for (const row of [0, 1, 2, 4, 5, 10, 12, 20, 22, 38, 45]) {
      expect(plan.merges).toContainEqual({ row, col: 0, rowCount: 1, colCount: 8 });
    }
    const tableRows = new Set(
      plan.tables.flatMap((t) => Array.from({ length: t.range.rowCount }, (_, i) => t.range.row + i)),
    );
    expect(plan.merges.filter((m) => tableRows.has(m.row))).toEqual([]);
  });

  test('every data region is a table with a header row, top to bottom from column A', () => {
    expect(plan.tables.map((t) => [t.name, t.range.row, t.range.col, t.range.rowCount, t.columns.length])).toEqual([
      ['Indicators_by_status_Children_KPIs', 13, 0, 6, 2],
      ['Performing_well_Children_KPIs', 23, 0, 3, 6],
      ['Areas_for_focus_Children_KPIs', 28, 0, 3, 6],
      ['Quarter_on_quarter_Children_KPIs', 33, 0, 5, 8],
      ['Not_rated_Children_KPIs', 41, 0, 3, 6],
    ]);
    for (const t of plan.tables) expect(t.columns).toEqual(t.columns.map((_, k) => cell(plan, t.range.row, k).value));
    expect(plan.document).toEqual({
      title: 'Performance indicators: Children KPIs, Quarter 2 2020/21 (July to September 2020)',
      language: 'en-GB',
    });
  });

  test('the chart reads the counts beside it', () => {
    expect(plan.chart.categories.map((c) => [c.label, c.count])).toEqual([
      ['● Green', 2],
      ['▲ Amber', 1],
      ['■ Red', 1],
      ['○ No data', 1],
      ['◇ No target', 1],
    ]);
    // Bars in the status's text colour: 3:1 and more on the white page.
    expect(plan.chart.categories[2].fill).toBe('#9C0006');
    expect(plan.chart.altText).toBe(cell(plan, 20, 0).value);
    expect(plan.chart.caption).toEqual({ row: 20, col: 0 });
    expect(plan.chart.labels).toEqual({ row: 14, col: 0, rowCount: 5, colCount: 1 });
    expect(plan.chart.values).toEqual({ row: 14, col: 1, rowCount: 5, colCount: 1 });
    expect(plan.chart.area).toEqual({ row: 13, col: 2, rowCount: 7, colCount: 6 });
  });

  test('prints A4 landscape, one page wide, title rows repeated, no gridlines, our footer', () => {
    expect(plan.print).toMatchObject({
      paperSize: 'A4',
      orientation: 'landscape',
      fitToWidth: 1,
      fitToHeight: 0,
      titleRows: { first: 0, last: 1 },
      gridlines: false,
      area: { row: 0, col: 0, rowCount: 46, colCount: 8 },
      footer: {
        left: 'Scorelight board summary: Children KPIs',
        center: 'Quarter 2 2020/21 (July to September 2020)',
        right: 'Page &P of &N',
      },
    });
  });

  test('blocks cover every cell exactly once, full width', () => {
    const covered = (r: number, c: number) =>
      plan.blocks.filter((b) => r >= b.row && r < b.row + b.rowCount && c >= b.col && c < b.col + b.colCount).length;
    for (const c of plan.cells) expect(covered(c.row, c.col)).toBe(1);
    expect(plan.blocks[0]).toEqual({ row: 0, col: 0, rowCount: 3, colCount: 8 });
  });

  test('wrapped text gets taller rows; widths fit one landscape page', () => {
    expect(plan.columnWidths).toHaveLength(8);
    expect(plan.columnWidths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(150);
    expect(plan.rowHeights[33]).toBeGreaterThanOrEqual(45); // three-line quarter headers
    expect(plan.rowHeights[25]).toBeGreaterThanOrEqual(30); // a long indicator name wraps
    for (const row of [5, 6, 7, 8, 9, 10]) expect(plan.rowHeights[row]).toBeGreaterThan(15); // paragraphs
  });
});
