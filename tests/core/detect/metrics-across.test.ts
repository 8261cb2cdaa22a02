/**
 * Metrics across, periods down (issue 20 item 8): weeks down the rows (dates typed as text, real
 * dates, some rows unlabelled), each metric an actual column paired with its "<metric> Target"
 * column. One indicator per metric, rated on the latest row with a value, trend against the row
 * before; status, trend and variance in three rows under the table, in the metric's column.
 */
import { detectSheet } from '../../../src/core/detect';
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import { buildSnapshot, serial, type CellInput } from '../../helpers/snapshot-builder';

const isoDate = (y: number, m: number, d: number): CellInput => ({ v: serial(y, m, d), f: 'yyyy-mm-dd' });

/** A recruiter's weekly sheet: text dates, real dates, unlabelled weeks, weekly and cumulative pairs. */
function weekly(): CellInput[][] {
  return [
    [null, 'ICI', 'ICI Target', 'CV', 'CV Target', 'Placed', 'Year ICI', 'Year ICI Target'],
    ['2024-01-14', 0, 1, 2, 3, 0, 0, 1],
    [isoDate(2024, 1, 21), 1, 1, 4, 3, 0, 1, 2],
    [null, 0, 1, 1, 3, 1, 1, 3],
    ['2024-02-04', 2, 1, 2, 3, 0, 3, 4],
  ];
}

function byName(snapshotRows: CellInput[][]) {
  const result = scoreSheet(buildSnapshot(snapshotRows), defaultRules());
  return { result, ind: Object.fromEntries(result.indicators.map((i) => [i.source.name, i])) };
}

