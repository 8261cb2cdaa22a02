/**
 * Quarter-on-quarter: months fold into UK financial quarters (Q4 = January to March, and Q1 of the
 * next financial year follows it), with the shared fold (last, sum, mean), judged by polarity.
 */
import { statedPeriod } from '../../src/core/summary/sheet-period';
import type { Period } from '../../src/core/model';
import { foldFor, quarterOnQuarter, quarterRow } from '../../src/core/summary/quarter-on-quarter';
import { reportPeriod } from '../../src/core/summary/report-period';
import { indicator, month, monthly, quarter, reading, rules } from './fixtures';

/** April 2020 to June 2021: 15 months across the 2020/21 year end. */
const APR20_JUN21 = [10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24];
const Q1_2122 = { fyStart: 2021, quarter: 1 as const };

function monthlyIndicator(values: (number | string)[], over: Partial<Parameters<typeof indicator>[0]> = {}) {
  return indicator({
    name: 'Children in care',
    status: 'GREEN',
    polarity: 'higher',
    actual: reading(Number(values[values.length - 1])),
    series: monthly(2020, 4, values),
    ...over,
  });
}

describe('folding months into financial quarters across the year end', () => {
  test("last (the default): the quarter's last month; Q4 is January to March, then Q1 of the next year", () => {
    const row = quarterRow(monthlyIndicator(APR20_JUN21), rules(), Q1_2122);
    expect(row?.current).toEqual({ key: Q1_2122, value: 24, months: [4, 5, 6] });
    expect(row?.previous).toEqual({ key: { fyStart: 2020, quarter: 4 }, value: 21, months: [1, 2, 3] });
    expect(row?.lastYear).toEqual({ key: { fyStart: 2020, quarter: 1 }, value: 12, months: [4, 5, 6] });
    expect(row?.onPrevious).toEqual({ change: 3, direction: 'better' });
    expect(row?.onLastYear).toEqual({ change: 12, direction: 'better' });
  });

  test("sum: the quarter's total (events such as referrals)", () => {
    const row = quarterRow(monthlyIndicator(APR20_JUN21), rules({ quarterFold: 'sum' }), Q1_2122);
    expect(row?.current.value).toBe(22 + 23 + 24);
    expect(row?.previous?.value).toBe(19 + 20 + 21);
    expect(row?.lastYear?.value).toBe(10 + 11 + 12);
    expect(row?.onPrevious?.change).toBe(9);
  });

  test('mean: the average of the months with a value, shown with at least one decimal', () => {
    const row = quarterRow(
      monthlyIndicator([10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, '', 25]),
      rules({ quarterFold: 'mean' }),
      Q1_2122,
    );
    expect(row?.current).toEqual({ key: Q1_2122, value: 23.5, months: [4, 6] });
    expect(row?.previous?.value).toBe(20);
    expect(row?.style.decimals).toBe(1);
  });

  test('an override names the fold for one indicator, by code or by name, without regard to case', () => {
    const byCode = monthlyIndicator(APR20_JUN21, { code: 'CS145' });
    const byName = monthlyIndicator(APR20_JUN21, { name: 'Missing Episodes' });
    const r = rules({
      overrides: [
        { match: { code: 'cs145' }, quarterFold: 'sum' },
        { match: { name: 'missing episodes' }, quarterFold: 'mean' },
      ],
    });
    expect(foldFor(byCode, r)).toBe('sum');
    expect(foldFor(byName, r)).toBe('mean');
    expect(foldFor(monthlyIndicator(APR20_JUN21), r)).toBe('last');
    expect(quarterRow(byCode, r, Q1_2122)?.current.value).toBe(69);
  });

  test('a summed quarter still missing months is a part quarter, not a fall', () => {
    // Only April 2021 so far: a total of one month against three.
    const ind = monthlyIndicator([10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22]);
    const sum = quarterRow(ind, rules({ quarterFold: 'sum' }), Q1_2122);
    expect(sum?.current).toEqual({ key: Q1_2122, value: 22, months: [4] });
    expect(sum?.onPrevious?.direction).toBe('part-quarter');
    // A snapshot compares fine: the latest month is the quarter's figure so far.
    expect(quarterRow(ind, rules(), Q1_2122)?.onPrevious).toEqual({ change: 1, direction: 'better' });
  });

  test('quarterly columns are the quarters themselves, across the year end', () => {
    const series: [Period, number][] = [
      [quarter(2020, 1), 40],
      [quarter(2020, 2), 38],
      [quarter(2020, 3), 35],
      [quarter(2020, 4), 33],
      [quarter(2021, 1), 31],
    ];
    const ind = indicator({ name: 'Re-referrals', status: 'GREEN', polarity: 'lower', actual: reading(31), series });
    const row = quarterRow(ind, rules({ quarterFold: 'sum' }), Q1_2122);
    expect(row?.current.value).toBe(31);
    expect(row?.previous?.value).toBe(33);
    expect(row?.lastYear?.value).toBe(40);
    expect(row?.onPrevious).toEqual({ change: -2, direction: 'better' });
    expect(row?.onLastYear).toEqual({ change: -9, direction: 'better' });
  });
});

