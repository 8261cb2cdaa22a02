/**
 * Indicator cards (seed 003): title with code, Owner/Polarity/Unit lines, a grid of month-end dates
 * over Actual, Target and Symbol rows; many cards stacked with commentary between.
 */
import { detectSheet } from '../../../src/core/detect';
import { buildSnapshot, dmy, type CellInput, type CellSpec } from '../../helpers/snapshot-builder';

/** The seed's date row: month ends April 2012 to March 2013, shown dd/mm/yy. */
function dateRow(): CellInput[] {
  const ends: [number, number, number][] = [
    [2012, 4, 30],
    [2012, 5, 31],
    [2012, 6, 30],
    [2012, 7, 31],
    [2012, 8, 31],
    [2012, 9, 30],
    [2012, 10, 31],
    [2012, 11, 30],
    [2012, 12, 31],
    [2013, 1, 31],
    [2013, 2, 28],
    [2013, 3, 31],
  ];
  return [null, ...ends.map(([y, m, d]): CellSpec => dmy(y, m, d))];
}

/** Quarterly targets in Jun, Sep, Dec, Mar as in the seed. */
function targetRow(t: number | number[]): CellInput[] {
  const [a, b, c, d] = Array.isArray(t) ? t : [t, t, t, t];
  return ['Target', null, null, a, null, null, b, null, null, c, null, null, d];
}

function actualRow(jun: number): CellInput[] {
  return ['Actual', null, null, jun];
}

/** Seed 003's first cards, with their noise lines and commentary. */
function seed003(): CellInput[][] {
  return [
    ['Janice Spencer'],
    [],
    ['RED DIAMOND'],
    [],
    ['2042SC: LAC per 10,000 population aged under 18'],
    [],
    ['Owner: Roz Cordy Polarity: Smaller is Better Unit: Number per 10,000'],
    [],
    ['CBP', 'CYPP'],
    ['/', '_'],
    [],
    dateRow(),
    actualRow(37.47),
    targetRow(36),
    ['Symbol', null, null, '•', null, null, null, null, null, null, null, null, null],
    [],
    ['Latest Comments:'],
    [],
    ['Comment Author: Roz Cordy - Comment Subject: Head of Service Commentary'],
    [],
    [
      'Currently there are 520 children looked after by the local authority and this is 1.47 over the target of 36.00. There has been a gradual increase in the number of children who have become looked after.',
    ],
    [],
    ['CS143: Ratio of active TAC cases to open social care referrals'],
    [],
    ['Owner: Cornelia Andrecut'],
    [],
    ['Polarity: Bigger is Better'],
    [],
    ['Unit: Number'],
    [],
    dateRow(),
    actualRow(0.31),
    targetRow(1.8),
    ['Symbol', null, null, '•', null, null, null, null, null, null, null, null, null],
    [],
    ['Latest Comments:'],
    ['Performance is currently at 0.31 which means that performance is 1.49 below target.'],
    [],
    ['BLUE CIRCLE'],
    [],
    ['Owner: Karen Bailey'],
    [],
    ['CS108: % LAC (> 20 days) with a PEP'],
    [],
    ['Polarity: Bigger is Better'],
    [],
    ['Unit: %'],
    [],
    dateRow(),
    actualRow(90.21),
    targetRow(94),
    ['Symbol', null, null, null, null, null, '_', null, null, '_', null, null, '_'],
  ];
}