describe('metrics across, periods down', () => {
  it('reads one indicator per metric, rated on the latest week against its target', () => {
    const { result, ind } = byName(weekly());
    expect(result.indicators.map((i) => i.source.name)).toEqual(['ICI', 'CV', 'Placed', 'Year ICI']);
    // ICI: 2 in the last week against 1: GREEN; the week before (unlabelled) was 0: much better.
    expect(ind.ICI.status).toBe('GREEN');
    expect(ind.ICI.actual?.value).toBe(2);
    expect(ind.ICI.previous?.value).toBe(0);
    expect(ind.ICI.trend).toBe('MUCH_BETTER');
    // CV: 2 against 3, gap 1 > 5% of 3: RED; up from 1: much better.
    expect(ind.CV.status).toBe('RED');
    expect(ind.CV.trend).toBe('MUCH_BETTER');
    // Placed has no target column: NO_TARGET, never a guessed rating.
    expect(ind.Placed.status).toBe('NO_TARGET');
    // Cumulative: 3 against 4: RED.
    expect(ind['Year ICI'].status).toBe('RED');
    expect(result.indicators[0].actualPeriod?.label).toBe('2024-02-04');
  });

  it('puts status, trend and variance in three rows under the table, a blank row between, in each metric column', () => {
    const d = detectSheet(buildSnapshot(weekly()));
    const ici = d.indicators.find((i) => i.name === 'ICI');
    // Body rows are sheet rows 2-5 (0-based 1-4); row 6 is left blank; outputs in rows 7, 8, 9 (0-based 6, 7, 8).
    expect(ici?.statusCell).toEqual({ row: 6, col: 1 });
    expect(ici?.trendCell).toEqual({ row: 7, col: 1 });
    expect(ici?.varianceCell).toEqual({ row: 8, col: 1 });
    expect(d.tables).toHaveLength(1);
    expect(d.tables[0].range).toEqual({ row: 0, col: 0, rowCount: 5, colCount: 8 });
  });

  it('finds the same output rows again when they hold what it wrote, and does not read them as weeks', () => {
    const rows = weekly();
    rows.push([], [null, 'GREEN', null, 'RED', null, 'No target', 'RED', null]);
    rows.push([null, 'Much better', null, 'Much better', null, 'Not better', 'Much better', null]);
    rows.push([
      null,
      '1 above the target of 1',
      null,
      '1 below the target of 3',
      null,
      null,
      '1 below the target of 4',
    ]);
    const d = detectSheet(buildSnapshot(rows));
    const ici = d.indicators.find((i) => i.name === 'ICI');
    expect(ici?.statusCell).toEqual({ row: 6, col: 1 });
    expect(ici?.values).toHaveLength(4);
  });

  it('reads newest-first weeks in time order', () => {
    const rows: CellInput[][] = [
      ['Week', 'Calls', 'Calls Target'],
      ['2024-03-03', 90, 100],
      ['2024-02-25', 80, 100],
      ['2024-02-18', 70, 100],
    ];
    const { ind } = byName(rows);
    // Latest week 2024-03-03: 90 against 100, 10 short > 5: RED; up from 80: much better.
    expect(ind.Calls.actual?.value).toBe(90);
    expect(ind.Calls.previous?.value).toBe(80);
    expect(ind.Calls.status).toBe('RED');
    expect(ind.Calls.trend).toBe('MUCH_BETTER');
  });

  it('takes a target typed once and left blank below it, and numbers typed as text', () => {
    const rows: CellInput[][] = [
      ['Month', 'Visits', 'Visits target'],
      ['Apr-24', '1,200', '1,250'],
      ['May-24', '1,305', null],
    ];
    const { ind } = byName(rows);
    // 1,305 against the 1,250 still standing from April: GREEN.
    expect(ind.Visits.actual?.value).toBe(1305);
    expect(ind.Visits.status).toBe('GREEN');
    expect(ind.Visits.trend).toBe('MUCH_BETTER');
  });

  it('reads a direction row as each metric polarity, not as a period', () => {
    const rows: CellInput[][] = [
      ['Month', 'Complaints', 'Complaints Target', 'Answered', 'Answered Target'],
      ['Polarity', 'Down', null, 'Up', null],
      ['Jan-24', 12, 10, 90, 95],
      ['Feb-24', 9, 10, 96, 95],
    ];
    const d = detectSheet(buildSnapshot(rows));
    const complaints = d.indicators.find((i) => i.name === 'Complaints');
    expect(complaints?.polarityText).toBe('Down');
    expect(complaints?.values).toHaveLength(2);
  });

  it('leaves a table without target columns to the other readings and never rates it', () => {
    // spcreporter style: no targets anywhere. Nothing may be GREEN/AMBER/RED.
    const rows: CellInput[][] = [
      ['Week', 'Attendances', 'Capacity'],
      ['2020-01-06', 264, 0.51],
      ['2020-01-13', 260, 0.52],
    ];
    const result = scoreSheet(buildSnapshot(rows), defaultRules());
    for (const i of result.indicators) expect(['NO_TARGET', 'NO_DATA', 'NOT_SCORED']).toContain(i.status);
  });

  it('leaves a register with period/target column pairs to the register reading', () => {
    // Names down the first column are not periods: not this shape.
    const rows: CellInput[][] = [
      ['Measure', 'Q1', 'Q1 Target', 'Q2', 'Q2 Target'],
      ['% of calls answered', 90, 95, 96, 95],
      ['Number of complaints', 12, 10, 9, 10],
    ];
    const d = detectSheet(buildSnapshot(rows));
    expect(d.indicators.map((i) => i.name)).toEqual(['% of calls answered', 'Number of complaints']);
  });

  it('reads Act/Plan rows per area under a period row as one indicator per metric and area', () => {
    const month = (m: number): CellInput => ({ v: serial(2022, m, 1), f: 'mmm yyyy' });
    const rows: CellInput[][] = [
      ['Table', 'State', month(1), month(2), month(3), 'Total'],
      ['Calls PY', 'AZ', 500, 510, 520, 1530],
      [],
      ['Calls Act', 'AZ', 540, 560, 600, 1700],
      ['Calls Act', 'NY', 400, 380, null, 780],
      [],
      ['Calls Plan', 'AZ', 550, 550, 580, 1680],
      ['Calls Plan', 'NY', 420, 420, 420, 1260],
    ];
    const { result, ind } = byName(rows);
    expect(result.indicators.map((i) => i.source.name)).toEqual(['Calls (AZ)', 'Calls (NY)']);
    // The table's current period is Mar 2022 (AZ has a figure). AZ: 600 against 580: GREEN; up from 560.
    expect([ind['Calls (AZ)'].status, ind['Calls (AZ)'].trend, ind['Calls (AZ)'].actual?.value]).toEqual([
      'GREEN',
      'MUCH_BETTER',
      600,
    ]);
    // NY has no March figure: NO_DATA (its February 380 is quoted, not scored).
    expect(ind['Calls (NY)'].status).toBe('NO_DATA');
    // Status/Trend/Variance added right of the Total column, on the Act rows.
    expect(result.tables[0].added).toEqual({ headerRow: 0, status: 6, trend: 7, variance: 8 });
    expect(ind['Calls (AZ)'].source.statusCell).toEqual({ row: 3, col: 6 });
  });

  it('reads chart-data blocks stacked under their own month rows, an area code left of the labels', () => {
    // Each block has its own period row with a title in the label column; an area column comes
    // first. One table: the blocks' titles are not metrics, and a block without a Plan row still
    // gives its metric (no target) because another block pairs Act with Plan.
    const month = (m: number): CellInput => ({ v: serial(2023, m, 1), f: 'mmm yyyy' });
    const rows: CellInput[][] = [
      ['Area', 'Visits chart', month(1), month(2), month(3)],
      ['North', 'Visits', 40, 42, 47],
      ['North', 'Visits PY', 38, 41, 44],
      [],
      ['Area', 'Income chart', month(1), month(2), month(3)],
      ['North', 'Income Act', 900, 950, 1010],
      ['North', 'Income Plan', 880, 900, 1000],
      [],
      ['Area', 'Members chart', month(1), month(2), month(3)],
      ['North', 'Members Act', 61, 60, 58],
    ];
    const { result, ind } = byName(rows);
    expect(result.indicators.map((i) => i.source.name)).toEqual([
      'Visits (North)',
      'Income (North)',
      'Members (North)',
    ]);
    // Income: 1,010 in March against a plan of 1,000: GREEN, up from 950 in February.
    expect([ind['Income (North)'].status, ind['Income (North)'].actual?.value]).toEqual(['GREEN', 1010]);
    expect(ind['Income (North)'].previous?.value).toBe(950);
    // No Plan row in these blocks: their own figures, no target, a trend against February.
    expect([ind['Visits (North)'].status, ind['Visits (North)'].previous?.value]).toEqual(['NO_TARGET', 42]);
    expect(ind['Members (North)'].status).toBe('NO_TARGET');
    // The name cell is the label, not the area code.
    expect(ind['Visits (North)'].source.nameCell).toEqual({ row: 1, col: 1 });
    expect(result.tables).toHaveLength(1);
  });

  it('pairs a bare "Target" with the metric header right before it', () => {
    // "Calls answered % | Target | Abandoned calls | Target": each target names no metric, its place does.
    const rows: CellInput[][] = [
      ['Week ending', 'Calls answered %', 'Target', 'Abandoned calls', 'Target'],
      [isoDate(2024, 9, 6), 81, 85, 140, 120],
      [isoDate(2024, 9, 13), 86, 85, 118, 120],
      [isoDate(2024, 9, 20), 84, 85, 125, 120],
    ];
    const { result, ind } = byName(rows);
    expect(result.indicators.map((i) => i.source.name)).toEqual(['Calls answered %', 'Abandoned calls']);
    // 84 against 85 (within 5%): AMBER, down from 86. 125 abandoned against 120, fewer is better: AMBER.
    expect([ind['Calls answered %'].status, ind['Calls answered %'].previous?.value]).toEqual(['AMBER', 86]);
    expect([ind['Abandoned calls'].status, ind['Abandoned calls'].polarity]).toEqual(['AMBER', 'lower']);
  });

  it('leaves a register whose name column is headed by an unknown word to the register reading', () => {
    // "Service | Target | Actual": the word before Target names the rows, not a metric; no periods down.
    const d = detectSheet(
      buildSnapshot([
        ['Service', 'Target', 'Actual'],
        ['Missed bin collections', 50, 61],
        ['Calls answered in 60 seconds', 80, 84],
        ['Planning appeals allowed', 30, 22],
      ]),
    );
    expect(d.tables.map((t) => t.layout)).not.toContain('time-series');
  });

  it('leaves rows named "... Plan" without actual rows alone', () => {
    const month = (m: number): CellInput => ({ v: serial(2022, m, 1), f: 'mmm yyyy' });
    const d = detectSheet(
      buildSnapshot([
        ['Item', month(1), month(2)],
        ['Workforce Plan', 'Drafted', 'Approved'],
        ['Estates Plan', 'Drafted', 'Drafted'],
      ]),
    );
    expect(d.indicators.filter((i) => i.targetsByPeriod)).toEqual([]);
  });
});

