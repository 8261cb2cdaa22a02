/**
 * Metric blocks (seed 001): title, a blank-corner header of baseline/periods/areas, labelled rows;
 * the row above "Target" is scored; rating and trend cells are right of their labels.
 */
import { detectSheet } from '../../../src/core/detect';
import { buildSnapshot, mmmYY, pct, type CellInput } from '../../helpers/snapshot-builder';

/** Seed 001, the April 2016 page (figures copied from the seed). */
function seed001(): CellInput[][] {
  return [
    ['PERFORMANCE - April 2016'],
    [],
    ['% Re-referrals (Monthly)'],
    [],
    [null, 'Prev. 6 months cumulative', mmmYY(2016, 4)],
    ['No. re-referrals', 1507, 239],
    ['Total Referrals', 6376, 1168],
    ['Re-referrals %', pct(0.23), pct(0.2)],
    ['Target', pct(0.25), null],
    ['Performance rating', 'GREEN', null],
    ['Trend', 'GREEN', null],
    ['National average', null, pct(0.24)],
    [],
    [
      'Since the MASH ASTI changes early this year we have seen a slight downward trend in re-referrals. It is probably too early to say this is a change rather than a variation.',
    ],
    [],
    ['Number of children with a Child Protection Plan - Snapshot as of month end'],
    [],
    [null, mmmYY(2016, 3), mmmYY(2016, 4), 'EAST', 'NWC', 'SOUTH'],
    ['No of CPP', 851, 825, 163, 314, 328],
    ['Rate per 10K', 31, 30, 16, 30, 50],
    ['Target', 850, null, null, null, null],
    ['National average per 10K', null, 42, null, null, null],
    [],
    ['Average caseload of qualified social workers'],
    [],
    [null, mmmYY(2016, 4)],
    ['Assessment Teams', 17],
    ['Safeguarding Teams', 16],
    ['Children in Care Teams', 14],
    ['Average Caseload - City', 15],
    ['Target', 16],
    ['Performance rating', 'GREEN'],
    ['Trend', 'GREEN'],
    [],
    ['National average', 16],
    ['------------------', '----'],
  ];
}

