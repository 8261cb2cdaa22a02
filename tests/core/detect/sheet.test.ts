/**
 * Whole sheets: several layouts on one sheet, offsets, merged titles and commentary, re-scoring
 * over our own columns, the mapping fallback, empty sheets and sheets with no table.
 */
import { toA1 } from '../../../src/core/a1';
import { detectSheet } from '../../../src/core/detect';
import type { CellRef } from '../../../src/core/snapshot';
import type { SheetState } from '../../../src/core/state/types';
import { buildSnapshot, dmy, mmmYY, pct, type CellInput } from '../../helpers/snapshot-builder';

function mixedSheet(): CellInput[][] {
  const dates = [dmy(2012, 4, 30), dmy(2012, 5, 31), dmy(2012, 6, 30)];
  return [
    ["Children's Services performance report - Quarter 1"],
    [],
    ['KPI', 'Target', 'Actual', 'RAG'],
    ['Re-referrals within 12 months', pct(0.18), pct(0.224, 1)],
    ['Missing episodes of children in care', 31, 18],
    [],
    [],
    [
      'The areas highlighted for focus were in respect of 22.4 per cent of re-referrals year to date, above the target of 18 per cent.',
    ],
    [],
    ['% of child protection visits in the month'],
    [],
    [null, 'Prev. 6 months average', mmmYY(2016, 4)],
    ['Number of CPP visited', 805, 742],
    ['Number of CPP to be visited', 862, 778],
    ['% visited in month', pct(0.94), pct(0.95)],
    ['Target', pct(0.95)],
    ['Performance rating', 'GREEN'],
    ['Trend', 'GREEN'],
    [],
    ['NI147 Care leavers in suitable accommodation'],
    ['Owner: John Harris', 'Polarity: Bigger is Better', 'Unit: %'],
    [null, ...dates],
    ['Actual', null, null, 89.47],
    ['Target', null, null, 93],
    ['Symbol', null, null, '•'],
    [],
    ['Performance Data'],
    ['Measure', 'September', 'October', 'RAG'],
    ['No. of audits', 22, 25],
    ['Placement Stability', pct(0.78)],
  ];
}

describe('a sheet with every layout, offset from A1', () => {
  // The used range starts at B3: top 2, left 1.
  const d = detectSheet(
    buildSnapshot(mixedSheet(), {
      name: 'Mixed',
      top: 2,
      left: 1,
      merges: [{ row: 2, col: 1, rowCount: 1, colCount: 6 }],
    }),
  );

  test('four tables, numbered top to bottom', () => {
    expect(d.tables.map((t) => [t.index, t.layout, t.range.row, t.range.col])).toEqual([
      [0, 'register', 4, 1],
      [1, 'metric-block', 13, 1],
      [2, 'card', 21, 1],
      [3, 'time-series', 29, 1],
    ]);
    expect(d.tables[0].title).toBe("Children's Services performance report - Quarter 1");
    expect(d.indicators.map((i) => [i.table, i.layout, i.name])).toEqual([
      [0, 'register', 'Re-referrals within 12 months'],
      [0, 'register', 'Missing episodes of children in care'],
      [1, 'metric-block', '% of child protection visits in the month'],
      [2, 'card', 'Care leavers in suitable accommodation'],
      [3, 'time-series', 'No. of audits'],
      [3, 'time-series', 'Placement Stability'],
    ]);
    expect(d.warnings).toEqual([]);
  });

  test('provenance is in sheet coordinates', () => {
    const [reg] = d.indicators;
    expect(reg.id).toBe('Mixed!B6');
    expect(reg.nameCell).toEqual({ row: 5, col: 1 });
    expect(reg.target?.cell).toEqual({ row: 5, col: 2 });
    expect(reg.values[0].source.cell).toEqual({ row: 5, col: 3 });
    expect(reg.statusCell).toEqual({ row: 5, col: 4 });
    const block = d.indicators[2];
    expect(block.statusCell).toEqual({ row: 18, col: 2 });
    expect(block.trendCell).toEqual({ row: 19, col: 2 });
    const card = d.indicators[3];
    expect(card).toMatchObject({ code: 'NI147', polarityText: 'Bigger is Better', unitText: '%' });
    expect(card.statusCell).toEqual({ row: 26, col: 4 });
    const ts = d.indicators[4];
    expect(ts.currentPeriod?.label).toBe('October');
    expect(ts.statusCell).toEqual({ row: 30, col: 4 });
  });
});