describe('better or worse follows polarity', () => {
  const series = monthly(2021, 1, [30, 30, 31, 30, 30, 18]);
  const base = { name: 'Missing episodes', status: 'GREEN' as const, actual: reading(18), series };

  test('smaller is better: a fall is better', () => {
    const row = quarterRow(indicator({ ...base, polarity: 'lower' }), rules(), Q1_2122);
    expect(row?.onPrevious).toEqual({ change: -13, direction: 'better' });
    expect(row?.lastYear).toBeNull();
    expect(row?.onLastYear).toBeNull();
  });

  test('bigger is better: a fall is worse', () => {
    expect(quarterRow(indicator({ ...base, polarity: 'higher' }), rules(), Q1_2122)?.onPrevious?.direction).toBe(
      'worse',
    );
  });

  test('a band: moving into the band is better, whichever way', () => {
    const band = { kind: 'band' as const, low: reading(5), high: reading(7) };
    const into = indicator({
      ...base,
      polarity: 'band',
      target: band,
      series: monthly(2021, 1, [1, 1, 9, 6, 6, 6]),
      actual: reading(6),
    });
    expect(quarterRow(into, rules(), Q1_2122)?.onPrevious).toEqual({ change: -3, direction: 'better' });
    const out = indicator({
      ...base,
      polarity: 'band',
      target: band,
      series: monthly(2021, 1, [1, 1, 6, 6, 6, 4]),
      actual: reading(4),
    });
    expect(quarterRow(out, rules(), Q1_2122)?.onPrevious?.direction).toBe('worse');
  });

  test('no polarity: the change is shown but not judged', () => {
    expect(quarterRow(indicator({ ...base, polarity: null }), rules(), Q1_2122)?.onPrevious?.direction).toBe(
      'no-polarity',
    );
  });

  test('equal at the precision the sheet shows is no change', () => {
    const ind = indicator({
      ...base,
      polarity: 'higher',
      actual: reading(95, true, 0),
      series: monthly(2021, 1, [95, 95, 94.9999, 95, 95, 95]),
    });
    expect(quarterRow(ind, rules(), Q1_2122)?.onPrevious?.direction).toBe('same');
  });
});

describe('reading the series', () => {
  test('percent-formatted cells and "25%" text read as points; float noise is dropped', () => {
    const ind = indicator({
      name: 'Re-referrals',
      status: 'RED',
      polarity: 'lower',
      actual: reading(22.4, true, 1),
      series: monthly(2021, 1, [0.18, 0.19, 0.201, 0.2, 0.21, 0.224]),
      format: '0.0%',
    });
    const row = quarterRow(ind, rules(), Q1_2122);
    expect(row?.current.value).toBe(22.4);
    expect(row?.previous?.value).toBe(20.1);
    expect(row?.onPrevious?.change).toBe(2.3);
    const text = indicator({
      name: 'Visits',
      status: 'GREEN',
      actual: reading(91.6, true, 1),
      series: monthly(2021, 1, ['90%', '90.5%', '91%', 'n/a', '-', '91.6%']),
    });
    expect(quarterRow(text, rules(), Q1_2122)?.current).toEqual({ key: Q1_2122, value: 91.6, months: [6] });
  });

  test("scaled to the engine's reading where a % unit column holds fractions", () => {
    const ind = indicator({
      name: 'Dental checks',
      status: 'AMBER',
      actual: reading(25, true, 0),
      series: monthly(2021, 1, [0.2, 0.2, 0.22, 0.25, 0.25, 0.25]),
    });
    const row = quarterRow(ind, rules(), Q1_2122);
    expect(row?.current.value).toBe(25);
    expect(row?.previous?.value).toBe(22);
  });

  test('no row without a figure this quarter, nor with nothing to compare it with', () => {
    const stale = indicator({ name: 'Old', status: 'NO_DATA', series: monthly(2021, 1, [1, 2, 3]) });
    expect(quarterRow(stale, rules(), Q1_2122)).toBeNull();
    const lone = indicator({ name: 'New', status: 'GREEN', actual: reading(5), series: monthly(2021, 4, [5]) });
    expect(quarterRow(lone, rules(), Q1_2122)).toBeNull();
    const register = indicator({ name: 'Register', status: 'GREEN', actual: reading(5) });
    expect(quarterOnQuarter([register, stale, lone], rules(), Q1_2122).rows).toEqual([]);
  });
});