describe('metric blocks (seed 001, April 2016)', () => {
  const d = detectSheet(buildSnapshot(seed001(), { name: 'May' }));

  test('three blocks, one indicator each, titled', () => {
    expect(d.tables.map((t) => [t.layout, t.title])).toEqual([
      ['metric-block', '% Re-referrals (Monthly)'],
      ['metric-block', 'Number of children with a Child Protection Plan - Snapshot as of month end'],
      ['metric-block', 'Average caseload of qualified social workers'],
    ]);
    expect(d.tables[0].range).toEqual({ row: 4, col: 0, rowCount: 8, colCount: 3 });
    expect(d.indicators).toHaveLength(3);
    // The one warning says why the CPP block scores its count row (test below).
    expect(d.warnings.map((w) => w.cell)).toEqual(['B21']);
  });

  test('re-referrals: the rate row above Target, baseline, target under the baseline column, national average', () => {
    const i = d.indicators[0];
    expect(i).toMatchObject({
      id: 'May!A3',
      layout: 'metric-block',
      name: '% Re-referrals (Monthly)',
      nameCell: { row: 2, col: 0 },
      unitText: '%',
    });
    expect(i.values).toHaveLength(1);
    expect(i.values[0]).toMatchObject({
      period: { label: 'Apr-16', year: 2016, month: 4 },
      source: { cell: { row: 7, col: 2 }, value: 0.2 },
    });
    expect(i.currentPeriod).toMatchObject({ year: 2016, month: 4 });
    expect(i.baseline).toMatchObject({
      period: { kind: 'baseline' },
      source: { cell: { row: 7, col: 1 }, value: 0.23 },
    });
    expect(i.target).toMatchObject({ cell: { row: 8, col: 1 }, value: 0.25 });
    expect(i.comparators).toEqual([
      {
        label: 'National average',
        kind: 'national',
        source: expect.objectContaining({ cell: { row: 11, col: 2 }, value: 0.24 }),
      },
    ]);
  });

  test('status right of "Performance rating", trend right of "Trend", variance right of the block on the scored row', () => {
    const i = d.indicators[0];
    expect(i.statusCell).toEqual({ row: 9, col: 1 });
    expect(i.trendCell).toEqual({ row: 10, col: 1 });
    expect(i.varianceCell).toEqual({ row: 7, col: 3 });
    expect(d.tables[0].added).toBeUndefined();
  });

  test('CPP block: the Target (850) is a count, so "No of CPP" is scored, with its areas, and the rate-only national average left out', () => {
    const i = d.indicators[1];
    expect(i.name).toBe('Number of children with a Child Protection Plan - Snapshot as of month end');
    expect(i.values.map((v) => [v.period.label, v.source.cell, v.source.value])).toEqual([
      ['Mar-16', { row: 18, col: 1 }, 851],
      ['Apr-16', { row: 18, col: 2 }, 825],
    ]);
    expect(i.target).toMatchObject({ cell: { row: 20, col: 1 }, value: 850 });
    expect(i.comparators.map((c) => [c.kind, c.label, c.source.cell, c.source.value])).toEqual([
      ['area', 'EAST', { row: 18, col: 3 }, 163],
      ['area', 'NWC', { row: 18, col: 4 }, 314],
      ['area', 'SOUTH', { row: 18, col: 5 }, 328],
    ]);
    expect(d.warnings.some((w) => w.cell === 'B21' && /scale of "No of CPP"/.test(w.message))).toBe(true);
  });

  test('a target on the scale of the row above it keeps that row (re-referrals: 25% above 20%)', () => {
    const rows = d.indicators[0].values.map((v) => v.source.cell.row);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r === 7)).toBe(true);
  });

  test('a block without rating rows gets our three columns right of it, headers in its header row', () => {
    const i = d.indicators[1];
    expect(d.tables[1].added).toEqual({ headerRow: 17, status: 6, trend: 7, variance: 8 });
    expect(i.statusCell).toEqual({ row: 18, col: 6 });
    expect(i.trendCell).toEqual({ row: 18, col: 7 });
    expect(i.varianceCell).toEqual({ row: 18, col: 8 });
  });

  test('caseload: the row above Target, a National average after a blank row', () => {
    const i = d.indicators[2];
    expect(i.values[0].source).toMatchObject({ cell: { row: 29, col: 1 }, value: 15 });
    expect(i.target).toMatchObject({ cell: { row: 30, col: 1 }, value: 16 });
    expect(i.statusCell).toEqual({ row: 31, col: 1 });
    expect(i.trendCell).toEqual({ row: 32, col: 1 });
    expect(i.comparators).toHaveLength(1);
    expect(i.comparators[0]).toMatchObject({ kind: 'national', source: { cell: { row: 34, col: 1 }, value: 16 } });
  });
});

describe('metric block variants', () => {
  test('no Target row: the last data row is scored; a Polarity row is read', () => {
    const d = detectSheet(
      buildSnapshot([
        ['% Children seen at Assessment (S17 and S47)'],
        [],
        [null, mmmYY(2015, 5)],
        ['Assessments completed', 1124],
        ['Children seen', 691],
        ['% Seen at Assessment', pct(0.61)],
        ['Polarity: Bigger is Better'],
        [],
        [
          'This is the first time this data has been extracted and is currently subject to validation and presentation to service leads.',
        ],
      ]),
    );
    expect(d.tables).toHaveLength(1);
    const i = d.indicators[0];
    expect(i.values[0].source.cell).toEqual({ row: 5, col: 1 });
    expect(i.polarityText).toBe('Bigger is Better');
    expect(i.target).toBeUndefined();
    expect(d.tables[0].added).toEqual({ headerRow: 2, status: 2, trend: 3, variance: 4 });
  });

  test('the RAG key at the foot of seed 001 is not a block', () => {
    const d = detectSheet(
      buildSnapshot([
        [null, 'Off target', 'target', 'Above target'],
        ['Rating', 'RED', 'AMBER', 'GREEN'],
        [],
        [null, 'Not better', 'Bit better', 'Much better'],
        ['Trend', 'RED', 'AMBER', 'GREEN'],
      ]),
    );
    expect(d.tables).toEqual([]);
    expect(d.indicators).toEqual([]);
  });
});
