import {
  foldToQuarters,
  fyLabel,
  fyOfMonth,
  nextQuarter,
  parsePeriodHeader,
  parsePeriodRow,
  previousQuarter,
  quarterLabel,
  quarterMonths,
  quarterOf,
  quarterOfMonth,
  sameQuarterLastYear,
  type Period,
} from '../../../src/core/periods';
import { cell, textRow } from './helpers';

function p(text: string): Period {
  const period = parsePeriodHeader(cell(text));
  if (!period) throw new Error(`not a period: ${text}`);
  return period;
}

describe('financial years and quarters', () => {
  it('labels years and quarters', () => {
    expect(fyLabel(2020)).toBe('2020/21');
    expect(fyLabel(2009)).toBe('2009/10');
    expect(fyLabel(2099)).toBe('2099/00');
    expect(quarterLabel(2020, 2)).toBe('Quarter 2 2020/21 (July to September 2020)');
    expect(quarterLabel(2020, 4)).toBe('Quarter 4 2020/21 (January to March 2021)');
    expect(quarterLabel(2020, 1)).toBe('Quarter 1 2020/21 (April to June 2020)');
    expect(quarterLabel(2020, 3)).toBe('Quarter 3 2020/21 (October to December 2020)');
  });

  it('puts months in their financial year and quarter', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(quarterOfMonth)).toEqual([4, 4, 4, 1, 1, 1, 2, 2, 2, 3, 3, 3]);
    expect(fyOfMonth(2021, 3)).toBe(2020);
    expect(fyOfMonth(2021, 4)).toBe(2021);
    expect(quarterMonths(2020, 4)).toEqual([
      { year: 2021, month: 1 },
      { year: 2021, month: 2 },
      { year: 2021, month: 3 },
    ]);
  });

  it('steps between quarters across the year boundary', () => {
    expect(previousQuarter(2020, 1)).toEqual({ fyStart: 2019, quarter: 4 });
    expect(previousQuarter(2020, 3)).toEqual({ fyStart: 2020, quarter: 2 });
    expect(nextQuarter(2019, 4)).toEqual({ fyStart: 2020, quarter: 1 });
    expect(sameQuarterLastYear(2020, 2)).toEqual({ fyStart: 2019, quarter: 2 });
  });

  it('quarterOf months, dates, quarters; null for baselines, years and yearless periods', () => {
    expect(quarterOf(p('Jan-21'))).toEqual({ fyStart: 2020, quarter: 4 });
    expect(quarterOf(p('31/03/13'))).toEqual({ fyStart: 2012, quarter: 4 });
    expect(quarterOf(p('Apr-16'))).toEqual({ fyStart: 2016, quarter: 1 });
    expect(quarterOf(p('Q2 2020/21'))).toEqual({ fyStart: 2020, quarter: 2 });
    expect(quarterOf(p('Prev. 6 months average'))).toBeNull();
    expect(quarterOf(p('2020/21'))).toBeNull();
    expect(quarterOf(p('September'))).toBeNull();
    expect(quarterOf(p('Qtr 2'))).toBeNull();
  });
});