describe('stacked tables', () => {
  test('a different header below a table starts a new table; the same header repeated does not', () => {
    const d = detectSheet(
      buildSnapshot([
        ['Measure', 'Apr-20', 'May-20', 'RAG'],
        ['Re-referrals', 22, 20],
        ['Measure', 'Apr-20', 'May-20', 'RAG'],
        ['Visits', 90, 92],
        ['KPI', 'Target', 'Actual', 'Status'],
        ['Dental checks', 95, 90],
      ]),
    );
    expect(d.tables.map((t) => [t.layout, t.range.row, t.range.rowCount])).toEqual([
      ['time-series', 0, 4],
      ['register', 4, 2],
    ]);
    expect(d.indicators.map((i) => [i.table, i.name])).toEqual([
      [0, 'Re-referrals'],
      [0, 'Visits'],
      [1, 'Dental checks'],
    ]);
  });
});

/** Put what a scoring wrote back into the grid, as the next snapshot would show it. */
function applyOutputs(rows: CellInput[][], writes: { cell: CellRef; text: string }[]): CellInput[][] {
  const out = rows.map((r) => [...r]);
  for (const w of writes) {
    while (out.length <= w.cell.row) out.push([]);
    const row = out[w.cell.row];
    while (row.length <= w.cell.col) row.push(null);
    row[w.cell.col] = w.text;
  }
  return out;
}

describe('re-scoring over our own columns', () => {
  const rows: CellInput[][] = [
    ['Measure', 'Target', 'Actual'],
    ['Re-referrals', 25, 22],
    ['Visits', 95, 96],
  ];

  test('owned Status/Trend/Variance columns are reused, never duplicated, never read as values', () => {
    const first = detectSheet(buildSnapshot(rows));
    const added = first.tables[0].added!;
    expect(added).toEqual({ headerRow: 0, status: 3, trend: 4, variance: 5 });
    const writes = [
      { cell: { row: 0, col: 3 }, text: 'Status' },
      { cell: { row: 0, col: 4 }, text: 'Trend' },
      { cell: { row: 0, col: 5 }, text: 'Variance' },
    ];
    for (const i of first.indicators) {
      writes.push(
        { cell: i.statusCell!, text: 'GREEN' },
        { cell: i.trendCell!, text: 'Bit better' },
        { cell: i.varianceCell!, text: '3 below the target of 25' },
      );
    }
    const state: SheetState = { owned: writes.map((w) => toA1(w.cell)), mappings: [] };
    const second = detectSheet(buildSnapshot(applyOutputs(rows, writes)), state);
    expect(second.tables).toHaveLength(1);
    expect(second.tables[0].added).toEqual(added);
    expect(second.indicators.map((i) => [i.statusCell, i.trendCell, i.varianceCell])).toEqual(
      first.indicators.map((i) => [i.statusCell, i.trendCell, i.varianceCell]),
    );
    expect(second.indicators[0].values.map((v) => v.source.cell.col)).toEqual([2]);
    expect(second.warnings).toEqual([]);
  });

  test('trend/variance we put beside a native status column come back to the same cells', () => {
    const withRag: CellInput[][] = [
      ['Measure', 'Target', 'Actual', 'RAG'],
      ['Re-referrals', 25, 22],
    ];
    const first = detectSheet(buildSnapshot(withRag));
    const i = first.indicators[0];
    expect(i.trendCell).toEqual({ row: 1, col: 4 });
    const writes = [
      { cell: i.statusCell!, text: 'GREEN' },
      { cell: i.trendCell!, text: 'Bit better' },
      { cell: i.varianceCell!, text: '3 below the target of 25' },
    ];
    const state: SheetState = { owned: writes.map((w) => toA1(w.cell)), mappings: [] };
    const second = detectSheet(buildSnapshot(applyOutputs(withRag, writes)), state);
    expect(second.indicators[0].trendCell).toEqual(i.trendCell);
    expect(second.indicators[0].varianceCell).toEqual(i.varianceCell);
  });

  test('without state, our header words next to the table are still output columns, not values', () => {
    const scored: CellInput[][] = [
      ['Measure', 'Target', 'Actual', 'Status', 'Trend', 'Variance'],
      ['Re-referrals', 25, 22, 'GREEN', 'Bit better', '3 below the target of 25'],
    ];
    const d = detectSheet(buildSnapshot(scored));
    expect(d.tables[0].added).toBeUndefined();
    const i = d.indicators[0];
    expect(i.values.map((v) => v.source.cell.col)).toEqual([2]);
    expect([i.statusCell, i.trendCell, i.varianceCell]).toEqual([
      { row: 1, col: 3 },
      { row: 1, col: 4 },
      { row: 1, col: 5 },
    ]);
  });
});

