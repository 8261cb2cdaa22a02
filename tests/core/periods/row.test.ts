import {
  analysePeriodRow,
  fyLabel,
  latestPeriod,
  NOMINAL_FY_START,
  parsePeriodRow,
  quarterOf,
  type Period,
} from '../../../src/core/periods';
import { cell, textRow } from './helpers';

function expectIncreasing(orders: number[]): void {
  for (let k = 1; k < orders.length; k++) expect(orders[k]).toBeGreaterThan(orders[k - 1]);
}

const months = (ps: (Period | null)[]): string[] =>
  ps
    .filter((p): p is Period => p !== null && (p.kind === 'month' || p.kind === 'date'))
    .map((p) => `${p.year}-${p.month}`);

describe('parsePeriodRow: seed 004 bare months', () => {
  const header = textRow(
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
  );

  it('runs September to April forward across the year end, with a nominal year', () => {
    const row = analysePeriodRow(header);
    expect(row.nominalYear).toBe(true);
    expect(row.descending).toBe(false);
    const ps = row.periods;
    expect(ps[0]).toBeNull();
    expect(ps[9]).toBeNull();
    const y = NOMINAL_FY_START;
    expect(months(ps)).toEqual([
      `${y}-9`,
      `${y}-10`,
      `${y}-11`,
      `${y}-12`,
      `${y + 1}-1`,
      `${y + 1}-2`,
      `${y + 1}-3`,
      `${y + 1}-4`,
    ]);
    expect(ps.map((p) => p?.quarter ?? null)).toEqual([null, 2, 3, 3, 3, 4, 4, 4, 1, null]);
    expect(ps.map((p) => p?.fyStart ?? null)).toEqual([null, y, y, y, y, y, y, y, y + 1, null]);
    expectIncreasing(ps.filter((p): p is Period => p !== null).map((p) => p.order));
    expect(ps[1]?.label).toBe('September');
  });

  it('takes the year from one dated header and fills the rest', () => {
    const ps = parsePeriodRow(
      textRow('Measure', 'September 2022', 'October', 'November', 'December', 'January', 'February'),
    );
    expect(months(ps)).toEqual(['2022-9', '2022-10', '2022-11', '2022-12', '2023-1', '2023-2']);
    expect(analysePeriodRow(textRow('September 2022', 'October')).nominalYear).toBe(false);
  });

  it('back-fills bare months before the dated one', () => {
    const ps = parsePeriodRow(textRow('November', 'December', 'January', 'Feb-23'));
    expect(months(ps)).toEqual(['2022-11', '2022-12', '2023-1', '2023-2']);
  });

  it('uses a financial-year heading in the row for its months', () => {
    const ps = parsePeriodRow(textRow('2022/23', 'April', 'May', 'June'));
    expect(months(ps)).toEqual(['2022-4', '2022-5', '2022-6']);
    expect(ps[0]).toMatchObject({ kind: 'year', fyStart: 2022 });
  });
});

describe('parsePeriodRow: seed 003 card dates', () => {
  const serials = [41029, 41060, 41090, 41121, 41152, 41182, 41213, 41243, 41274, 41305, 41333, 41364];
  const texts = [
    '30/04/12',
    '31/05/12',
    '30/06/12',
    '31/07/12',
    '31/08/12',
    '30/09/12',
    '31/10/12',
    '30/11/12',
    '31/12/12',
    '31/01/13',
    '28/02/13',
    '31/03/13',
  ];

  it.each([
    ['as serials formatted dd/mm/yy', serials.map((s, i) => cell(s, 'dd/mm/yy', texts[i]))],
    ['as text', texts.map((t) => cell(t))],
  ])('reads the month-end dates %s', (_how, dates) => {
    const ps = parsePeriodRow([cell(''), ...dates]);
    expect(ps[0]).toBeNull();
    const dated = ps.slice(1) as Period[];
    expect(dated.map((p) => p.kind)).toEqual(Array(12).fill('date'));
    expect(dated.map((p) => p.label)).toEqual(texts);
    expect(dated.map((p) => `${p.day}/${p.month}/${p.year}`)).toEqual([
      '30/4/2012',
      '31/5/2012',
      '30/6/2012',
      '31/7/2012',
      '31/8/2012',
      '30/9/2012',
      '31/10/2012',
      '30/11/2012',
      '31/12/2012',
      '31/1/2013',
      '28/2/2013',
      '31/3/2013',
    ]);
    expect(dated.every((p) => p.fyStart === 2012)).toBe(true);
    expect(dated.map((p) => p.quarter)).toEqual([1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4]);
    expectIncreasing(dated.map((p) => p.order));
    expect(latestPeriod(ps)?.label).toBe('31/03/13');
  });
});

