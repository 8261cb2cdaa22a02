/**
 * A year-on-year summary: names down the first column, periods across, and the corner cell over
 * the names labelling the periods' axis ("Date", "Period", "Year", "Metric \ Date"). The corner is
 * the names' column header, as a blank one is. Before: "No indicator table found" (the corner word
 * was not a names header, and real dates across were not seen as periods).
 */
import { scoreRows } from '../../helpers/score-by-name';
import { serial, type CellInput } from '../../helpers/snapshot-builder';

const yearEnd = (y: number): CellInput => ({ v: serial(y, 12, 31), f: 'd-mmm-yy', t: `31-Dec-${y % 100}` });

function summary(corner: string, newer: CellInput, older: CellInput) {
  return scoreRows([
    [corner, newer, older],
    ['Rental income', 412.5, 390.1],
    ['Void loss', 12.4, 14.9],
    ['Tenant satisfaction', 0.81, 0.78],
    ['Arrears collected', 55.2, 50.3],
    ['Operating cost per home', 3.9, 4.1],
  ]);
}

const CORNERS = [
  'Date',
  'Dates',
  'Period',
  'Year',
  'Month',
  'Quarter',
  'Reporting period',
  'Metric \\ Date',
  'KPI / Year',
  'As at',
];

describe('a corner cell naming the periods across', () => {
  it.each(CORNERS)('%p over the names, real dates across: every row is an indicator', (corner) => {
    const { result, by } = summary(corner, yearEnd(2024), yearEnd(2023));
    expect(result.indicators).toHaveLength(5);
    const income = by('Rental income');
    expect(income.status).toBe('NO_TARGET');
    expect(income.source.currentPeriod?.label).toBe('31-Dec-24');
    expect(income.trend).toBe('MUCH_BETTER');
    expect(by('Void loss').trend).toBe('MUCH_BETTER');
  });

  it.each([
    ['Year', 2024, 2023],
    ['Year', '2024', '2023'],
    ['Period', '2024/25', '2023/24'],
    ['Quarter', 'Q2 2024', 'Q1 2024'],
  ] as [string, CellInput, CellInput][])('%p over years or quarters across (%p, %p)', (corner, newer, older) => {
    const { result, by } = summary(corner, newer, older);
    expect(result.indicators).toHaveLength(5);
    expect(by('Arrears collected').source.currentPeriod?.label).toBe(String(newer));
  });

  it('a "Date" column of dates down the rows is still not a names column', () => {
    const { result } = scoreRows([
      ['Date', 'Rental income', 'Void loss'],
      [yearEnd(2024), 412.5, 12.4],
      [yearEnd(2023), 390.1, 14.9],
      [yearEnd(2022), 377.0, 15.2],
    ]);
    expect(result.indicators.filter((i) => ['GREEN', 'AMBER', 'RED'].includes(i.status))).toHaveLength(0);
    expect(result.indicators.map((i) => i.source.name)).not.toContain('31-Dec-24');
  });
});