/** Score once (fake words in every output cell), then detect the result again. */
function rescore(rows: CellInput[][], keepState: boolean) {
  const first = detectSheet(buildSnapshot(rows));
  const writes: { cell: CellRef; text: string }[] = [];
  for (const t of first.tables) {
    if (!t.added) continue;
    const headers = { status: 'Status', trend: 'Trend', variance: 'Variance' } as const;
    for (const role of ['status', 'trend', 'variance'] as const) {
      const col = t.added[role];
      if (col !== undefined) writes.push({ cell: { row: t.added.headerRow, col }, text: headers[role] });
    }
  }
  for (const i of first.indicators) {
    if (i.statusCell) writes.push({ cell: i.statusCell, text: '● Green' });
    if (i.trendCell) writes.push({ cell: i.trendCell, text: '△ Bit better' });
    if (i.varianceCell)
      writes.push({ cell: i.varianceCell, text: '1.47 above the target of 36.00 (smaller is better)' });
  }
  const state: SheetState | undefined = keepState
    ? { owned: writes.map((w) => toA1(w.cell)), mappings: [] }
    : undefined;
  const second = detectSheet(buildSnapshot(applyOutputs(rows, writes)), state);
  const outputs = (d: typeof first) => ({
    tables: d.tables.map((t) => [t.layout, t.added]),
    cells: d.indicators.map((i) => [i.name, i.statusCell, i.trendCell, i.varianceCell, i.values.length]),
  });
  return { first: outputs(first), second: outputs(second) };
}

describe('re-scoring cards and metric blocks lands in the same cells', () => {
  const block: CellInput[][] = [
    ['Number of children with a Child Protection Plan - Snapshot as of month end'],
    [],
    [null, mmmYY(2016, 3), mmmYY(2016, 4), 'EAST', 'NWC', 'SOUTH'],
    ['No of CPP', 851, 825, 163, 314, 328],
    ['Rate per 10K', 31, 30, 16, 30, 50],
    ['Target', 850],
  ];
  const card: CellInput[][] = [
    ['2042SC: LAC per 10,000 population aged under 18'],
    ['Owner: Roz Cordy Polarity: Smaller is Better Unit: Number per 10,000'],
    [null, dmy(2012, 4, 30), dmy(2012, 5, 31), dmy(2012, 6, 30)],
    ['Actual', null, null, 37.47],
    ['Target', null, null, 36],
    ['Symbol', null, null, '•'],
  ];
  test.each([
    ['metric block, with state', block, true],
    ['metric block, state lost', block, false],
    ['card, with state', card, true],
    ['card, state lost', card, false],
  ])('%s', (_label, rows, keepState) => {
    const { first, second } = rescore(rows, keepState);
    expect(second).toEqual(first);
  });
});