describe('parsePeriodRow: seed 001 metric blocks', () => {
  it('baseline, month, areas', () => {
    const ps = parsePeriodRow([
      cell(''),
      cell('Prev. 6 months cumulative'),
      cell(42461, 'mmm-yy', 'Apr-16'),
      ...textRow('EAST', 'NWC', 'SOUTH'),
    ]);
    expect(ps[1]).toMatchObject({ kind: 'baseline', label: 'Prev. 6 months cumulative' });
    expect(ps[2]).toMatchObject({ kind: 'month', label: 'Apr-16', year: 2016, month: 4, fyStart: 2016, quarter: 1 });
    expect(ps.slice(3)).toEqual([null, null, null]);
    expect((ps[1] as Period).order).toBeLessThan((ps[2] as Period).order);
    expect(latestPeriod(ps)?.label).toBe('Apr-16');
  });

  it('two months then areas (Mar-16, Apr-16, EAST, NWC, SOUTH, MASH), as text and as serials', () => {
    for (const row of [
      textRow('', 'Mar-15', 'May-15', 'EAST', 'NWC', 'SOUTH', 'MASH'),
      [
        cell(''),
        cell(42064, 'mmm-yy', 'Mar-15'),
        cell(42125, 'mmm-yy', 'May-15'),
        ...textRow('EAST', 'NWC', 'SOUTH', 'MASH'),
      ],
    ]) {
      const ps = parsePeriodRow(row);
      expect(months(ps)).toEqual(['2015-3', '2015-5']);
      expect(quarterOf(ps[1] as Period)).toEqual({ fyStart: 2014, quarter: 4 });
      expect(quarterOf(ps[2] as Period)).toEqual({ fyStart: 2015, quarter: 1 });
      expect(ps.slice(3)).toEqual([null, null, null, null]);
    }
  });

  it('the National average row label is not a period', () => {
    expect(parsePeriodRow(textRow('National average per 10K', '', '42'))).toEqual([null, null, null]);
  });

  it('several baselines keep their left-to-right order before every period', () => {
    const ps = parsePeriodRow(textRow('6 month average', 'Prev. 6 months cumulative', 'May-15'));
    expect(ps.map((p) => p?.order)).toEqual([-2, -1, expect.any(Number)]);
    expect((ps[2] as Period).order).toBeGreaterThan(0);
  });
});

