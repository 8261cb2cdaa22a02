/** The period a sheet states in its own words: titles and sheet names as councils write them. */
import { quarterPhrase, statedPeriod, yearPhrase } from '../../src/core/summary/sheet-period';

describe('the period a sheet states', () => {
  test('a quarter with its months and calendar year, in the sheet’s words', () => {
    expect(quarterPhrase('Performance Reporting - Qtr 2 (July - Sept 2020)')).toEqual({
      text: 'Qtr 2 (July - Sept 2020)',
      quarter: 2,
      fyStart: 2020,
    });
    // January to March belongs to the financial year before.
    expect(quarterPhrase('Quarter 4 (Jan - Mar 2021)')?.fyStart).toBe(2020);
  });

  test('a quarter with a financial year, before or after it', () => {
    expect(quarterPhrase('Quarter 1 2012/13')).toEqual({ text: 'Quarter 1 2012/13', quarter: 1, fyStart: 2012 });
    expect(quarterPhrase('Qtr 2 2020-21')).toEqual({ text: 'Qtr 2 2020-21', quarter: 2, fyStart: 2020 });
    expect(quarterPhrase('2019/20 Q3 report')).toMatchObject({ quarter: 3, fyStart: 2019 });
    expect(quarterPhrase('2nd Quarter Achievements')).toEqual({ text: '2nd Quarter', quarter: 2, fyStart: undefined });
  });

  test('months that do not belong to the quarter are not a quarter phrase', () => {
    expect(quarterPhrase('Q2 (January - March 2020)')).toBeNull();
  });

  test('a financial year alone', () => {
    expect(yearPhrase('Corporate performance indicators 2020/21')).toEqual({ fyStart: 2020 });
    expect(yearPhrase('Population 2020/2021')).toEqual({ fyStart: 2020 });
    // Not a financial year: the years do not follow on.
    expect(yearPhrase('Compared 2018/20')).toBeNull();
    expect(yearPhrase('Brilliant at the Basics')).toBeNull();
  });

  test('titles first, then the sheet name; a later text adds the year a quarter lacks', () => {
    expect(statedPeriod(['Brilliant at the Basics', 'Performance Data'])).toBeNull();
    expect(statedPeriod(['2nd Quarter', 'KPIs 2020/21'])).toEqual({ text: '2nd Quarter', quarter: 2, fyStart: 2020 });
    expect(statedPeriod(['Corporate performance indicators 2020/21', 'Q2'])).toEqual({
      text: 'Q2',
      quarter: 2,
      fyStart: 2020,
    });
  });
});