describe('the reporting period', () => {
  const at = (p: Period) => indicator({ name: 'x', status: 'GREEN', actual: reading(1), series: [[p, 1]] });

  test('the latest quarter of any table, as the seed reports name it', () => {
    expect(reportPeriod([at(month(2020, 6)), at(month(2020, 9))])).toEqual({
      quarter: { fyStart: 2020, quarter: 2 },
      label: 'Quarter 2 2020/21 (July to September 2020)',
      phrase: 'Quarter 2 (July to September) 2020/21',
      upTo: undefined,
      nominal: false,
    });
  });

  test('Q4 is January to March of the later calendar year', () => {
    expect(reportPeriod([at(month(2021, 3))]).label).toBe('Quarter 4 2020/21 (January to March 2021)');
  });

  test('a quarter still in progress says how far the figures go', () => {
    expect(reportPeriod([at(month(2020, 8))])).toMatchObject({
      label: 'Quarter 2 2020/21 (July to September 2020)',
      upTo: 'Figures to August 2020',
    });
  });

  test('headers without a year ("October") give a quarter without a year', () => {
    const october: Period = {
      kind: 'month',
      label: 'October',
      year: 2000,
      month: 10,
      fyStart: 2000,
      quarter: 3,
      order: 1,
    };
    expect(reportPeriod([at(october)])).toEqual({
      quarter: { fyStart: 2000, quarter: 3 },
      label: 'Quarter 3 (October to December)',
      phrase: 'Quarter 3 (October to December)',
      upTo: 'Figures to October',
      nominal: true,
    });
  });

  test('a year the headers lack comes from the sheet: "October" on a 2019/20 sheet is October 2019', () => {
    const october: Period = {
      kind: 'month',
      label: 'October',
      year: 2000,
      month: 10,
      fyStart: 2000,
      quarter: 3,
      order: 1,
    };
    const period = reportPeriod([at(october)], statedPeriod(['Brilliant at the Basics', 'Performance Data 2019-20']));
    expect(period).toMatchObject({
      label: 'Quarter 3 2019/20 (October to December 2019)',
      phrase: 'Quarter 3 (October to December) 2019/20',
      upTo: 'Figures to October 2019',
    });
    // The quarter comparisons still read the headers, which carry no year.
    expect(period.nominal).toBe(true);
  });

  test('a quarter header without a year ("Q2 Actual") takes the title’s words, or its year', () => {
    const q2: Period = { kind: 'quarter', label: 'Q2 Actual', quarter: 2, order: 1 };
    expect(reportPeriod([at(q2)], statedPeriod(['Performance Reporting - Qtr 2 (July - Sept 2020)'])).label).toBe(
      'Qtr 2 (July - Sept 2020)',
    );
    expect(reportPeriod([at(q2)], statedPeriod(['Corporate performance indicators 2020/21'])).label).toBe(
      'Quarter 2 2020/21 (July to September 2020)',
    );
    expect(reportPeriod([at(q2)]).label).toBe('Quarter 2 (July to September)');
  });

  test('a quarter column, a whole year, or no periods at all', () => {
    expect(reportPeriod([at(quarter(2020, 3))]).label).toBe('Quarter 3 2020/21 (October to December 2020)');
    const year: Period = { kind: 'year', label: '2019/20', fyStart: 2019, order: 1 };
    expect(reportPeriod([at(year)]).label).toBe('Year 2019/20');
    expect(reportPeriod([indicator({ name: 'r', status: 'GREEN', actual: reading(1) })]).label).toBe(
      'Latest reported figures',
    );
  });
});