describe('foldToQuarters', () => {
  // Monthly series April 2020 .. May 2021, with February 2021 missing: value = month number in the run.
  const names = [
    'Apr-20',
    'May-20',
    'Jun-20',
    'Jul-20',
    'Aug-20',
    'Sep-20',
    'Oct-20',
    'Nov-20',
    'Dec-20',
    'Jan-21',
    'Mar-21',
    'Apr-21',
    'May-21',
  ];
  const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14];
  const series = names.map((n, i) => ({ period: p(n), value: values[i] }));

  it("'last' takes the snapshot at the quarter's last month with a value", () => {
    expect(foldToQuarters(series, 'last')).toEqual([
      { fyStart: 2020, quarter: 1, value: 3, months: [4, 5, 6] },
      { fyStart: 2020, quarter: 2, value: 6, months: [7, 8, 9] },
      { fyStart: 2020, quarter: 3, value: 9, months: [10, 11, 12] },
      { fyStart: 2020, quarter: 4, value: 12, months: [1, 3] },
      { fyStart: 2021, quarter: 1, value: 14, months: [4, 5] },
    ]);
  });

  it("'sum' and 'mean'", () => {
    const sum = foldToQuarters(series, 'sum');
    expect(sum.map((q) => q.value)).toEqual([6, 15, 24, 22, 27]);
    const mean = foldToQuarters(series, 'mean');
    expect(mean.map((q) => q.value)).toEqual([2, 5, 8, 11, 13.5]);
  });

  it('January to March belong to the previous financial year (Q4), whatever the series order', () => {
    const shuffled = [series[10], series[9], series[0], series[8]];
    const out = foldToQuarters(shuffled, 'last');
    expect(out).toEqual([
      { fyStart: 2020, quarter: 1, value: 1, months: [4] },
      { fyStart: 2020, quarter: 3, value: 9, months: [12] },
      { fyStart: 2020, quarter: 4, value: 12, months: [1, 3] },
    ]);
  });

  it('passes quarterly series through', () => {
    const qs = ['Q3 2019/20', 'Q4 2019/20', 'Q1 2020/21', 'Q2 2020/21'].map((t, i) => ({
      period: p(t),
      value: [31, 25, 20, 18][i],
    }));
    expect(foldToQuarters(qs, 'sum')).toEqual([
      { fyStart: 2019, quarter: 3, value: 31, months: [10, 11, 12] },
      { fyStart: 2019, quarter: 4, value: 25, months: [1, 2, 3] },
      { fyStart: 2020, quarter: 1, value: 20, months: [4, 5, 6] },
      { fyStart: 2020, quarter: 2, value: 18, months: [7, 8, 9] },
    ]);
  });

  it("a quarter column wins over that quarter's months", () => {
    const mixed = [
      { period: p('Apr-20'), value: 1 },
      { period: p('May-20'), value: 2 },
      { period: p('Jun-20'), value: 3 },
      { period: p('Q1 2020/21'), value: 100 },
    ];
    expect(foldToQuarters(mixed, 'sum')).toEqual([{ fyStart: 2020, quarter: 1, value: 100, months: [4, 5, 6] }]);
  });

  it('folds seed 003 month-end dates and a row of bare months (seed 004)', () => {
    const dates = parsePeriodRow(textRow('31/12/12', '31/01/13', '28/02/13', '31/03/13')) as Period[];
    const out = foldToQuarters(
      dates.map((period, i) => ({ period, value: [36, 37, 38, 37.47][i] })),
      'last',
    );
    expect(out).toEqual([
      { fyStart: 2012, quarter: 3, value: 36, months: [12] },
      { fyStart: 2012, quarter: 4, value: 37.47, months: [1, 2, 3] },
    ]);
    const bare = parsePeriodRow(textRow('September', 'October', 'November', 'December', 'January')) as Period[];
    const q = foldToQuarters(
      bare.map((period, i) => ({ period, value: i + 1 })),
      'sum',
    );
    expect(q.map((x) => [x.quarter, x.value])).toEqual([
      [2, 1],
      [3, 9],
      [4, 5],
    ]);
  });

  it('skips baselines, years, yearless periods and non-finite values', () => {
    const out = foldToQuarters(
      [
        { period: p('Prev. 6 months average'), value: 9 },
        { period: p('2020/21'), value: 9 },
        { period: p('September'), value: 9 },
        { period: p('Apr-20'), value: Number.NaN },
        { period: p('May-20'), value: 5 },
      ],
      'mean',
    );
    expect(out).toEqual([{ fyStart: 2020, quarter: 1, value: 5, months: [5] }]);
    expect(foldToQuarters([], 'last')).toEqual([]);
  });

  it("'last' takes the latest date within a month", () => {
    const out = foldToQuarters(
      [
        { period: p('30/06/20'), value: 2 },
        { period: p('15/06/20'), value: 1 },
      ],
      'last',
    );
    expect(out[0].value).toBe(2);
  });
});