describe('indicator cards (seed 003)', () => {
  const d = detectSheet(buildSnapshot(seed003(), { name: 'Cards' }));

  test('each card is its own table, top to bottom', () => {
    expect(d.tables.map((t) => [t.index, t.layout, t.title])).toEqual([
      [0, 'card', '2042SC: LAC per 10,000 population aged under 18'],
      [1, 'card', 'CS143: Ratio of active TAC cases to open social care referrals'],
      [2, 'card', 'CS108: % LAC (> 20 days) with a PEP'],
    ]);
    expect(d.tables[0].range).toEqual({ row: 4, col: 0, rowCount: 11, colCount: 13 });
    expect(d.indicators.map((i) => i.table)).toEqual([0, 1, 2]);
    expect(d.warnings).toEqual([]);
  });

  test('code, name, polarity and unit from one meta line', () => {
    const lac = d.indicators[0];
    expect(lac).toMatchObject({
      id: 'Cards!A5',
      layout: 'card',
      code: '2042SC',
      name: 'LAC per 10,000 population aged under 18',
      nameCell: { row: 4, col: 0 },
      polarityText: 'Smaller is Better',
      unitText: 'Number per 10,000',
    });
  });

  test('meta spread over lines, and an Owner line above the title', () => {
    expect(d.indicators[1]).toMatchObject({ code: 'CS143', polarityText: 'Bigger is Better', unitText: 'Number' });
    expect(d.indicators[2]).toMatchObject({
      code: 'CS108',
      name: '% LAC (> 20 days) with a PEP',
      polarityText: 'Bigger is Better',
      unitText: '%',
    });
  });

  test('current period = latest column with an Actual; target from that column; targets per period', () => {
    const lac = d.indicators[0];
    expect(lac.currentPeriod).toMatchObject({ year: 2012, month: 6, day: 30 });
    expect(d.tables[0].currentPeriod).toEqual(lac.currentPeriod);
    expect(lac.values).toHaveLength(1);
    expect(lac.values[0].source).toMatchObject({ cell: { row: 12, col: 3 }, value: 37.47 });
    expect(lac.target).toMatchObject({ cell: { row: 13, col: 3 }, value: 36 });
    expect(lac.targetsByPeriod?.map((t) => [t.period.month, t.source.cell.col])).toEqual([
      [6, 3],
      [9, 6],
      [12, 9],
      [3, 12],
    ]);
  });

  test('status in the Symbol row under the current period; trend and variance right of the grid', () => {
    const lac = d.indicators[0];
    expect(lac.statusCell).toEqual({ row: 14, col: 3 });
    expect(lac.trendCell).toEqual({ row: 14, col: 13 });
    expect(lac.varianceCell).toEqual({ row: 14, col: 14 });
    const pep = d.indicators[2];
    expect(pep.statusCell).toEqual({ row: 51, col: 3 });
    // Its Symbol row uses the last date column (M), so the outputs start at N.
    expect(pep.trendCell).toEqual({ row: 51, col: 13 });
  });
});

describe('card edge cases', () => {
  test('a card without a Symbol row gets status, trend and variance right of its Actual row', () => {
    const d = detectSheet(
      buildSnapshot([
        ['NI060 Percentage core assessments carried out < 35 working days'],
        ['Owner: Sal Thirlway Polarity: Bigger is Better Unit: %'],
        dateRow(),
        actualRow(81.72),
        targetRow(85),
      ]),
    );
    const i = d.indicators[0];
    expect(i).toMatchObject({
      code: 'NI060',
      name: 'Percentage core assessments carried out < 35 working days',
      unitText: '%',
    });
    expect(i.statusCell).toEqual({ row: 3, col: 13 });
    expect(i.trendCell).toEqual({ row: 3, col: 14 });
    expect(i.varianceCell).toEqual({ row: 3, col: 15 });
  });

  test('a monthly actual between quarter-end targets takes the target of its quarter', () => {
    const d = detectSheet(
      buildSnapshot([
        ['PAF C23 (BV163): Adoptions of LAC'],
        dateRow(),
        ['Actual', 1, 1.2, 1.72, 2.1],
        targetRow([3, 5, 8, 10]),
        ['Symbol'],
      ]),
    );
    const i = d.indicators[0];
    expect(i.code).toBe('PAF C23 (BV163)');
    expect(i.currentPeriod?.month).toBe(7);
    // July is in Q2, whose target sits under 30/09/12.
    expect(i.target).toMatchObject({ cell: { row: 3, col: 6 }, value: 5 });
    expect(i.statusCell).toEqual({ row: 4, col: 4 });
  });

  test('a card with no actual yet: no status cell, and a warning', () => {
    const d = detectSheet(
      buildSnapshot([
        ['CS156: Number of full Duke of Edinburgh awards gained'],
        dateRow(),
        ['Actual'],
        targetRow([182, 365, 547, 730]),
        ['Symbol'],
      ]),
    );
    expect(d.indicators[0].statusCell).toBeUndefined();
    expect(d.indicators[0].values).toEqual([]);
    expect(d.warnings).toHaveLength(1);
    expect(d.warnings[0].message).toMatch(/no Actual yet/);
  });
});