describe('parsePeriodRow: quarters and direction', () => {
  it('yearless quarters run forward across the financial year end', () => {
    const row = analysePeriodRow(textRow('Q3', 'Q4', 'Q1', 'Q2'));
    expect(row.nominalYear).toBe(true);
    const fys = row.periods.map((p) => p?.fyStart);
    expect(fys).toEqual([NOMINAL_FY_START, NOMINAL_FY_START, NOMINAL_FY_START + 1, NOMINAL_FY_START + 1]);
    expectIncreasing(row.periods.map((p) => (p as Period).order));
  });

  it('a year total after its quarters places them in that year', () => {
    const ps = parsePeriodRow(textRow('Qtr 1', 'Qtr 2', 'Qtr 3', 'Qtr 4', '2020/21'));
    expect(ps.map((p) => (p?.fyStart !== undefined ? fyLabel(p.fyStart) : null))).toEqual([
      '2020/21',
      '2020/21',
      '2020/21',
      '2020/21',
      '2020/21',
    ]);
    expectIncreasing(ps.map((p) => (p as Period).order));
  });

  it('quarters follow a dated quarter', () => {
    const ps = parsePeriodRow(textRow('Q3 2019/20', 'Q4', 'Q1', '2nd Quarter'));
    expect(ps.map((p) => `${p?.fyStart}Q${p?.quarter}`)).toEqual(['2019Q3', '2019Q4', '2020Q1', '2020Q2']);
  });

  it('months then their quarter read in time order', () => {
    const ps = parsePeriodRow(textRow('Apr-20', 'May-20', 'Jun-20', 'Q1 2020/21', 'Jul-20'));
    expectIncreasing(ps.map((p) => (p as Period).order));
  });

  it('detects rows that run newest first and still orders by time', () => {
    const row = analysePeriodRow(textRow('Apr-16', 'Mar-16', 'Feb-16', 'Jan-16'));
    expect(row.descending).toBe(true);
    const orders = row.periods.map((p) => (p as Period).order);
    expectIncreasing([...orders].reverse());
    expect(latestPeriod(row.periods)?.label).toBe('Apr-16');

    const bare = analysePeriodRow(textRow('April', 'March', 'February', 'January', 'December'));
    expect(bare.descending).toBe(true);
    expect(months(bare.periods)).toEqual([
      `${NOMINAL_FY_START + 1}-4`,
      `${NOMINAL_FY_START + 1}-3`,
      `${NOMINAL_FY_START + 1}-2`,
      `${NOMINAL_FY_START + 1}-1`,
      `${NOMINAL_FY_START}-12`,
    ]);
    expect(latestPeriod(bare.periods)?.label).toBe('April');
  });

  it('bare months newest first after a dated one', () => {
    const ps = parsePeriodRow(textRow('Feb-23', 'January', 'December'));
    expect(months(ps)).toEqual(['2023-2', '2023-1', '2022-12']);
  });

  it('repeated headers get distinct orders, left first', () => {
    const ps = parsePeriodRow(textRow('Apr-16', 'Apr-16'));
    expect((ps[0] as Period).order).toBeLessThan((ps[1] as Period).order);
  });

  it('empty and period-free rows', () => {
    expect(analysePeriodRow([])).toEqual({ periods: [], descending: false, nominalYear: false });
    expect(parsePeriodRow(textRow('Measure', 'Target', 'RAG'))).toEqual([null, null, null]);
    expect(latestPeriod([null, undefined])).toBeNull();
  });

  it('a month more than a year on from the last needs its year: twelve bare months then the same month again', () => {
    const names = [
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
      'January',
      'February',
      'March',
      'April',
    ];
    const ps = parsePeriodRow(textRow(...names));
    expect((ps[12] as Period).year).toBe((ps[0] as Period).year! + 1);
    expectIncreasing(ps.map((p) => (p as Period).order));
  });
});

describe('parsePeriodRow: US-style text dates', () => {
  it('reads the whole row month first when some dates can only be read that way', () => {
    const ps = parsePeriodRow(textRow('05/31/12', '06/07/12', '06/30/12')) as Period[];
    expect(ps.map((p) => `${p.year}-${p.month}-${p.day}`)).toEqual(['2012-5-31', '2012-6-7', '2012-6-30']);
  });

  it('keeps UK day-first rows day first', () => {
    const ps = parsePeriodRow(textRow('06/07/12', '31/07/12')) as Period[];
    expect(ps.map((p) => `${p.month}-${p.day}`)).toEqual(['7-6', '7-31']);
  });

  it('ignores serials with a date format (their order is the value, not the text)', () => {
    const ps = parsePeriodRow([cell(41090, 'mm/dd/yy', '06/30/12'), cell(41097, 'mm/dd/yy', '07/07/12')]) as Period[];
    expect(ps.map((p) => `${p.month}-${p.day}`)).toEqual(['6-30', '7-7']);
  });
});