describe('mapping fallback', () => {
  const rows: CellInput[][] = [
    ['Team report'],
    ['Area', 'Target', 'Result', 'Flag'],
    ['Re-referrals', 25, 22, null],
    ['Visits', 95, 96, null],
    [],
    ['Measure', 'Target', 'Actual', 'RAG'],
    ['Dental checks', 95, 90],
  ];

  test('a mapped table is read exactly as mapped, and not auto-detected as well', () => {
    const state: SheetState = {
      owned: [],
      mappings: [{ range: 'A2:D4', orientation: 'rows', name: 0, target: 1, actual: 2, status: 3, headerCount: 1 }],
    };
    const d = detectSheet(buildSnapshot(rows), state);
    expect(d.tables.map((t) => [t.layout, t.range])).toEqual([
      ['mapped', { row: 1, col: 0, rowCount: 3, colCount: 4 }],
      ['register', { row: 5, col: 0, rowCount: 2, colCount: 4 }],
    ]);
    const [a, b, c] = d.indicators;
    expect(a).toMatchObject({ layout: 'mapped', table: 0, name: 'Re-referrals', nameCell: { row: 2, col: 0 } });
    expect(a.target?.cell).toEqual({ row: 2, col: 1 });
    expect(a.values.map((v) => [v.period.label, v.source.cell])).toEqual([['Result', { row: 2, col: 2 }]]);
    expect(a.statusCell).toEqual({ row: 2, col: 3 });
    expect(b.name).toBe('Visits');
    expect(c).toMatchObject({ layout: 'register', name: 'Dental checks' });
    expect(d.warnings).toEqual([]);
    // Issue 11: unmapped, the content settles the name column ("Area" over distinct text labels).
    const unmapped = detectSheet(buildSnapshot(rows));
    expect(unmapped.indicators.map((i) => i.name)).toEqual(['Re-referrals', 'Visits', 'Dental checks']);
  });

  test('a mapping with period columns and no status column gets added columns', () => {
    const d = detectSheet(
      buildSnapshot([
        ['Thing', 'Apr-20', 'May-20', 'Aim'],
        ['Re-referrals', 22, 20, 25],
      ]),
      {
        owned: [],
        mappings: [{ range: 'A1:D2', orientation: 'rows', name: 0, periods: [1, 2], target: 3, headerCount: 1 }],
      },
    );
    const i = d.indicators[0];
    expect(i.values.map((v) => v.period.label)).toEqual(['Apr-20', 'May-20']);
    expect(i.currentPeriod?.label).toBe('May-20');
    expect(d.tables[0].added).toEqual({ headerRow: 0, status: 4, trend: 5, variance: 6 });
    expect(i.statusCell).toEqual({ row: 1, col: 4 });
  });

  test('a mapping reaching beyond the used range, and one that is not an address', () => {
    const d = detectSheet(buildSnapshot([['Re-referrals', 25, 22]], { top: 4, left: 2 }), {
      owned: [],
      mappings: [
        { range: 'C3:E5', orientation: 'rows', name: 0, target: 1, actual: 2, headerCount: 2 },
        { range: 'nonsense', orientation: 'rows', name: 0, headerCount: 0 },
      ],
    });
    expect(d.indicators).toHaveLength(1);
    expect(d.indicators[0]).toMatchObject({
      name: 'Re-referrals',
      nameCell: { row: 4, col: 2 },
      target: { cell: { row: 4, col: 3 } },
    });
    expect(d.tables[0].added).toEqual({ headerRow: 3, status: 5, trend: 6, variance: 7 });
    expect(d.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/"nonsense" is not a range address/)]);
  });

  test('a column-oriented mapping: one indicator per column', () => {
    const d = detectSheet(
      buildSnapshot([
        [null, 'Re-referrals', 'Visits'],
        ['Goal', 25, 95],
        ['Result', 22, 96],
      ]),
      {
        owned: [],
        mappings: [{ range: 'A1:C3', orientation: 'columns', name: 0, target: 1, actual: 2, headerCount: 1 }],
      },
    );
    expect(d.indicators.map((i) => [i.name, i.target?.cell, i.values[0].source.cell, i.statusCell])).toEqual([
      ['Re-referrals', { row: 1, col: 1 }, { row: 2, col: 1 }, { row: 3, col: 1 }],
      ['Visits', { row: 1, col: 2 }, { row: 2, col: 2 }, { row: 3, col: 2 }],
    ]);
  });
});

describe('sheets with nothing to score', () => {
  test('an empty sheet: no tables, one warning, no crash', () => {
    const d = detectSheet(buildSnapshot([]));
    expect(d.tables).toEqual([]);
    expect(d.indicators).toEqual([]);
    expect(d.warnings).toHaveLength(1);
    expect(d.warnings[0]).toMatchObject({ sheet: 'Sheet1', cell: '' });
  });

  test('prose only (seed 002): a warning that says what was looked for', () => {
    const d = detectSheet(
      buildSnapshot([
        ['Agenda item'],
        [],
        ['Performance Indicators Quarter 2 2020/21'],
        [],
        ['Report of the Acting Director of Children and Adult Services'],
        [],
        [
          'It was highlighted that there had been a positive decrease in the number of missing episodes that young people in care have had when compared to Quarter 2 2019/20 (from 31 episodes to 18).',
        ],
        ['RESOLVED – That the performance information reported for Quarter 2 2020/21 be noted.'],
      ]),
    );
    expect(d.tables).toEqual([]);
    expect(d.warnings).toHaveLength(1);
    expect(d.warnings[0].message).toMatch(/No indicator table found/);
  });

  test('numbers only, booleans and errors do not crash detection', () => {
    const d = detectSheet(
      buildSnapshot([
        [1, 2, 3],
        [true, '#N/A', '#DIV/0!'],
      ]),
    );
    expect(d.tables).toEqual([]);
  });
});

describe('hosts without display texts', () => {
  test('the core reads headers and percent cells from their number formats', () => {
    const d = detectSheet(
      buildSnapshot(
        [
          ['Measure', mmmYY(2016, 3), mmmYY(2016, 4), 'Target'],
          ['Re-referrals %', pct(0.23), pct(0.2), pct(0.25)],
        ],
        { withTexts: false },
      ),
    );
    const i = d.indicators[0];
    expect(d.tables[0].layout).toBe('time-series');
    // Number cells carry no text of their own: the engine reads the percent format instead.
    expect(i.values.map((v) => v.source.numberFormat)).toEqual(['0%', '0%']);
    expect(i.values.map((v) => v.period.label)).toEqual(['Mar-16', 'Apr-16']);
    expect(i.currentPeriod).toMatchObject({ year: 2016, month: 4 });
  });
});