describe('where a metrics table puts its outputs', () => {
  // A quarterly block with a totals row, then a line of other content: the outputs may pass the
  // totals row but never skip over the other content into rows that belong to something else.
  const block = (): CellInput[][] => [
    ['Quarter', 'Visits', 'Bookings'],
    ['Q1 2024/25', 410, 120],
    ['Q2 2024/25', 455, 131],
    ['Total', 865, 251],
    [null, null, null],
    ['Next meeting', 'March', null],
    [null, null, null],
    [null, null, null],
    [null, null, null],
  ];

  it('writes nothing past other content below the table, and says so once', () => {
    const { result } = byName(block());
    expect(result.indicators.map((i) => i.source.name)).toEqual(['Visits', 'Bookings']);
    for (const i of result.indicators) expect(i.source.statusCell).toBeUndefined();
    expect(result.warnings.filter((w) => /no three free rows/.test(w.message))).toHaveLength(1);
  });

  it('passes a totals row right under the table', () => {
    const rows = block().slice(0, 4);
    const { result } = byName([
      ...rows,
      [null, null, null],
      [null, null, null],
      [null, null, null],
      [null, null, null],
    ]);
    expect(result.indicators[0].source.statusCell).toEqual({ row: 4, col: 1 });
  });
});

describe('one metric by period, headed by bare role words', () => {
  /** A monthly tracker of one figure: "Month | Actual | Target", a fiscal-month number column, and the author's own variance. */
  function monthly(): CellInput[][] {
    const months = ['Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep'];
    const actual = [410, 395, 402, 388, 380, 377];
    const target = [400, 400, 400, 390, 390, 390];
    return [
      ['Period no', 'Month', 'Actual', 'Target', 'Actual vs Target'],
      ...months.map((m, i): CellInput[] => [i + 1, m, actual[i], target[i], (actual[i] - target[i]) / target[i]]),
    ];
  }

  it('reads the Actual column as the one metric, rated on the latest month against its Target', () => {
    const { result, ind } = byName(monthly());
    expect(result.indicators.map((i) => i.source.name)).toEqual(['Actual']);
    // Sep: 377 against 390, gap 13 within 5% of 390 (19.5): AMBER; down from 380: not better.
    expect(ind.Actual.status).toBe('AMBER');
    expect(ind.Actual.actual?.value).toBe(377);
    expect(ind.Actual.previous?.value).toBe(380);
    expect(ind.Actual.trend).toBe('NOT_BETTER');
    expect(ind.Actual.actualPeriod?.label).toBe('Sep');
  });

  it('leaves a register with a Measure column to the register reading', () => {
    const { result } = byName([
      ['Measure', 'Actual', 'Target'],
      ['Calls answered %', 91, 95],
      ['Invoices paid on time %', 97, 95],
    ]);
    expect(result.indicators.map((i) => i.source.name)).toEqual(['Calls answered %', 'Invoices paid on time %']);
  });
});
