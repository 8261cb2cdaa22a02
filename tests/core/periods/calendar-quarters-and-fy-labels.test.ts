/**
 * Quarter headers with a calendar year ("2023 Q2 | 2023 Q3 | 2023 Q4"): read one by one as UK
 * financial quarters, Q4 2023 (January to March) would come before Q2 2023, and a wide table would
 * rate its middle column. In a row the calendar reading keeps time order, so the row means calendar
 * quarters. "FY24 Q1" names the financial year by its end (2023/24), and so does "FY2023" alone, as
 * US, Australian and New Zealand budgets head their years ("FY2021 Actual | FY2022 Actual | FY2023
 * Target | FY2023 Actual").
 */
import { parsePeriodRow, parsePeriodText } from '../../../src/core/periods';
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import { buildSnapshot } from '../../helpers/snapshot-builder';
import { cell } from './helpers';

describe('a row of calendar-year quarters', () => {
  it('reads "2023 Q2 | 2023 Q3 | 2023 Q4" in time order, Q4 last (October to December 2023)', () => {
    const row = parsePeriodRow(['2023 Q2', '2023 Q3', '2023 Q4'].map((t) => cell(t)));
    const orders = row.map((p) => p!.order);
    expect(orders[0]).toBeLessThan(orders[1]);
    expect(orders[1]).toBeLessThan(orders[2]);
    expect(row[2]).toMatchObject({ kind: 'quarter', fyStart: 2023, quarter: 3 });
  });

  it('leaves financial-year quarters as they are', () => {
    const row = parsePeriodRow(['Q3 2023/24', 'Q4 2023/24', 'Q1 2024/25'].map((t) => cell(t)));
    expect(row.map((p) => [p!.fyStart, p!.quarter])).toEqual([
      [2023, 3],
      [2023, 4],
      [2024, 1],
    ]);
  });

  it('rates a wide table on its last quarter', () => {
    const result = scoreSheet(
      buildSnapshot([
        ['Measure', '2023 Q2', '2023 Q3', '2023 Q4', 'Target'],
        ['Calls answered (%)', '88.5%', '91.0%', '92.4%', '90%'],
      ]),
      defaultRules(),
    );
    expect(result.indicators[0].actual?.value).toBe(92.4);
    expect(result.indicators[0].previous?.value).toBe(91);
  });
});

describe('a financial year named by its end', () => {
  it('reads "FY24 Q1" and "Q3 FY2024" as quarters of 2023/24', () => {
    expect(parsePeriodText('FY24 Q1')).toMatchObject({ kind: 'quarter', fyStart: 2023, quarter: 1 });
    expect(parsePeriodText('Q3 FY2024')).toMatchObject({ kind: 'quarter', fyStart: 2023, quarter: 3 });
  });

  it('reads "FY2023", "FY23" and "FY 2024" alone as the years ending then', () => {
    expect(parsePeriodText('FY2023')).toMatchObject({ kind: 'year', fyStart: 2022 });
    expect(parsePeriodText('FY23')).toMatchObject({ kind: 'year', fyStart: 2022 });
    expect(parsePeriodText('FY 2024')).toMatchObject({ kind: 'year', fyStart: 2023 });
    expect(parsePeriodText('FY')).toBeNull();
  });

  it("rates a budget book's FY columns on the latest year, trended against the year before", () => {
    const result = scoreSheet(
      buildSnapshot([
        ['Measure', 'FY2021 Actual', 'FY2022 Actual', 'FY2023 Target', 'FY2023 Actual'],
        ['Potholes repaired within 48 hours', '87%', '91%', '95%', '93%'],
        ['Lane miles resurfaced', 42, 38, 45, 47],
      ]),
      defaultRules(),
    );
    const [potholes, miles] = result.indicators;
    expect(potholes.actual?.value).toBe(93);
    expect(potholes.previous?.value).toBe(91);
    expect(potholes.status).toBe('AMBER');
    expect(miles.actual?.value).toBe(47);
    expect(miles.trend).toBe('MUCH_BETTER');
  });
});
