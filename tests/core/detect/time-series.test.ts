/**
 * Time series (seed 004 "Performance Data"): Measure, September ... April, RAG; section rows and the
 * header repeated per section; the latest value is the last filled month.
 */
import { detectSheet } from '../../../src/core/detect';
import { buildSnapshot, pct, type CellInput } from '../../helpers/snapshot-builder';

const HEADER: CellInput[] = [
  'Measure',
  'September',
  'October',
  'November',
  'December',
  'January',
  'February',
  'March',
  'April',
  'RAG',
];

/** Seed 004 rows 265-289 as they sit in the sheet (figures copied from the seed). */
function seed004(): CellInput[][] {
  return [
    ["Children's Social Care data is run mid-month to capture the previous months performance"],
    [],
    ['Performance Data'],
    ['Brilliant at the Basics'],
    HEADER,
    ['No. of dip samples', '-'],
    ['No. of audits', 22],
    ['No. of assessments within timescales', pct(0.63)],
    ['% Of visits taking place within timescale CWLA', pct(0.9)],
    ['Number of re-referrals', 36],
    ['Number of compliments (Year to date)', 85, 98],
    ['Number of complaints (Year to date)', 25, 31],
    ['Placement Stability', pct(0.78)],
    ['Partnerships'],
    HEADER,
    ['% Of Health reviews completed in timescale', pct(0.95), pct(0.97)],
    ['% Of Dental checks', pct(0.64), pct(0.67)],
    [],
    ['% Of immunisations', pct(0.95), pct(0.95)],
    ['Workforce'],
    HEADER,
    ['% Of Vacancy Rates', '-', pct(0.146, 1)],
    ['Vacancies under offer', null, 5],
  ];
}

describe('time series (seed 004)', () => {
  const snapshot = buildSnapshot(seed004(), { name: 'Performance', top: 264 });
  const d = detectSheet(snapshot);

  test('one table across the sections, repeated headers and the blank row', () => {
    expect(d.tables).toHaveLength(1);
    const t = d.tables[0];
    expect(t.layout).toBe('time-series');
    expect(t.range).toEqual({ row: 268, col: 0, rowCount: 19, colCount: 10 });
    expect(t.title).toBe('Brilliant at the Basics');
    // The RAG column is the table's own status column; trend and variance are added beside the
    // table, with headers (issue 11: added columns always have headers).
    expect(t.added?.status).toBeUndefined();
    expect(t.added?.trend).toBeDefined();
    expect(t.added?.variance).toBeDefined();
  });

  test('section rows and repeated headers are not indicators', () => {
    const names = d.indicators.map((i) => i.name);
    expect(names).toEqual([
      'No. of dip samples',
      'No. of audits',
      'No. of assessments within timescales',
      '% Of visits taking place within timescale CWLA',
      'Number of re-referrals',
      'Number of compliments (Year to date)',
      'Number of complaints (Year to date)',
      'Placement Stability',
      '% Of Health reviews completed in timescale',
      '% Of Dental checks',
      '% Of immunisations',
      '% Of Vacancy Rates',
      'Vacancies under offer',
    ]);
    expect(d.indicators.every((i) => i.layout === 'time-series' && i.table === 0)).toBe(true);
  });

  test('current period is October, the latest month with a value anywhere in the table', () => {
    expect(d.tables[0].currentPeriod?.label).toBe('October');
    expect(d.tables[0].currentPeriod?.month).toBe(10);
    for (const i of d.indicators) expect(i.currentPeriod?.label).toBe('October');
  });

  test('values with provenance, oldest first; later months are later periods across the year end', () => {
    const compliments = d.indicators.find((i) => i.name.startsWith('Number of compliments'))!;
    expect(compliments.id).toBe('Performance!A275');
    expect(compliments.nameCell).toEqual({ row: 274, col: 0 });
    expect(compliments.values.map((v) => [v.period.label, v.source.cell, v.source.value])).toEqual([
      ['September', { row: 274, col: 1 }, 85],
      ['October', { row: 274, col: 2 }, 98],
    ]);
    const vacancies = d.indicators.find((i) => i.name === '% Of Vacancy Rates')!;
    expect(vacancies.values.map((v) => [v.period.label, v.source.text])).toEqual([
      ['September', '-'],
      ['October', '14.6%'],
    ]);
    expect(d.indicators.find((i) => i.name === '% Of Dental checks')?.unitText).toBe('%');
    const audits = d.indicators.find((i) => i.name === 'No. of audits')!;
    expect(audits.unitText).toBeUndefined();
    expect(audits.values).toHaveLength(1);
    expect(audits.target).toBeUndefined();
  });

  test('status goes in the RAG column; trend and variance in the first empty columns right of it', () => {
    const audits = d.indicators.find((i) => i.name === 'No. of audits')!;
    expect(audits.statusCell).toEqual({ row: 270, col: 9 });
    expect(audits.trendCell).toEqual({ row: 270, col: 10 });
    expect(audits.varianceCell).toEqual({ row: 270, col: 11 });
    const last = d.indicators[d.indicators.length - 1];
    expect(last.statusCell).toEqual({ row: 286, col: 9 });
  });

  test('no warnings for a clean time series', () => {
    expect(d.warnings).toEqual([]);
  });
});

describe('time series with a Target column (bench shape)', () => {
  test('target provenance and current period from real month headers', () => {
    const s = buildSnapshot([
      ['KPI', 'Apr-20', 'May-20', 'Jun-20', 'Target', 'RAG'],
      ['Number of cases', 10, 12, null, 11, null],
      ['% of cases', pct(0.5), pct(0.55), pct(0.6), pct(0.5), null],
    ]);
    const d = detectSheet(s);
    expect(d.tables[0].layout).toBe('time-series');
    expect(d.tables[0].currentPeriod?.label).toBe('Jun-20');
    const [a, b] = d.indicators;
    expect(a.target?.cell).toEqual({ row: 1, col: 4 });
    expect(a.target?.value).toBe(11);
    expect(a.values.map((v) => v.source.cell.col)).toEqual([1, 2]);
    expect(b.values.map((v) => v.period.label)).toEqual(['Apr-20', 'May-20', 'Jun-20']);
    expect(a.statusCell).toEqual({ row: 1, col: 5 });
  });

  test('a blank top-left corner over the names still reads as a time series', () => {
    const s = buildSnapshot([
      [null, 'April', 'May', 'June', 'Target', 'RAG'],
      ['Re-referrals', 30, 31, 29, 30],
      ['Visits in time', 80, 85, 90, 85],
      ['Assessments in time', 70, 72, 74, 80],
      ['Dental checks', 64, 67, 70, 75],
      ['Immunisations', 95, 95, 96, 95],
      ['Health reviews', 95, 97, 98, 95],
      ['Placement stability', 78, 79, 80, 75],
    ]);
    const d = detectSheet(s);
    expect(d.tables).toHaveLength(1);
    expect(d.tables[0].layout).toBe('time-series');
    expect(d.indicators).toHaveLength(7);
    expect(d.indicators[0].nameCell).toEqual({ row: 1, col: 0 });
    expect(d.indicators[0].target?.cell).toEqual({ row: 1, col: 4 });
    expect(d.indicators[0].statusCell).toEqual({ row: 1, col: 5 });
  });
});
